package org.virtualcampus.enrollment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtualcampus.enrollment.entity.EnrollmentStatus.INTERESTED;
import static org.virtualcampus.enrollment.entity.EnrollmentStatus.WAITLISTED;
import static org.virtualcampus.identity.entity.Profession.NURSE;
import static org.virtualcampus.identity.entity.Profession.PHARMACIST;
import static org.virtualcampus.identity.entity.Profession.PHYSICIAN;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.virtualcampus.enrollment.control.WaitlistPolicy.Candidate;

class WaitlistPolicyTest {
  static final Candidate ANNA = new Candidate("anna", WAITLISTED, NURSE);
  static final Candidate BEN = new Candidate("ben", WAITLISTED, PHYSICIAN);
  static final Candidate CLEO = new Candidate("cleo", WAITLISTED, PHARMACIST);

  @Test
  void promotesFirstWaitlistedWhenSeatFrees() {
    var decision = WaitlistPolicy.nextInLine(List.of(ANNA, BEN, CLEO), Map.of(), Optional.empty());
    assertThat(decision.seat()).contains(ANNA);
    assertThat(decision.passedOver()).isEmpty();
  }

  @Test
  void passesOverProfessionsAtTheirCapAndNamesThem() {
    var decision =
        WaitlistPolicy.nextInLine(
            List.of(ANNA, BEN, CLEO), Map.of(NURSE, 4, PHYSICIAN, 4), Optional.of(4));
    assertThat(decision.seat()).contains(CLEO);
    assertThat(decision.passedOver()).containsExactly(ANNA, BEN);
  }

  @Test
  void professionBelowItsCapIsNotPassedOver() {
    var decision = WaitlistPolicy.nextInLine(List.of(ANNA, BEN), Map.of(NURSE, 3), Optional.of(4));
    assertThat(decision.seat()).contains(ANNA);
  }

  @Test
  void applicantAwaitingApprovalBlocksEveryoneBehind() {
    Candidate pending = new Candidate("dora", INTERESTED, NURSE);
    var decision = WaitlistPolicy.nextInLine(List.of(pending, BEN), Map.of(), Optional.empty());
    assertThat(decision.seat()).isEmpty();
    assertThat(decision.blockedBy()).contains(pending);
  }

  @Test
  void nobodyEligibleLeavesTheSeatFree() {
    var decision = WaitlistPolicy.nextInLine(List.of(ANNA), Map.of(NURSE, 2), Optional.of(2));
    assertThat(decision.seat()).isEmpty();
    assertThat(decision.blockedBy()).isEmpty();
  }

  @Test
  void emptyQueueGivesNobody() {
    assertThat(WaitlistPolicy.nextInLine(List.of(), Map.of(), Optional.empty()).seat()).isEmpty();
  }
}
