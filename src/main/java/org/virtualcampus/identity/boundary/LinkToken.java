package org.virtualcampus.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /members/verify: the token of the link mailed to the address. */
public class LinkToken {
  @NotBlank(message = "token is required")
  @Size(max = 100)
  private String token;

  public LinkToken() {}

  public LinkToken(String token) {
    this.token = token;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
