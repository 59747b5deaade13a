package org.virtualcampus.reporting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.attendance.boundary.AttendanceRate;

/**
 * A cohort at a glance for its staff. Every rate carries its definition, so a figure read out of
 * context (a screenshot, a PDF) still says what it counts.
 */
@Schema(name = "CohortDashboard")
public record CohortDashboard(
    String cohortId,
    String cohortName,
    String courseTitle,
    Seats seats,
    Funnel funnel,
    Attendance attendance,
    Homework homework,
    Practice practice,
    Waitlist waitlist,
    Risk risk)
    implements Serializable {

  @Schema(name = "DashboardSeats")
  public record Seats(int taken, int capacity, @Schema(description = "People waiting") int waitlist)
      implements Serializable {}

  /** invited → opened → interested → offered → enrolled → completed. */
  @Schema(name = "DashboardFunnel")
  public record Funnel(
      List<FunnelStep> steps,
      @Schema(description = "Median days from an invitation to the interest it led to")
          BigDecimal medianDaysToInterest,
      String definition)
      implements Serializable {}

  @Schema(name = "DashboardFunnelStep")
  public record FunnelStep(
      String step,
      int count,
      @Schema(description = "Percent of the step before; null for the first or after zero")
          BigDecimal conversion)
      implements Serializable {}

  @Schema(name = "DashboardAttendance")
  public record Attendance(
      AttendanceRate cohort,
      List<AttendanceRate> sessions,
      List<AttendanceRate> members,
      String definition)
      implements Serializable {}

  @Schema(name = "DashboardHomework")
  public record Homework(
      List<ModuleHomework> modules,
      @Schema(description = "Modules of the course") int courseModules,
      @Schema(description = "Modules complete over participants × modules, percent")
          BigDecimal completion,
      @Schema(description = "Participants who completed every module") int membersComplete,
      String definition,
      String completionDefinition)
      implements Serializable {}

  @Schema(name = "DashboardModuleHomework")
  public record ModuleHomework(
      String moduleId,
      String title,
      @Schema(description = "Whether the homework is past due") boolean due,
      int members,
      int onTime,
      int late,
      @Schema(description = "Past due and not handed in") int missing,
      @Schema(description = "Not due yet and not handed in") int pending,
      int accepted)
      implements Serializable {}

  @Schema(name = "DashboardPractice")
  public record Practice(
      int runs,
      int practised,
      @Schema(description = "Participants who practised at least once, percent")
          BigDecimal participation,
      @Schema(description = "Mean of the usefulness ratings, 1 to 5") BigDecimal meanUsefulness,
      int ratings,
      // Each practice session, oldest first: did usefulness grow? (No @Schema here: on a list it
      // would hide the items from the generated document.)
      List<SessionUsefulness> sessions,
      String definition)
      implements Serializable {}

  @Schema(name = "DashboardSessionUsefulness")
  public record SessionUsefulness(
      String sessionId,
      String title,
      Instant startsAt,
      int formsSubmitted,
      @Schema(description = "Mean of the session's usefulness ratings, 1 to 5; null for none")
          BigDecimal meanUsefulness)
      implements Serializable {}

  @Schema(name = "DashboardWaitlist")
  public record Waitlist(
      int waiting,
      int promotions,
      BigDecimal medianWaitDays,
      BigDecimal longestWaitDays,
      String definition)
      implements Serializable {}

  @Schema(name = "DashboardRisk")
  public record Risk(
      int absenceThreshold, int missingThreshold, List<MemberAtRisk> members, String definition)
      implements Serializable {}

  @Schema(name = "DashboardMemberAtRisk")
  public record MemberAtRisk(
      String memberId, String name, int absences, int missingHomework, List<String> reasons)
      implements Serializable {}
}
