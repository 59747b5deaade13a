package org.virtualcampus.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * What a page session remembers: who signed in and the version of their credentials at that moment.
 * The identity store accepts it only while the member's credentials are still at that version, so a
 * password change or "sign out everywhere" ends the session at its next request.
 */
public record SessionCredential(String memberId, long credentialsVersion) implements Credential {}
