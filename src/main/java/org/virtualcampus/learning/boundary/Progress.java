package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortFacts;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.control.ModuleCompletion;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.entity.CourseModule;

/**
 * The facilitator's view of a cohort's progress: every participant with the modules they have
 * completed, read from {@link ModuleCompletion}, the same rule the educators' own progress uses, in
 * the same few statements however many people the cohort has.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Progress {
  @Inject CohortAccess access;
  @Inject ModuleQueries modules;
  @Inject ModuleCompletion completion;
  @Inject Recipients members;
  @Inject Clock clock;

  public CohortProgress of(String cohortId, Actor actor) {
    CohortFacts cohort = access.requireRosterReader(cohortId, actor).cohort();
    List<CourseModule> all = modules.modulesOf(cohort.courseId());
    Instant now = clock.instant();
    int open =
        (int)
            all.stream()
                .filter(
                    m -> !now.isBefore(m.release().opensAt(cohort.startsOn(), cohort.timeZone())))
                .count();
    List<String> ids = access.participantIds(cohortId);
    Map<String, Set<String>> done = completion.completedInCohort(cohortId, cohort.courseId());
    Map<String, Recipient> names = members.recipients(ids);
    List<CohortProgress.MemberProgress> rows =
        ids.stream()
            .map(
                id ->
                    new CohortProgress.MemberProgress(
                        id,
                        names.containsKey(id) ? names.get(id).displayName() : id,
                        done.getOrDefault(id, Set.of()).size()))
            .sorted(Comparator.comparing(CohortProgress.MemberProgress::name))
            .toList();
    return new CohortProgress(cohort.id(), cohort.name(), all.size(), open, rows);
  }

  /** One member's standing in a cohort, for certificates; the caller has checked who asks. */
  public ModuleStanding standingOf(String memberId, CohortFacts cohort) {
    ModuleCompletion.MemberCompletion mine =
        completion.of(memberId, cohort.id(), cohort.courseId());
    return new ModuleStanding(
        modules.modulesOf(cohort.courseId()).size(),
        mine.homeworkDone().size(),
        mine.complete().size());
  }
}
