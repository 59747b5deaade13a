package org.virtualcampus.attendance.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtualcampus.attendance.control.ReportHeader.Column;
import org.virtualcampus.attendance.control.ReportRows.Presence;
import org.virtualcampus.attendance.control.ReportRows.Row;

/**
 * Reads the participant reports that Zoom and Teams export, in their English shapes, into one list
 * of people with the time they were present. Anything it cannot read is a {@link
 * ReportFormatException} that names the missing columns or the line, never a silent guess.
 */
public final class ParticipantReports {
  // Zoom's "Name (Original Name)" column: "Dr. D (Dana Nguyen)" was renamed from "Dana Nguyen".
  private static final Pattern RENAMED = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");

  private ParticipantReports() {}

  /**
   * @param zone the organiser's zone, because the files hold wall-clock times without an offset
   */
  public static ParticipantReport read(byte[] content, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    ReportText text = ReportText.decode(content);
    ReportHeader header = ReportHeader.find(text);
    List<Row> rows = ReportRows.below(text, header);
    List<Presence> presences =
        header.shape() == ReportShape.TEAMS_LEGACY
            ? LegacyActions.pair(rows, header, zone)
            : intervals(rows, header, zone);
    return new ParticipantReport(header.shape(), merged(presences));
  }

  private static List<Presence> intervals(List<Row> rows, ReportHeader header, ZoneId zone) {
    List<Presence> presences = new ArrayList<>();
    for (Row row : rows) {
      String name = row.cell(header.column(Column.NAME)).strip();
      String email = row.cell(header.column(Column.EMAIL)).strip();
      if (name.isEmpty() && email.isEmpty()) {
        throw ReportFormatException.atLine(
            row.line(), "no name or e-mail in", String.join(", ", row.cells()));
      }
      String originalName = null;
      Matcher renamed = RENAMED.matcher(name);
      if (header.renamed() && renamed.matches()) {
        name = renamed.group(1).strip();
        originalName = renamed.group(2).strip();
      }
      Instant joined = row.time(header.column(Column.JOIN), zone);
      Instant left = row.time(header.column(Column.LEAVE), zone);
      if (left.isBefore(joined)) {
        throw ReportFormatException.atLine(
            row.line(),
            "the leave time is before the join time:",
            row.cell(header.column(Column.LEAVE)));
      }
      presences.add(new Presence(name, originalName, email, new PresenceInterval(joined, left)));
    }
    return presences;
  }

  // A reconnect is a new row; the person is the same, so rows meet under the e-mail or name.
  private static List<ReportedParticipant> merged(List<Presence> presences) {
    Map<String, List<Presence>> byKey = new LinkedHashMap<>();
    for (Presence presence : presences) {
      String key = ReportedParticipant.key(presence.email(), presence.name());
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(presence);
    }
    List<ReportedParticipant> participants = new ArrayList<>();
    for (List<Presence> rows : byKey.values()) {
      Presence first = rows.get(0);
      String originalName =
          rows.stream()
              .map(Presence::originalName)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
      String name = first.name().isEmpty() ? first.email() : first.name();
      participants.add(
          new ReportedParticipant(
              name, originalName, first.email(), rows.stream().map(Presence::interval).toList()));
    }
    return participants;
  }
}
