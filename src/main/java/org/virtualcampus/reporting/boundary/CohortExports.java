package org.virtualcampus.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.virtualcampus.attendance.boundary.AttendanceCell;
import org.virtualcampus.attendance.boundary.AttendanceRate;
import org.virtualcampus.attendance.boundary.AttendanceReports;
import org.virtualcampus.attendance.boundary.CohortAttendance;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.pdf.TablePdf;

/** A cohort's attendance as tidy CSV and its summary as a PDF, for its staff. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CohortExports {
  static final List<String> CSV_HEADER =
      List.of(
          "member_id",
          "member_name",
          "session_id",
          "session_title",
          "session_start_utc",
          "session_end_utc",
          "status",
          "weight");

  /* RFC 4180: CRLF, quotes only where needed, exactly one header row. */
  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get();

  @Inject AttendanceReports attendance;
  @Inject Dashboards dashboards;

  /**
   * One row per participant and session whose attendance was taken, as the rate counts it. UTF-8
   * with a byte-order mark so spreadsheet programs read names with accents correctly.
   */
  public byte[] attendanceCsv(String cohortId, Actor actor) {
    CohortAttendance rates = attendance.ofCohort(cohortId, actor);
    Map<String, String> names = labels(rates.members());
    Map<String, String> titles = labels(rates.sessions());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      // The mark goes first: the printer writes the header row as soon as it is made.
      writer.write('\uFEFF');
      CSVPrinter csv = new CSVPrinter(writer, CSV);
      for (AttendanceCell c : attendance.cellsOf(cohortId)) {
        csv.printRecord(
            c.memberId(),
            names.getOrDefault(c.memberId(), c.memberId()),
            c.sessionId(),
            titles.getOrDefault(c.sessionId(), ""),
            DateTimeFormatter.ISO_INSTANT.format(c.startsAt()),
            DateTimeFormatter.ISO_INSTANT.format(c.endsAt()),
            c.status(),
            c.weight().stripTrailingZeros().toPlainString());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The dashboard's key figures and tables, each rate with its definition. */
  public byte[] summaryPdf(String cohortId, Actor actor) {
    CohortDashboard d = dashboards.of(cohortId, actor);
    List<String> lines = new ArrayList<>();
    lines.add("Course: " + d.courseTitle());
    lines.add("Seats taken: " + d.seats().taken() + " of " + d.seats().capacity());
    lines.add("Waitlist: " + d.seats().waitlist());
    lines.add("Attendance: " + pct(d.attendance().cohort().percent()));
    lines.add("  " + d.attendance().definition());
    lines.add("Completion: " + pct(d.homework().completion()));
    lines.add("  " + d.homework().completionDefinition());
    lines.add(
        "Peer feedback participation: "
            + pct(d.practice().participation())
            + "; mean usefulness: "
            + text(d.practice().meanUsefulness()));
    lines.add("  " + d.practice().definition());
    lines.add(
        "Waitlist promotions: "
            + d.waitlist().promotions()
            + "; median wait (days): "
            + text(d.waitlist().medianWaitDays()));
    List<TablePdf.Section> sections = new ArrayList<>();
    sections.add(
        new TablePdf.Section(
            "Funnel",
            List.of("Step", "Count", "Conversion"),
            d.funnel().steps().stream()
                .map(s -> List.of(s.step(), "" + s.count(), pct(s.conversion())))
                .toList()));
    sections.add(rates("Attendance per session", d.attendance().sessions()));
    sections.add(rates("Attendance per member", d.attendance().members()));
    sections.add(
        new TablePdf.Section(
            "Homework per module",
            List.of("Module", "On time", "Late", "Missing", "Pending", "Accepted"),
            d.homework().modules().stream()
                .map(
                    m ->
                        List.of(
                            m.title(),
                            "" + m.onTime(),
                            "" + m.late(),
                            "" + m.missing(),
                            "" + m.pending(),
                            "" + m.accepted()))
                .toList()));
    sections.add(
        new TablePdf.Section(
            "Peer feedback usefulness by session",
            List.of("Session", "Forms submitted", "Mean usefulness"),
            d.practice().sessions().stream()
                .map(s -> List.of(s.title(), "" + s.formsSubmitted(), text(s.meanUsefulness())))
                .toList()));
    sections.add(
        new TablePdf.Section(
            "Members at risk",
            List.of("Member", "Reasons"),
            d.risk().members().stream()
                .map(m -> List.of(m.name(), String.join("; ", m.reasons())))
                .toList()));
    return TablePdf.write("Cohort summary: " + d.cohortName(), lines, sections);
  }

  private static TablePdf.Section rates(String heading, List<AttendanceRate> rates) {
    return new TablePdf.Section(
        heading,
        List.of("Name", "Present", "Late", "Absent", "Excused", "Rate"),
        rates.stream()
            .map(
                r ->
                    List.of(
                        r.label(),
                        "" + r.present(),
                        "" + r.late(),
                        "" + r.absent(),
                        "" + r.excused(),
                        pct(r.percent())))
            .toList());
  }

  private static Map<String, String> labels(List<AttendanceRate> rates) {
    return rates.stream()
        .collect(Collectors.toMap(AttendanceRate::id, AttendanceRate::label, (a, b) -> a));
  }

  private static String pct(BigDecimal value) {
    return value == null ? "–" : value.toPlainString() + "%";
  }

  private static String text(BigDecimal value) {
    return value == null ? "–" : value.toPlainString();
  }
}
