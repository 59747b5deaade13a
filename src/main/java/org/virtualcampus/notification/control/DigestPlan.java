package org.virtualcampus.notification.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which day's digest a member is due at {@code now}: the day before today in their time zone,
 * carrying every digest notice written before today began there (older leftovers included, so a
 * notice is never left out because the job did not run for a while).
 */
public record DigestPlan(LocalDate day, Instant cutoff) {

  public static DigestPlan at(Instant now, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    return new DigestPlan(today.minusDays(1), today.atStartOfDay(zone).toInstant());
  }

  /** Whether a notice written at {@code createdAt} goes into this digest. */
  public boolean covers(Instant createdAt) {
    return createdAt.isBefore(cutoff);
  }
}
