package org.virtualcampus.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.virtualcampus.attendance.entity.AbsenceRequest;
import org.virtualcampus.attendance.entity.AbsenceState;
import org.virtualcampus.attendance.entity.AttendanceChange;
import org.virtualcampus.attendance.entity.AttendanceRecord;
import org.virtualcampus.attendance.entity.AttendanceStatus;
import org.virtualcampus.attendance.entity.CheckInWindow;
import org.virtualcampus.attendance.entity.RecordSource;
import org.virtualcampus.platform.error.ConflictException;

/** The check-in window, the late rule, the excused rule and the record's history (issue 10). */
class AttendanceRulesTest {
  static final Instant START = Instant.parse("2030-03-04T15:00:00Z");
  static final CheckInWindow WINDOW = new CheckInWindow(START, START.plus(Duration.ofMinutes(60)));

  @Test
  void checkInOpensTenMinutesBeforeTheStartAndClosesAtTheEnd() {
    assertThat(WINDOW.isOpenAt(START.minusSeconds(601))).isFalse();
    assertThat(WINDOW.isOpenAt(START.minusSeconds(600))).isTrue();
    assertThat(WINDOW.isOpenAt(START.plusSeconds(3600))).isTrue();
    assertThat(WINDOW.isOpenAt(START.plusSeconds(3601))).isFalse();
    assertThatThrownBy(() -> WINDOW.statusAt(START.plusSeconds(3601), 10))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCheckInIsLateStrictlyAfterTheThreshold() {
    assertThat(WINDOW.statusAt(START.minusSeconds(300), 10)).isEqualTo(AttendanceStatus.PRESENT);
    assertThat(WINDOW.statusAt(START.plusSeconds(600), 10)).isEqualTo(AttendanceStatus.PRESENT);
    assertThat(WINDOW.statusAt(START.plusSeconds(601), 10)).isEqualTo(AttendanceStatus.LATE);
    assertThat(WINDOW.statusAt(START.plusSeconds(1), 0)).isEqualTo(AttendanceStatus.LATE);
  }

  @Test
  void anExcuseIsAskedBeforeTheStartAndDecidedOnce() {
    AbsenceRequest request =
        new AbsenceRequest("s", "m", "  Night shift ", START.minusSeconds(1), START);
    assertThat(request.reason()).isEqualTo("Night shift");
    assertThat(request.state()).isEqualTo(AbsenceState.PENDING);
    request.approve("f", START.plusSeconds(60));
    assertThat(request.state()).isEqualTo(AbsenceState.APPROVED);
    assertThatThrownBy(() -> request.refuse("f", START.plusSeconds(61)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> new AbsenceRequest("s", "m", "Late", START, START))
        .isInstanceOf(ConflictException.class);
    AbsenceRequest pending = new AbsenceRequest("s", "n", "Clinic", START.minusSeconds(60), START);
    assertThatThrownBy(() -> pending.restate("Other", START, START))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void everyChangeOfARecordKeepsWhatItWasAndNothingIsKeptWhenNothingChanged() {
    AttendanceRecord record = new AttendanceRecord("s", "m");
    AttendanceChange first =
        record
            .set(AttendanceStatus.PRESENT, null, RecordSource.ROLL_CALL, "f", START)
            .orElseThrow();
    assertThat(first.previousStatus()).isNull();
    assertThat(record.set(AttendanceStatus.PRESENT, "  ", RecordSource.ROLL_CALL, "f", START))
        .isEmpty();
    AttendanceChange second =
        record
            .set(AttendanceStatus.LATE, " joined 10:20 ", RecordSource.ROLL_CALL, "g", START)
            .orElseThrow();
    assertThat(second.previousStatus()).isEqualTo(AttendanceStatus.PRESENT);
    assertThat(second.note()).isEqualTo("joined 10:20");
    assertThat(second.changedBy()).isEqualTo("g");
    assertThat(record.status()).isEqualTo(AttendanceStatus.LATE);
  }
}
