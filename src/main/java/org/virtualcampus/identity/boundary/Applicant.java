package org.virtualcampus.identity.boundary;

import org.virtualcampus.identity.entity.Profession;

/**
 * A member asking for something (a seat): whether their address is verified and their profession,
 * with how to address them, read in one statement.
 */
public record Applicant(Recipient recipient, boolean emailVerified, Profession profession) {
  public String email() {
    return recipient.email();
  }

  public String displayName() {
    return recipient.displayName();
  }
}
