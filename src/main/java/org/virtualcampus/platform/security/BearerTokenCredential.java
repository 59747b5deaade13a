package org.virtualcampus.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** The token of an {@code Authorization: Bearer} header, for the identity store to look up. */
public record BearerTokenCredential(String token) implements Credential {}
