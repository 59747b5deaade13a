package org.virtualcampus.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.virtualcampus.session.control.CalendarEvent;
import org.virtualcampus.session.control.CalendarWriter;
import org.virtualcampus.session.entity.LiveSession;
import org.virtualcampus.session.entity.SessionKind;
import org.virtualcampus.session.entity.SessionPlan;

class CalendarWriterTest {
  static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

  static SessionPlan plan(LocalDateTime local, int minutes) {
    return new SessionPlan(
        SessionKind.PEER_FEEDBACK,
        "Practice: Ask-Tell-Ask",
        local.atZone(MADRID).toInstant(),
        minutes,
        "https://meet.example.org/abc",
        null,
        "Bring a case.");
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  @Test
  void anEventParsesBackInItsZoneWithItsTimezoneDefinition() throws Exception {
    LiveSession session =
        new LiveSession(
            "cohort", null, plan(LocalDateTime.of(2027, 3, 3, 18, 0), 90), Instant.EPOCH);
    String ics =
        CalendarWriter.write(
            "Campus", List.of(new CalendarEvent(session, "Spring cohort", MADRID)), Instant.EPOCH);

    Calendar calendar = parse(ics);
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(session.id() + "@virtual-campus");
    assertThat(event.getSequence().orElseThrow().getSequenceNo()).isZero();
    assertThat(event.getStatus().orElseThrow().getValue()).isEqualTo("CONFIRMED");
    assertThat(ics).contains("DTSTART;TZID=Europe/Madrid:20270303T180000");
    assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
    assertThat(event.getDescription().orElseThrow().getValue())
        .contains("Spring cohort", "https://meet.example.org/abc", "Bring a case.");
  }

  @Test
  void aRescheduleKeepsTheUidAndRaisesTheSequenceAndACancelSaysSo() throws Exception {
    LiveSession session =
        new LiveSession(
            "cohort", null, plan(LocalDateTime.of(2027, 3, 3, 18, 0), 90), Instant.EPOCH);
    String uid = session.id() + "@virtual-campus";
    session.change(plan(LocalDateTime.of(2027, 3, 4, 18, 30), 90));
    VEvent moved =
        (VEvent)
            parse(
                    CalendarWriter.write(
                        "c", List.of(new CalendarEvent(session, "c", MADRID)), Instant.EPOCH))
                .getComponent("VEVENT")
                .orElseThrow();
    assertThat(moved.getUid().orElseThrow().getValue()).isEqualTo(uid);
    assertThat(moved.getSequence().orElseThrow().getSequenceNo()).isEqualTo(1);

    session.change(plan(LocalDateTime.of(2027, 3, 4, 18, 30), 90)); // nothing changed
    session.cancel();
    VEvent cancelled =
        (VEvent)
            parse(
                    CalendarWriter.write(
                        "c", List.of(new CalendarEvent(session, "c", MADRID)), Instant.EPOCH))
                .getComponent("VEVENT")
                .orElseThrow();
    assertThat(cancelled.getSequence().orElseThrow().getSequenceNo()).isEqualTo(2);
    assertThat(cancelled.getStatus().orElseThrow().getValue()).isEqualTo("CANCELLED");
  }
}
