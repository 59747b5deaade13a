package org.virtualcampus.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.virtualcampus.attendance.control.Register;
import org.virtualcampus.attendance.entity.AttendancePolicy;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.AccessDeniedException;

/** Each course's attendance rules, set by coordinators. */
@ApplicationScoped
@Transactional
public class AttendancePolicies {
  @Inject Register register;
  @Inject Courses courses;

  @Transactional(Transactional.TxType.SUPPORTS)
  public PolicyForm of(String courseId, Actor actor) {
    requireCoordinator(actor);
    courses.require(courseId);
    return form(register.policy(courseId));
  }

  public PolicyForm change(
      String courseId,
      @NotNull(message = "a request body is required") @Valid PolicyForm form,
      Actor actor) {
    requireCoordinator(actor);
    courses.requireLocked(courseId);
    AttendancePolicy policy =
        register
            .storedPolicy(courseId)
            .orElseGet(
                () -> {
                  AttendancePolicy made = AttendancePolicy.defaults(courseId);
                  register.keep(made);
                  return made;
                });
    policy.change(
        form.getPresentWeight(),
        form.getLateWeight(),
        form.getAbsentWeight(),
        form.getLateAfterMinutes(),
        form.getMinimumMinutes());
    return form(policy);
  }

  private static void requireCoordinator(Actor actor) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators and admins set attendance rules.");
    }
  }

  static PolicyForm form(AttendancePolicy p) {
    return new PolicyForm(
        p.presentWeight(),
        p.lateWeight(),
        p.absentWeight(),
        p.lateAfterMinutes(),
        p.minimumMinutes());
  }
}
