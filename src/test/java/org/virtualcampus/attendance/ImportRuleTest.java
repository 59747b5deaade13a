package org.virtualcampus.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualcampus.attendance.control.ImportRule;
import org.virtualcampus.attendance.control.ImportThresholds;
import org.virtualcampus.attendance.control.ImportedStatus;
import org.virtualcampus.attendance.control.PresenceInterval;
import org.virtualcampus.attendance.control.ReportedParticipant;

class ImportRuleTest {
  static final Instant START = Instant.parse("2030-03-04T15:00:00Z");
  static final Instant END = Instant.parse("2030-03-04T16:00:00Z");
  static final ImportThresholds LATE_10_MIN_30 = new ImportThresholds(10, 30);

  static ReportedParticipant present(Instant... joinedLeft) {
    List<PresenceInterval> intervals = new java.util.ArrayList<>();
    for (int i = 0; i < joinedLeft.length; i += 2) {
      intervals.add(new PresenceInterval(joinedLeft[i], joinedLeft[i + 1]));
    }
    return new ReportedParticipant("Ana", null, "ana@x.example", intervals);
  }

  static ImportedStatus classify(ReportedParticipant p) {
    return ImportRule.classify(p, START, END, LATE_10_MIN_30);
  }

  @Test
  void joiningExactlyAtTheLateLimitIsOnTimeAndOneSecondLaterIsLate() {
    Instant limit = START.plusSeconds(600);
    assertThat(classify(present(limit, END))).isEqualTo(ImportedStatus.PRESENT);
    assertThat(classify(present(limit.plusSeconds(1), END))).isEqualTo(ImportedStatus.LATE);
  }

  @Test
  void attendingExactlyTheMinimumIsNotAbsentAndOneSecondLessIs() {
    assertThat(classify(present(START, START.plusSeconds(1800)))).isEqualTo(ImportedStatus.PRESENT);
    assertThat(classify(present(START, START.plusSeconds(1799)))).isEqualTo(ImportedStatus.ABSENT);
  }

  @Test
  void onlyTimeFromTenMinutesBeforeTheStartToTheEndCounts() {
    Instant early = START.minus(Duration.ofMinutes(10));
    // 20 minutes before the window opens and 25 in it: the early minutes do not count.
    ReportedParticipant p = present(early.minus(Duration.ofMinutes(20)), early.plusSeconds(1500));
    assertThat(ImportRule.attendedWithin(p, early, END)).isEqualTo(Duration.ofMinutes(25));
    assertThat(classify(p)).isEqualTo(ImportedStatus.ABSENT);
    // 10 minutes early plus 20 in the session reach the 30-minute minimum exactly.
    assertThat(classify(present(early, START.plus(Duration.ofMinutes(20)))))
        .isEqualTo(ImportedStatus.PRESENT);
    // Staying on after the end adds nothing.
    ReportedParticipant lingering =
        present(END.minus(Duration.ofMinutes(29)), END.plus(Duration.ofHours(2)));
    assertThat(classify(lingering)).isEqualTo(ImportedStatus.ABSENT);
  }

  @Test
  void reconnectsAddUpAndAVisitBeforeTheWindowDoesNotMakeSomeoneOnTime() {
    ReportedParticipant p =
        present(
            START.minus(Duration.ofHours(5)),
            START.minus(Duration.ofHours(4)),
            START.plus(Duration.ofMinutes(15)),
            START.plus(Duration.ofMinutes(35)),
            START.plus(Duration.ofMinutes(40)),
            START.plus(Duration.ofMinutes(50)));
    assertThat(ImportRule.attendedWithin(p, START, END)).isEqualTo(Duration.ofMinutes(30));
    assertThat(classify(p)).isEqualTo(ImportedStatus.LATE);
  }

  @Test
  void thresholdsMustNotBeNegative() {
    assertThatThrownBy(() -> new ImportThresholds(-1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ImportThresholds(0, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ImportThresholds(0, 0)).isNotNull();
  }
}
