package org.virtualcampus.enrollment.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.virtualcampus.course.boundary.CourseView;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.enrollment.entity.Invitation;

/** An invitation as its invitee or a coordinator sees it. */
public record InvitationView(
    String id,
    String email,
    String name,
    String status,
    boolean expired,
    boolean hasAccount,
    String cohortId,
    String cohortName,
    String courseTitle,
    String courseSummary,
    LocalDate startsOn,
    int weeks,
    int weeklyHours,
    OffsetDateTime invitedAt,
    OffsetDateTime expiresAt,
    OffsetDateTime answeredAt)
    implements java.io.Serializable {

  public static InvitationView of(
      Invitation i, Cohort c, CourseView course, boolean hasAccount, java.time.Instant now) {
    return new InvitationView(
        i.id(),
        i.email(),
        i.inviteeName(),
        i.status().name(),
        i.isExpired(now),
        hasAccount,
        c.id(),
        c.name(),
        course.title(),
        course.summary(),
        c.startsOn(),
        course.weeks(),
        course.weeklyHours(),
        i.invitedAt().atOffset(ZoneOffset.UTC),
        i.expiresAt().atOffset(ZoneOffset.UTC),
        i.answeredAt() == null ? null : i.answeredAt().atOffset(ZoneOffset.UTC));
  }
}
