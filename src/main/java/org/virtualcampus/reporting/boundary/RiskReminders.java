package org.virtualcampus.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.Params;
import org.virtualcampus.reporting.boundary.CohortDashboard.MemberAtRisk;

/**
 * The dashboard's one-click reminder: a notice through the outbox to every member at risk now, by
 * the same rule the dashboard shows, each member's notification preferences deciding how it goes.
 */
@ApplicationScoped
@Transactional
public class RiskReminders {
  @Inject Dashboards dashboards;
  @Inject Notifications notifications;

  /** Queues one reminder per member at risk; the number queued. */
  public RemindersSent remind(String cohortId, Actor actor) {
    CohortDashboard dashboard = dashboards.of(cohortId, actor);
    int sent = 0;
    for (MemberAtRisk m : dashboard.risk().members()) {
      notifications.queue(
          NotificationKind.FALLING_BEHIND,
          m.memberId(),
          Params.empty()
              .with("cohortId", cohortId)
              .with("cohortName", dashboard.cohortName())
              .with("absences", m.absences())
              .with("missing", m.missingHomework()));
      sent++;
    }
    return new RemindersSent(cohortId, sent);
  }

  /** How many reminders went to the outbox. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RemindersSent")
  public record RemindersSent(String cohortId, int sent) implements java.io.Serializable {}
}
