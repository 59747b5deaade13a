package org.virtualcampus.session.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortFacts;
import org.virtualcampus.notification.boundary.Notifications;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.Params;
import org.virtualcampus.platform.persistence.InstantConverter;
import org.virtualcampus.session.entity.LiveSession;
import org.virtualcampus.session.entity.ReminderLead;
import org.virtualcampus.session.entity.SessionStatus;

/**
 * Reminds a session's people (its cohort's participants and facilitators) a day and an hour before
 * it starts, through the outbox and so by each member's notification preferences. A reminder row is
 * written first; only the sweep whose row was new sends the reminder.
 */
@ApplicationScoped
public class SessionReminders {
  @PersistenceContext EntityManager em;
  @Inject CohortAccess access;
  @Inject Notifications notifications;
  @Inject Clock clock;

  /** Sessions due a reminder of this lead now: starting within it, and not within a shorter one. */
  @Transactional
  public List<String> due(ReminderLead lead, int max) {
    Instant now = clock.instant();
    Instant shorter = lead == ReminderLead.DAY ? now.plus(ReminderLead.HOUR.before()) : now;
    return em.createQuery(
            "select s.id from LiveSession s where s.status = :scheduled"
                + " and s.startsAt > :after and s.startsAt <= :until order by s.startsAt, s.id",
            String.class)
        .setParameter("scheduled", SessionStatus.SCHEDULED)
        .setParameter("after", shorter)
        .setParameter("until", now.plus(lead.before()))
        .setMaxResults(max)
        .getResultList();
  }

  /** Reminds everyone of one session not yet reminded with this lead; answers how many. */
  @Transactional
  public int remind(String sessionId, ReminderLead lead) {
    LiveSession session = em.find(LiveSession.class, sessionId);
    if (session == null || session.status() != SessionStatus.SCHEDULED) {
      return 0;
    }
    CohortFacts cohort = access.facts(session.cohortId());
    Set<String> people = new LinkedHashSet<>(access.participantIds(cohort.id()));
    people.addAll(access.facilitatorIds(cohort.id()));
    int sent = 0;
    for (String member : people) {
      if (claim(sessionId, member, lead)) {
        notifications.queue(
            NotificationKind.SESSION_REMINDER,
            member,
            Params.empty()
                .with("cohortName", cohort.name())
                .with("sessionTitle", session.plan().title())
                .with("startsAt", session.startsAt())
                .with("joinUrl", session.plan().joinUrl() == null ? "" : session.plan().joinUrl()));
        sent++;
      }
    }
    return sent;
  }

  /** Writes the reminder row; false when another sweep already did. */
  private boolean claim(String sessionId, String memberId, ReminderLead lead) {
    return em.createNativeQuery(
                "insert into session_reminder (session_id, member_id, lead, sent_at)"
                    + " select ?1, ?2, ?3, ?4 from live_session where id = ?1 and not exists"
                    + " (select 1 from session_reminder r where r.session_id = ?1"
                    + "  and r.member_id = ?2 and r.lead = ?3)")
            .setParameter(1, sessionId)
            .setParameter(2, memberId)
            .setParameter(3, lead.name())
            .setParameter(4, InstantConverter.toColumn(clock.instant()))
            .executeUpdate()
        == 1;
  }
}
