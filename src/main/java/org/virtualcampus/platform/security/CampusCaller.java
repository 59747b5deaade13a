package org.virtualcampus.platform.security;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller principal the identity store vouches for: the member id as name, and the version of
 * the member's credentials, which a page session keeps (see {@link SessionStamp}).
 */
public class CampusCaller extends CallerPrincipal {
  private static final long serialVersionUID = 1L;

  private final long credentialsVersion;

  public CampusCaller(String memberId, long credentialsVersion) {
    super(memberId);
    this.credentialsVersion = credentialsVersion;
  }

  public long credentialsVersion() {
    return credentialsVersion;
  }
}
