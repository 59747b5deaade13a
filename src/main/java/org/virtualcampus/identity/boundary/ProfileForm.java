package org.virtualcampus.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.virtualcampus.identity.entity.Profession;
import org.virtualcampus.identity.entity.Profile;

/**
 * What a member may change about themselves; the body of PUT /members/me and the profile page's
 * model. A class rather than a record: Payara's OpenAPI scanner fails on constraint annotations
 * that records copy onto their constructor parameters.
 */
public class ProfileForm implements java.io.Serializable {
  @NotBlank(message = "name is required")
  @Size(max = 120)
  private String displayName;

  @NotBlank(message = "profession is required")
  @KnownProfession
  private String profession;

  @Size(max = 80)
  private String professionOther;

  @Size(max = 160)
  private String institution;

  @KnownCountry private String country;

  @KnownTimeZone private String timeZone;

  @Size(max = 1000)
  private String bio;

  @Pattern(regexp = "en|es", message = "language must be en or es")
  private String language;

  public ProfileForm() {}

  public ProfileForm(
      String displayName,
      String profession,
      String professionOther,
      String institution,
      String country,
      String timeZone,
      String bio) {
    this.displayName = displayName;
    this.profession = profession;
    this.professionOther = professionOther;
    this.institution = institution;
    this.country = country;
    this.timeZone = timeZone;
    this.bio = bio;
  }

  Profile toProfile() {
    return new Profile(
        Profession.parse(profession).orElseThrow(),
        professionOther,
        institution,
        country == null || country.isBlank() ? null : country,
        timeZone == null || timeZone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(timeZone.trim()),
        bio);
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getProfession() {
    return profession;
  }

  public void setProfession(String profession) {
    this.profession = profession;
  }

  public String getProfessionOther() {
    return professionOther;
  }

  public void setProfessionOther(String professionOther) {
    this.professionOther = professionOther;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country == null ? null : country.toUpperCase();
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /** The member's language for notifications: en or es; empty keeps the current one (new: en). */
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language == null || language.isBlank() ? null : language.trim();
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }
}
