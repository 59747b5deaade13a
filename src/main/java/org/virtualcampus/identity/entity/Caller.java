package org.virtualcampus.identity.entity;

import java.util.Set;

/**
 * A member as a request's authentication finds them in the database: id, the version of their
 * credentials (see {@link Member#renewCredentials}) and their roles as they are now.
 */
public record Caller(String memberId, long credentialsVersion, Set<Role> roles) {
  public Caller {
    roles = Set.copyOf(roles);
  }
}
