package org.virtualcampus.identity.boundary;

import java.time.ZoneId;

/**
 * How to reach and address a member, as other features (notifications) need it: current name,
 * address, language and time zone.
 */
public record Recipient(
    String memberId, String email, String displayName, String language, ZoneId timeZone) {}
