package org.virtualcampus.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /tokens: the member's e-mail address and password. (A class, not a record: Payara's
 * OpenAPI processor fails on constraints on record components.)
 */
public class TokenRequest {
  @NotBlank(message = "email is required")
  @Size(max = 254)
  private String email;

  @NotBlank(message = "password is required")
  @Size(max = 200)
  private String password;

  public TokenRequest() {}

  public TokenRequest(String email, String password) {
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
