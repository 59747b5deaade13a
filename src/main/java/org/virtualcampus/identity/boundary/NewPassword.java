package org.virtualcampus.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /password-resets/{token}: the new password (checked by the rules of sign-up). */
public class NewPassword {
  @NotBlank(message = "password is required")
  @Size(max = 200)
  private String password;

  public NewPassword() {}

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
