package org.virtualcampus.identity.boundary;

/**
 * Fired synchronously inside the sign-up transaction, so what observers write commits or rolls back
 * with the new account.
 */
public record MemberSignedUp(String memberId) {}
