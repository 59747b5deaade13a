package org.virtualcampus.enrollment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.virtualcampus.platform.error.ConflictException;

/**
 * Every move of a place in a cohort, from every state it can reach: allowed ones land where the
 * lifecycle says, refused ones are a conflict and change nothing. COMPLETED is not reached by any
 * move of a place yet (cohorts end without changing their places).
 */
class EnrollmentLifecycleTest {
  static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  static final Instant DEADLINE = NOW.plus(Duration.ofHours(72));

  /** The moves, each as what it does to a place at a time. */
  static final Map<String, BiConsumer<Enrollment, Instant>> MOVES =
      Map.of(
          "approve", (e, t) -> e.approve(),
          "offer", (e, t) -> e.offer(t, DEADLINE),
          "enroll", (e, t) -> e.enroll(t),
          "accept", (e, t) -> e.accept(t),
          "decline", (e, t) -> e.decline(t),
          "expire", (e, t) -> e.expire(t),
          "withdraw", (e, t) -> e.withdraw(t),
          "remove", (e, t) -> e.remove(t),
          "rejoin", (e, t) -> e.rejoin(99, false, t),
          "allowToAskAgain", (e, t) -> e.allowToAskAgain());

  /** Where each allowed move leads from each state; any move not listed is refused. */
  static final Map<EnrollmentStatus, Map<String, EnrollmentStatus>> ALLOWED =
      Map.of(
          EnrollmentStatus.INTERESTED,
              Map.of(
                  "approve", EnrollmentStatus.WAITLISTED,
                  "offer", EnrollmentStatus.OFFERED,
                  "enroll", EnrollmentStatus.ENROLLED,
                  "withdraw", EnrollmentStatus.WITHDRAWN,
                  "remove", EnrollmentStatus.REMOVED),
          EnrollmentStatus.WAITLISTED,
              Map.of(
                  "offer", EnrollmentStatus.OFFERED,
                  "enroll", EnrollmentStatus.ENROLLED,
                  "withdraw", EnrollmentStatus.WITHDRAWN,
                  "remove", EnrollmentStatus.REMOVED),
          EnrollmentStatus.OFFERED,
              Map.of(
                  "accept", EnrollmentStatus.ENROLLED,
                  "decline", EnrollmentStatus.DECLINED,
                  "expire", EnrollmentStatus.EXPIRED,
                  "withdraw", EnrollmentStatus.WITHDRAWN,
                  "remove", EnrollmentStatus.REMOVED),
          EnrollmentStatus.ENROLLED,
              Map.of("withdraw", EnrollmentStatus.WITHDRAWN, "remove", EnrollmentStatus.REMOVED),
          EnrollmentStatus.DECLINED, Map.of("rejoin", EnrollmentStatus.WAITLISTED),
          EnrollmentStatus.EXPIRED, Map.of("rejoin", EnrollmentStatus.WAITLISTED),
          EnrollmentStatus.WITHDRAWN, Map.of("rejoin", EnrollmentStatus.WAITLISTED),
          EnrollmentStatus.REMOVED, Map.of("allowToAskAgain", EnrollmentStatus.REMOVED));

  @ParameterizedTest
  @EnumSource(
      value = EnrollmentStatus.class,
      names = {"COMPLETED"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyMoveIsAllowedOrRefusedAsTheLifecycleSays(EnrollmentStatus from) {
    for (var move : MOVES.entrySet()) {
      Enrollment place = in(from);
      EnrollmentStatus to = ALLOWED.get(from).get(move.getKey());
      if (to != null) {
        move.getValue().accept(place, NOW.plusSeconds(60));
        assertThat(place.status()).as(from + " " + move.getKey()).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> move.getValue().accept(place, NOW.plusSeconds(60)))
            .as(from + " " + move.getKey())
            .isInstanceOf(ConflictException.class);
        assertThat(place.status())
            .as(from + " " + move.getKey() + " changed nothing")
            .isEqualTo(from);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void anOfferPastItsDeadlineCannotBeAccepted() {
    Enrollment offered = in(EnrollmentStatus.OFFERED);
    assertThatThrownBy(() -> offered.accept(DEADLINE))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("expired");
    assertThat(offered.status()).isEqualTo(EnrollmentStatus.OFFERED);
  }

  @org.junit.jupiter.api.Test
  void aRemovedMemberMayAskAgainOnceAllowedAndOnlyOnce() {
    Enrollment removed = in(EnrollmentStatus.REMOVED);
    assertThatThrownBy(() -> removed.rejoin(5, false, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("once a coordinator allows it");
    removed.allowToAskAgain();
    assertThatThrownBy(removed::allowToAskAgain).isInstanceOf(ConflictException.class);

    removed.rejoin(5, false, NOW);
    assertThat(removed.status()).isEqualTo(EnrollmentStatus.WAITLISTED);
    assertThat(removed.queueTicket()).isEqualTo(5);

    removed.remove(NOW);
    assertThatThrownBy(() -> removed.rejoin(6, false, NOW))
        .as("the permission was used up")
        .isInstanceOf(ConflictException.class);
  }

  @org.junit.jupiter.api.Test
  void askingAgainInACohortThatNeedsApprovalAwaitsApproval() {
    Enrollment withdrawn = in(EnrollmentStatus.WITHDRAWN);
    withdrawn.rejoin(7, true, NOW);
    assertThat(withdrawn.status()).isEqualTo(EnrollmentStatus.INTERESTED);
  }

  /** A place brought to {@code status} along allowed moves. */
  static Enrollment in(EnrollmentStatus status) {
    boolean approval = status == EnrollmentStatus.INTERESTED;
    Enrollment e =
        new Enrollment("cohort-1", "member-1", EnrollmentSource.REQUEST, 1, approval, NOW);
    switch (status) {
      case INTERESTED, WAITLISTED -> {}
      case OFFERED -> e.offer(NOW, DEADLINE);
      case ENROLLED -> e.enroll(NOW);
      case DECLINED -> {
        e.offer(NOW, DEADLINE);
        e.decline(NOW);
      }
      case EXPIRED -> {
        e.offer(NOW, DEADLINE);
        e.expire(DEADLINE);
      }
      case WITHDRAWN -> e.withdraw(NOW);
      case REMOVED -> e.remove(NOW);
      case COMPLETED -> throw new IllegalArgumentException("no move leads to COMPLETED yet");
    }
    assertThat(e.status()).isEqualTo(status);
    return e;
  }
}
