package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.virtualcampus.enrollment.control.AttentionQueries;
import org.virtualcampus.enrollment.control.CohortAttention;
import org.virtualcampus.identity.entity.Actor;

/**
 * What each person should do next, for the home page: a member's own places (offers to answer
 * first), and for coordinators the cohorts that need them. Later features add their own steps.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NextSteps {
  static final int MOST = 20;

  @Inject Waitlists waitlists;
  @Inject AttentionQueries attention;
  @Inject Clock clock;

  public record Dashboard(List<EnrollmentView> places, List<CohortAttention> cohorts)
      implements java.io.Serializable {}

  public Dashboard of(Actor actor) {
    List<EnrollmentView> places =
        actor.memberId() == null ? List.of() : waitlists.activeMine(actor.memberId(), MOST);
    List<CohortAttention> cohorts =
        actor.managesCohorts()
            ? attention.needingAttention(clock.instant().plus(Duration.ofDays(1)), MOST)
            : List.of();
    return new Dashboard(places, cohorts);
  }
}
