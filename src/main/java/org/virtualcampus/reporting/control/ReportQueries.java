package org.virtualcampus.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard's own figures, each one SQL statement of aggregates over the tables the other
 * features own (read-only projections; nothing is written here), so a report request runs the same
 * number of statements for a cohort of five as for five hundred. The attendance and completion
 * rules are not here: they are asked of their features.
 */
@ApplicationScoped
public class ReportQueries {
  private static final String PARTICIPANT = "e.status in ('ENROLLED', 'COMPLETED')";

  /**
   * The values the medians are taken of, marked by kind: seconds from an invitation to the interest
   * it led to (I), and seconds each promoted member had waited (W, whose maximum is the longest
   * wait).
   */
  private static final String MEDIAN_VALUES =
      "select 'I', timestampdiff(SECOND, i.invited_at, i.answered_at) from invitation i"
          + " where i.cohort_id = ?1 and i.status = 'INTERESTED' and i.answered_at is not null"
          + " union all"
          + " select 'W', w.waited_seconds from waitlist_event w where w.cohort_id = ?1"
          + " and w.kind = 'PROMOTED' and w.waited_seconds is not null";

  private static final String COHORT =
      "select c.capacity, c.seats_taken, co.title, co.weeks, co.weekly_hours,"
          + " (select count(*) from enrollment e where e.cohort_id = c.id"
          + "   and e.status in ('INTERESTED', 'WAITLISTED')),"
          + " (select count(*) from enrollment e where e.cohort_id = c.id and "
          + PARTICIPANT
          + "),"
          + " (select count(*) from invitation i where i.cohort_id = c.id),"
          + " (select count(*) from invitation i where i.cohort_id = c.id"
          + "   and i.opened_at is not null),"
          + " (select count(*) from enrollment e where e.cohort_id = c.id),"
          + " (select count(*) from enrollment e where e.cohort_id = c.id"
          + "   and (e.offered_at is not null or e.enrolled_at is not null)),"
          + " (select count(*) from enrollment e where e.cohort_id = c.id"
          + "   and e.enrolled_at is not null),"
          + " (select count(*) from enrollment e where e.cohort_id = c.id"
          + "   and e.status = 'COMPLETED'),"
          + " (select count(*) from waitlist_event w where w.cohort_id = c.id"
          + "   and w.kind = 'PROMOTED')"
          + " from cohort c join course co on co.id = c.course_id where c.id = ?1";

  /** Homework is due once the cohort's local day and time have passed its day and time. */
  private static final String DUE = "(h.due_day < ?3 or (h.due_day = ?3 and h.due_time < ?4))";

  /** Each participant's standing on each homework: handed in, on time, accepted. */
  private static final String HANDED =
      "select s.homework_id, s.member_id,"
          + " max(case when s.state <> 'DRAFT' then 1 else 0 end) handed,"
          + " max(case when s.state <> 'DRAFT' and s.late = false then 1 else 0 end) on_time,"
          + " max(case when s.state = 'ACCEPTED' and s.released_at is not null then 1 else 0 end)"
          + "   accepted"
          + " from submission s join enrollment e on e.cohort_id = s.cohort_id"
          + "   and e.member_id = s.member_id and "
          + PARTICIPANT
          + " where s.cohort_id = ?1 group by s.homework_id, s.member_id";

  /**
   * Per module: whether its homework is due, how many participant-homework pairs there are, and how
   * many of them were handed in, on time, accepted. The standings are added up per homework before
   * they meet the modules: joining them per member (10,000 members × 5 homework) to an unindexed
   * derived table took over a minute on MariaDB.
   */
  private static final String HOMEWORK =
      "select m.id, m.title, max(case when "
          + DUE
          + " then 1 else 0 end),"
          + " count(h.id) * (select count(*) from enrollment e where e.cohort_id = ?1 and "
          + PARTICIPANT
          + "),"
          + " coalesce(sum(x.handed), 0), coalesce(sum(x.on_time), 0),"
          + " coalesce(sum(x.accepted), 0)"
          + " from course_module m join homework h on h.module_id = m.id"
          + " left join (select y.homework_id, sum(y.handed) handed, sum(y.on_time) on_time,"
          + "   sum(y.accepted) accepted from ("
          + HANDED
          + ") y group by y.homework_id) x on x.homework_id = h.id"
          + " where m.course_id = ?2 group by m.id, m.title, m.position order by m.position";

  private static final String MISSING =
      "select e.member_id, count(h.id) from enrollment e"
          + " join course_module m on m.course_id = ?2"
          + " join homework h on h.module_id = m.id and "
          + DUE
          + " where e.cohort_id = ?1 and "
          + PARTICIPANT
          + " and not exists (select 1 from submission s where s.homework_id = h.id"
          + "   and s.cohort_id = ?1 and s.member_id = e.member_id and s.state <> 'DRAFT')"
          + " group by e.member_id";

  private static final String PRACTICE =
      "select (select count(*) from practice_run r join live_session s on s.id = r.session_id"
          + "   where s.cohort_id = ?1),"
          + " (select count(distinct p.member_id) from practice_member p"
          + "   join live_session s on s.id = p.session_id"
          + "   join enrollment e on e.cohort_id = s.cohort_id and e.member_id = p.member_id and "
          + PARTICIPANT
          + "   where s.cohort_id = ?1),"
          + " (select avg(1.0 * f.usefulness) from practice_form f"
          + "   join live_session s on s.id = f.session_id where s.cohort_id = ?1"
          + "   and f.submitted_at is not null and f.usefulness is not null),"
          + " (select count(f.usefulness) from practice_form f"
          + "   join live_session s on s.id = f.session_id where s.cohort_id = ?1"
          + "   and f.submitted_at is not null and f.usefulness is not null)"
          + " from cohort c where c.id = ?1";

  @PersistenceContext EntityManager em;

  /** Seats, queue, funnel and waits of a cohort, with its course's length. */
  public record CohortRow(
      int capacity,
      int seatsTaken,
      String courseTitle,
      int weeks,
      int weeklyHours,
      int waiting,
      int participants,
      int invited,
      int opened,
      int interested,
      int offered,
      int enrolled,
      int completed,
      Double medianSecondsToInterest,
      int promotions,
      Double medianWaitSeconds,
      Long longestWaitSeconds) {}

  public CohortRow cohort(String cohortId) {
    Object[] r =
        (Object[]) em.createNativeQuery(COHORT).setParameter(1, cohortId).getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> values =
        em.createNativeQuery(MEDIAN_VALUES).setParameter(1, cohortId).getResultList();
    Map<String, List<Number>> delays =
        values.stream()
            .collect(
                Collectors.groupingBy(
                    v -> String.valueOf(v[0]),
                    Collectors.mapping(v -> (Number) v[1], Collectors.toList())));
    List<Number> waits = delays.getOrDefault("W", List.of());
    return new CohortRow(
        count(r[0]),
        count(r[1]),
        (String) r[2],
        count(r[3]),
        count(r[4]),
        count(r[5]),
        count(r[6]),
        count(r[7]),
        count(r[8]),
        count(r[9]),
        count(r[10]),
        count(r[11]),
        count(r[12]),
        Median.of(delays.getOrDefault("I", List.of())),
        count(r[13]),
        Median.of(waits),
        waits.isEmpty() ? null : waits.stream().mapToLong(Number::longValue).max().getAsLong());
  }

  /** One module's homework in the cohort: participants handing in, on time, accepted. */
  public record HomeworkRow(
      String moduleId,
      String title,
      boolean due,
      int members,
      int handedIn,
      int onTime,
      int accepted) {}

  /**
   * @param day days since the cohort's first day, in its zone
   * @param time the time of day there
   */
  public List<HomeworkRow> homework(String cohortId, String courseId, long day, LocalTime time) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = due(em.createNativeQuery(HOMEWORK), cohortId, courseId, day, time);
    return rows.stream()
        .map(
            r ->
                new HomeworkRow(
                    (String) r[0],
                    (String) r[1],
                    count(r[2]) == 1,
                    count(r[3]),
                    count(r[4]),
                    count(r[5]),
                    count(r[6])))
        .toList();
  }

  /** Homework past due and not handed in, by participant (those with none are left out). */
  public Map<String, Integer> missing(String cohortId, String courseId, long day, LocalTime time) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = due(em.createNativeQuery(MISSING), cohortId, courseId, day, time);
    Map<String, Integer> missing = new HashMap<>();
    rows.forEach(r -> missing.put((String) r[0], count(r[1])));
    return missing;
  }

  /** Practice runs held, participants who practised, mean usefulness and how many ratings. */
  public record PracticeRow(int runs, int practised, Double meanUsefulness, int ratings) {}

  public PracticeRow practice(String cohortId) {
    Object[] r =
        (Object[]) em.createNativeQuery(PRACTICE).setParameter(1, cohortId).getSingleResult();
    return new PracticeRow(count(r[0]), count(r[1]), decimal(r[2]), count(r[3]));
  }

  @SuppressWarnings("rawtypes")
  private static List due(
      jakarta.persistence.Query query, String cohortId, String courseId, long day, LocalTime time) {
    return query
        .setParameter(1, cohortId)
        .setParameter(2, courseId)
        .setParameter(3, day)
        .setParameter(4, java.sql.Time.valueOf(time))
        .getResultList();
  }

  private static int count(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }

  private static Double decimal(Object value) {
    return value == null ? null : new BigDecimal(value.toString()).doubleValue();
  }

  /** The cohorts of a course that are not drafts, oldest first. */
  @SuppressWarnings("unchecked")
  public List<String> cohortsOfCourse(String courseId) {
    return List.copyOf(
        em.createNativeQuery(
                "select id from cohort where course_id = ?1 and status <> 'DRAFT'"
                    + " order by starts_on, id")
            .setParameter(1, courseId)
            .getResultList());
  }
}
