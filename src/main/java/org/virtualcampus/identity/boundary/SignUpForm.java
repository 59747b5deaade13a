package org.virtualcampus.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new account: the body of POST /members and the sign-up page's model. */
public class SignUpForm extends ProfileForm {
  @NotBlank(message = "email is required")
  @Email(message = "email is not a valid e-mail address")
  @Size(max = 254)
  private String email;

  /** Length and strength are the password policy's, checked when the account is created. */
  @NotBlank(message = "password is required")
  private String password;

  public SignUpForm() {}

  public SignUpForm(
      String email,
      String password,
      String displayName,
      String profession,
      String professionOther,
      String institution,
      String country,
      String timeZone,
      String bio) {
    super(displayName, profession, professionOther, institution, country, timeZone, bio);
    this.email = email;
    this.password = password;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
