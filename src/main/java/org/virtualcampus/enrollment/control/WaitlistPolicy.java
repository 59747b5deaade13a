package org.virtualcampus.enrollment.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.entity.Profession;

/**
 * Who gets the next free seat: the first person in queue order whose profession is below the
 * cohort's cap. Someone still awaiting approval blocks everyone behind them, so no later applicant
 * overtakes an earlier one who has not been decided on. People passed over for the cap keep their
 * place and are named, so the coordinator can see why.
 */
public final class WaitlistPolicy {
  private WaitlistPolicy() {}

  /** A waiting member, in queue order. */
  public record Candidate(String enrollmentId, EnrollmentStatus status, Profession profession) {}

  /**
   * The outcome: who gets the seat (if anyone), who was passed over for it, and whether approval
   * blocks.
   */
  public record Decision(
      Optional<Candidate> seat, List<Candidate> passedOver, Optional<Candidate> blockedBy) {}

  public static Decision nextInLine(
      List<Candidate> queue,
      Map<Profession, Integer> seatsByProfession,
      Optional<Integer> professionLimit) {
    List<Candidate> passedOver = new ArrayList<>();
    for (Candidate candidate : queue) {
      if (candidate.status() == EnrollmentStatus.INTERESTED) {
        return new Decision(Optional.empty(), List.of(), Optional.of(candidate));
      }
      int held = seatsByProfession.getOrDefault(candidate.profession(), 0);
      if (professionLimit.isPresent() && held >= professionLimit.get()) {
        passedOver.add(candidate);
        continue;
      }
      return new Decision(Optional.of(candidate), List.copyOf(passedOver), Optional.empty());
    }
    return new Decision(Optional.empty(), List.of(), Optional.empty());
  }
}
