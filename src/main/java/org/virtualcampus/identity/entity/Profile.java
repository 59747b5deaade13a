package org.virtualcampus.identity.entity;

import java.time.ZoneId;

/** The part of a member that they keep up to date themselves. */
public record Profile(
    Profession profession,
    String professionOther,
    String institution,
    String country,
    ZoneId timeZone,
    String bio) {}
