package org.virtualcampus.identity.control;

/** The stored password hash of a member, for a sign-in check. */
public record PasswordOnFile(String memberId, String hash) {}
