package org.virtualcampus.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /password-resets: the address of the account. */
public class ResetRequest {
  @NotBlank(message = "email is required")
  @Size(max = 254)
  private String email;

  public ResetRequest() {}

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
