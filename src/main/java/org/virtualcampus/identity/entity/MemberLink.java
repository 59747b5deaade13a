package org.virtualcampus.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import org.virtualcampus.platform.error.GoneException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.persistence.Ids;

/**
 * A single-use link mailed to a member: to verify their address, or to set a new password. The
 * token (256 random bits, base64url) exists only in the mail; the database keeps its SHA-256. A
 * link counts once, before it expires, for the purpose it was made for and for the address it was
 * sent to (following it proves control of that mailbox, nothing more).
 */
@Entity
@Table(name = "member_link")
@NamedQuery(
    name = MemberLink.BY_HASH,
    query = "select l from MemberLink l where l.tokenHash = :hash")
@NamedQuery(
    name = MemberLink.DROP_OPEN,
    query =
        "delete from MemberLink l where l.memberId = :member and l.purpose = :purpose"
            + " and l.usedAt is null")
public class MemberLink {
  public static final String BY_HASH = "MemberLink.byHash";
  public static final String DROP_OPEN = "MemberLink.dropOpen";

  /** What following the link does. */
  public enum Purpose {
    VERIFY_EMAIL,
    RESET_PASSWORD
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "member_id")
  private String memberId;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  @Column(name = "email_normalized")
  private String emailNormalized;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected MemberLink() {}

  private MemberLink(
      String tokenHash,
      String memberId,
      Purpose purpose,
      String email,
      Instant now,
      Duration lifetime) {
    this.id = Ids.newId();
    this.tokenHash = tokenHash;
    this.memberId = memberId;
    this.purpose = purpose;
    this.emailNormalized = Member.normalize(email);
    this.createdAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** A new link for the member's current address: the entity to store and the token to mail. */
  public static Issued issue(Member member, Purpose purpose, Instant now, Duration lifetime) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(
        new MemberLink(ApiToken.hash(token), member.id(), purpose, member.email(), now, lifetime),
        token);
  }

  /** Whether a string has the shape of a token at all; anything else is not worth a query. */
  public static boolean wellFormed(String token) {
    return token != null && TOKEN.matcher(token).matches();
  }

  /** The stored form of a token: SHA-256, hex. */
  public static String hash(String token) {
    return ApiToken.hash(token);
  }

  /**
   * Uses the link for {@code expected} on behalf of {@code member}. Refused (and left unused) when
   * made for something else (400, like an unknown link), and when used already or expired (410);
   * refused too when the member's address is no longer the one the link was sent to.
   */
  public void use(Purpose expected, Member member, Instant now) {
    if (purpose != expected || !memberId.equals(member.id())) {
      throw unknown();
    }
    if (usedAt != null) {
      throw new GoneException("Link already used", "This link has been used already.");
    }
    if (!now.isBefore(expiresAt)) {
      throw new GoneException("Link expired", "This link has expired; ask for a new one.");
    }
    if (!emailNormalized.equals(Member.normalize(member.email()))) {
      throw new GoneException(
          "Link expired", "This link was sent to an address the account no longer has.");
    }
    usedAt = now;
  }

  /** The answer for a token nobody issued (or issued for another purpose). */
  public static InvalidInputException unknown() {
    return new InvalidInputException("token", "this link is not valid");
  }

  public String memberId() {
    return memberId;
  }

  public Purpose purpose() {
    return purpose;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant usedAt() {
    return usedAt;
  }

  /** A link just made: {@code token} exists nowhere else and must only be mailed. */
  public record Issued(MemberLink stored, String token) {}
}
