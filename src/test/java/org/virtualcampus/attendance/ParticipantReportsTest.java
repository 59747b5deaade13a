package org.virtualcampus.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.virtualcampus.attendance.control.ParticipantReport;
import org.virtualcampus.attendance.control.ParticipantReports;
import org.virtualcampus.attendance.control.PresenceInterval;
import org.virtualcampus.attendance.control.ReportFormatException;
import org.virtualcampus.attendance.control.ReportShape;
import org.virtualcampus.attendance.control.ReportedParticipant;

class ParticipantReportsTest {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static byte[] sample(String name) throws IOException {
    try (InputStream in =
        ParticipantReportsTest.class.getResourceAsStream("/attendance-import/" + name)) {
      return in.readAllBytes();
    }
  }

  static ParticipantReport read(String text) {
    return ParticipantReports.read(text.getBytes(StandardCharsets.UTF_8), NEW_YORK);
  }

  static ReportedParticipant byKey(ParticipantReport report, String key) {
    return report.participants().stream()
        .filter(p -> p.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no participant " + key));
  }

  static PresenceInterval utc(String joined, String left) {
    return new PresenceInterval(
        Instant.parse("2030-03-04T" + joined + "Z"), Instant.parse("2030-03-04T" + left + "Z"));
  }

  @ParameterizedTest
  @CsvSource({
    "zoom-participants-with-meeting-header.csv, ZOOM, 6",
    "zoom-participants.csv, ZOOM, 6",
    "teams-attendance-report.csv, TEAMS, 6",
    "teams-attendance-legacy.csv, TEAMS_LEGACY, 5"
  })
  void everySampleImportsWithItsPeopleAndExactTimes(String file, ReportShape shape, int people)
      throws IOException {
    ParticipantReport report = ParticipantReports.read(sample(file), NEW_YORK);

    assertThat(report.shape()).isEqualTo(shape);
    assertThat(report.participants()).hasSize(people);
    boolean legacy = shape == ReportShape.TEAMS_LEGACY;
    ReportedParticipant chen = byKey(report, legacy ? "chen okafor" : "educator03@campus.example");
    assertThat(chen.intervals())
        .containsExactly(
            utc("14:59:30", "15:20:11"), utc("15:22:02", "15:41:47"), utc("15:43:15", "16:00:09"));
    assertThat(chen.firstJoin()).isEqualTo("2030-03-04T14:59:30Z");
    assertThat(chen.lastLeave()).isEqualTo("2030-03-04T16:00:09Z");
    // 20m41s + 19m45s + 16m54s
    assertThat(chen.attended()).isEqualTo(Duration.parse("PT57M20S"));

    ReportedParticipant ben = byKey(report, legacy ? "ben schmidt" : "educator02@campus.example");
    assertThat(ben.firstJoin()).isEqualTo("2030-03-04T15:14:40Z");
    assertThat(ben.attended()).isEqualTo(Duration.parse("PT45M21S"));
    String fran = legacy ? "fran facilitator" : "facilitator1@campus.example";
    assertThat(byKey(report, fran).attended()).isEqualTo(Duration.parse("PT1H10M34S"));
    String ana = legacy ? "ana garcia" : "educator01@campus.example";
    assertThat(byKey(report, ana).attended()).isEqualTo(Duration.parse("PT1H1M53S"));
    String dana = legacy ? "dana nguyen" : "educator04@campus.example";
    assertThat(byKey(report, dana).attended()).isEqualTo(Duration.parse("PT30M38S"));
    if (!legacy) {
      String guest = shape == ReportShape.ZOOM ? "iphone 12" : "visitor (unverified)";
      ReportedParticipant visitor = byKey(report, guest);
      // Parentheses are a rename only in Zoom's "Name (Original Name)" column.
      assertThat(visitor.name()).isIn("iPhone 12", "Visitor (Unverified)");
      assertThat(visitor.originalName()).isNull();
      assertThat(visitor.email()).isNull();
      assertThat(visitor.attended()).isEqualTo(Duration.parse("PT52M47S"));
    } else {
      assertThat(report.participants()).allSatisfy(p -> assertThat(p.email()).isNull());
    }
  }

  @Test
  void zoomKeepsTheOriginalNameOfARenamedParticipantAndTheGuestWithoutEmail() throws IOException {
    ParticipantReport report =
        ParticipantReports.read(sample("zoom-participants-with-meeting-header.csv"), NEW_YORK);

    ReportedParticipant dana = byKey(report, "educator04@campus.example");
    assertThat(dana.name()).isEqualTo("Dr. D");
    assertThat(dana.originalName()).isEqualTo("Dana Nguyen");
    assertThat(dana.email()).isEqualTo("educator04@campus.example");
    assertThat(report.participants())
        .extracting(ReportedParticipant::name)
        .containsExactly(
            "Fran Facilitator", "Ana Garcia", "Ben Schmidt", "Chen Okafor", "Dr. D", "iPhone 12");
    assertThat(byKey(report, "iphone 12").originalName()).isNull();
  }

  @Test
  void teamsWithoutActivitiesFallsBackToFirstJoinAndLastLeave() {
    String text =
        "1. Summary\r\nMeeting title\tX\r\n\r\n2. Participants\r\n"
            + "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\r\n"
            + "Chen Okafor\t3/4/30, 9:59:30\u202FAM\t3/4/30, 11:00:09\u202FAM\t57m 12s\t"
            + "Educator03@Campus.Example \r\n";
    ParticipantReport report =
        // Java writes U+FEFF as the UTF-16BE byte-order mark FE FF.
        ParticipantReports.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE), NEW_YORK);

    assertThat(report.shape()).isEqualTo(ReportShape.TEAMS);
    ReportedParticipant chen = report.participants().get(0);
    assertThat(chen.email()).isEqualTo("educator03@campus.example");
    assertThat(chen.intervals()).containsExactly(utc("14:59:30", "16:00:09"));
  }

  @Test
  void aLegacyJoinWithoutLeaveClosesAtTheLastTimestampOfTheFile() {
    ParticipantReport report =
        read(
            "Full Name\tUser Action\tTimestamp\n"
                + "Ana Garcia\tJoined\t3/4/2030, 9:58:12 AM\n"
                + "Ben Schmidt\tJoined\t3/4/2030, 10:14:40 AM\n"
                + "Ben Schmidt\tLeft\t3/4/2030, 11:00:01 AM\n");

    ReportedParticipant ana = byKey(report, "ana garcia");
    assertThat(ana.firstJoin()).isEqualTo("2030-03-04T14:58:12Z");
    assertThat(ana.lastLeave()).isEqualTo("2030-03-04T16:00:01Z");
  }

  @Test
  void overlappingRowsOfOnePersonAreNotCountedTwice() {
    ParticipantReport report =
        read(
            "Name (Original Name),User Email,Join Time,Leave Time\n"
                + "Ana,ana@x.example,03/04/2030 10:00:00 AM,03/04/2030 10:30:00 AM\n"
                + "Ana (phone),ANA@x.example,03/04/2030 10:20:00 AM,03/04/2030 10:50:00 AM\n"
                + "Ana,ana@x.example,03/04/2030 10:50:00 AM,03/04/2030 10:55:00 AM\n");

    assertThat(report.participants()).hasSize(1);
    ReportedParticipant ana = report.participants().get(0);
    assertThat(ana.intervals()).hasSize(1);
    assertThat(ana.attended()).isEqualTo(Duration.ofMinutes(55));
  }

  @Test
  void quotedNamesWithCommasAndLineBreaksStayOneCellAndLinesStillCount() {
    String rows =
        "Name,Email,Join Time,Leave Time\n\"Garcia, Ana\",,2030-03-04 10:00:00,2030-03-04 10:10:00\n"
            + "\"Ben\nSchmidt\",,3/4/2030 10:00,3/4/2030 10:30\n";
    assertThat(read(rows).participants())
        .extracting(ReportedParticipant::name)
        .containsExactly("Garcia, Ana", "Ben\nSchmidt");
    assertThatThrownBy(() -> read(rows + "Chen,,x,y\n"))
        .hasMessage("Line 5: not a readable time: \"x\"");
  }

  @Test
  void aFileThatIsNotAReportOrIsEmptySaysWhichColumnsAreMissing() {
    assertThatThrownBy(() -> read("a,b,c\n1,2,3\n"))
        .isInstanceOfSatisfying(
            ReportFormatException.class,
            e ->
                assertThat(e.missingColumns())
                    .containsExactly("name or e-mail", "join time", "leave time"))
        .hasMessage(
            "Not a participant report: no columns for name or e-mail, join time, leave time");
    assertThatThrownBy(() -> read("Name,Email,Join Time\nAna,a@x.example,3/4/2030 10:00\n"))
        .isInstanceOfSatisfying(
            ReportFormatException.class,
            e -> assertThat(e.missingColumns()).containsExactly("leave time"));
    assertThatThrownBy(() -> ParticipantReports.read(new byte[0], NEW_YORK))
        .isInstanceOfSatisfying(
            ReportFormatException.class, e -> assertThat(e.missingColumns()).hasSize(3));
  }

  @Test
  void anUnreadableTimeNamesItsLineAndValue() {
    assertThatThrownBy(
            () ->
                read(
                    "Meeting ID,Topic\r\n1,x\r\n\r\nName,Email,Join Time,Leave Time\r\n"
                        + "Ana,a@x.example,03/04/2030 10:00:00 AM,03/04/2030 10:30:00 AM\r\n"
                        + "Ben,b@x.example,yesterday,03/04/2030 10:30:00 AM\r\n"))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("Line 6")
        .hasMessageContaining("yesterday");
  }
}
