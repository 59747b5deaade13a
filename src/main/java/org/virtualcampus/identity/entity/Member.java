package org.virtualcampus.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.virtualcampus.platform.persistence.Ids;

/**
 * A person in the community. The e-mail address is unique without regard to case (the database
 * holds the unique key on the lower-cased copy). Wrong passwords never lock the account; sign-in
 * throttles them (see {@code Credentials}).
 *
 * <p>The address counts for invitation-bound rights only once it is verified: its owner followed a
 * link mailed to it (the verification link after sign-up, an invitation link, a password-reset
 * link). Until then whoever signed up with it may merely claim it; the owner of the mailbox can
 * take the account over through such a link.
 */
@Entity
@Table(name = "member")
@NamedQuery(
    name = Member.BY_EMAIL,
    query = "select m from Member m where m.emailNormalized = :email")
@NamedQuery(name = Member.COUNT_ALL, query = "select count(m) from Member m")
@NamedQuery(
    name = Member.CALLER,
    query = "select m.credentialsVersion, r from Member m join m.roles r where m.id = :id")
public class Member {
  public static final String BY_EMAIL = "Member.byEmail";
  public static final String COUNT_ALL = "Member.countAll";
  public static final String DEFAULT_LANGUAGE = "en";
  public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "es");
  public static final String CALLER = "Member.caller";

  @Id
  @Column(length = 36)
  private String id;

  private String email;

  @Column(name = "email_normalized")
  private String emailNormalized;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private Profession profession;

  @Column(name = "profession_other")
  private String professionOther;

  private String institution;
  private String country;

  @Column(name = "time_zone")
  private String timeZone;

  /** The language of notifications and pages: "en" or "es". */
  private String language = DEFAULT_LANGUAGE;

  private String bio;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "credentials_version")
  private long credentialsVersion;

  @Column(name = "email_verified")
  private boolean emailVerified;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @Version private long version;

  protected Member() {}

  public Member(
      String email,
      String displayName,
      String passwordHash,
      Profile profile,
      Set<Role> roles,
      Instant now) {
    this.id = Ids.newId();
    this.email = email.trim();
    this.emailNormalized = normalize(email);
    this.passwordHash = passwordHash;
    this.displayName = displayName.trim();
    this.createdAt = now;
    apply(profile);
    this.roles = new HashSet<>(roles.isEmpty() ? EnumSet.of(Role.EDUCATOR) : roles);
  }

  public static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public void updateProfile(String displayName, Profile profile) {
    this.displayName = displayName.trim();
    apply(profile);
  }

  private void apply(Profile profile) {
    this.profession = profile.profession();
    this.professionOther =
        profile.profession() == Profession.OTHER ? blankToNull(profile.professionOther()) : null;
    this.institution = blankToNull(profile.institution());
    this.country = blankToNull(profile.country());
    this.timeZone = profile.timeZone().getId();
    this.bio = blankToNull(profile.bio());
  }

  /** Sets the member's language; anything but a known language leaves it as it is. */
  public void changeLanguage(String language) {
    if (language != null && LANGUAGES.contains(language.trim().toLowerCase(Locale.ROOT))) {
      this.language = language.trim().toLowerCase(Locale.ROOT);
    }
  }

  public String language() {
    return language == null ? DEFAULT_LANGUAGE : language;
  }

  public void replaceRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  /**
   * The same password hashed again with stronger settings: sessions and tokens stay as they are.
   */
  public void rehashPassword(String strongerHash) {
    this.passwordHash = strongerHash;
  }

  /** A new password ends every session and token the member had (see {@link #renewCredentials}). */
  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
    renewCredentials();
  }

  /**
   * Ends every page session of the member, on every instance: a session keeps the version it signed
   * in with and counts only while the member's version is still that one. (API tokens are deleted
   * alongside, by the facade.)
   */
  public void renewCredentials() {
    credentialsVersion++;
  }

  /** The owner of the address followed a link mailed to it. */
  public void verifyEmail() {
    emailVerified = true;
  }

  public boolean emailVerified() {
    return emailVerified;
  }

  /**
   * The owner of the mailbox takes over an account that someone created with their address without
   * ever proving it: their name, profile and password replace the claimant's, the address counts as
   * verified and every session of the claimant ends. A verified account is never taken over.
   */
  public void takeOverUnverified(String displayName, Profile profile, String newPasswordHash) {
    if (emailVerified) {
      throw new IllegalStateException("a verified account is never taken over");
    }
    updateProfile(displayName, profile);
    changePasswordHash(newPasswordHash);
    verifyEmail();
  }

  public long credentialsVersion() {
    return credentialsVersion;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Profession profession() {
    return profession;
  }

  public String professionOther() {
    return professionOther;
  }

  public String institution() {
    return institution;
  }

  public String country() {
    return country;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public String bio() {
    return bio;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Profile profile() {
    return new Profile(profession, professionOther, institution, country, timeZone(), bio);
  }
}
