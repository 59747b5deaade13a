package org.virtualcampus.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.reporting.control.RiskRuleStore;
import org.virtualcampus.reporting.entity.RiskRule;

/**
 * Each course's rule for members at risk, set by coordinators; the dashboard and its reminders of
 * every cohort of the course apply it.
 */
@ApplicationScoped
@Transactional
public class RiskRules {
  @Inject RiskRuleStore store;
  @Inject Courses courses;

  @Transactional(Transactional.TxType.SUPPORTS)
  public RiskRuleForm of(String courseId, Actor actor) {
    requireCoordinator(actor);
    courses.require(courseId);
    return form(store.of(courseId));
  }

  /** Changes the rule; the course row is locked so two first saves cannot both insert. */
  public RiskRuleForm change(
      String courseId,
      @NotNull(message = "a request body is required") @Valid RiskRuleForm form,
      Actor actor) {
    requireCoordinator(actor);
    courses.requireLocked(courseId);
    RiskRule rule =
        store
            .stored(courseId)
            .orElseGet(
                () -> {
                  RiskRule made = RiskRule.defaults(courseId);
                  store.keep(made);
                  return made;
                });
    rule.change(form.getAbsences(), form.getMissingHomework());
    return form(rule);
  }

  private static void requireCoordinator(Actor actor) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators and admins set the risk rule.");
    }
  }

  private static RiskRuleForm form(RiskRule rule) {
    return new RiskRuleForm(rule.absences(), rule.missingHomework());
  }
}
