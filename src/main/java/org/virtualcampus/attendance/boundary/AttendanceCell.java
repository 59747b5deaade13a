package org.virtualcampus.attendance.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One participant in one session whose attendance was taken, as the one rule counts it: the status
 * (no record reads ABSENT) and the weight it adds to the rate. For exports and reports.
 */
public record AttendanceCell(
    String memberId,
    String sessionId,
    Instant startsAt,
    Instant endsAt,
    String status,
    BigDecimal weight) {}
