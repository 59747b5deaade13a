package org.virtualcampus.identity.boundary;

/** Body of PUT /members/me/password. */
public record PasswordChange(String currentPassword, String newPassword) {}
