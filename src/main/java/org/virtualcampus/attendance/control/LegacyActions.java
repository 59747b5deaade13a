package org.virtualcampus.attendance.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.virtualcampus.attendance.control.ReportHeader.Column;
import org.virtualcampus.attendance.control.ReportRows.Presence;
import org.virtualcampus.attendance.control.ReportRows.Row;

/** The 2020–2021 Teams list: one row per "Joined" or "Left", which we pair into intervals. */
final class LegacyActions {
  private record Action(int line, String name, boolean joined, Instant at) {}

  private LegacyActions() {}

  static List<Presence> pair(List<Row> rows, ReportHeader header, ZoneId zone) {
    List<Action> actions = new ArrayList<>();
    for (Row row : rows) {
      actions.add(action(row, header, zone));
    }
    if (actions.isEmpty()) {
      return List.of();
    }
    // Pairing needs time order; a stable sort keeps a join before a leave at the same second.
    actions.sort(Comparator.comparing(Action::at));
    Instant earliest = actions.get(0).at();
    Instant latest = actions.get(actions.size() - 1).at();
    Map<String, Action> open = new LinkedHashMap<>();
    List<Presence> presences = new ArrayList<>();
    for (Action action : actions) {
      String key = ReportedParticipant.key(null, action.name());
      if (action.joined()) {
        // A second "Joined" while still in is a duplicate event; the earlier one stands.
        open.putIfAbsent(key, action);
        continue;
      }
      Action joined = open.remove(key);
      // A "Left" with no "Joined" means they were in before the list started recording.
      Instant from = joined == null ? earliest : joined.at();
      presences.add(presence(action.name(), from, action.at()));
    }
    // Still in when the list was saved: present until the last thing the list saw.
    open.values().forEach(a -> presences.add(presence(a.name(), a.at(), latest)));
    presences.sort(Comparator.comparing(p -> p.interval().joined()));
    return presences;
  }

  private static Presence presence(String name, Instant from, Instant to) {
    return new Presence(name, null, null, new PresenceInterval(from, to));
  }

  private static Action action(Row row, ReportHeader header, ZoneId zone) {
    String name = row.cell(header.column(Column.NAME)).strip();
    if (name.isEmpty()) {
      throw ReportFormatException.atLine(row.line(), "no name in", String.join(" ", row.cells()));
    }
    String kind = row.cell(header.column(Column.ACTION)).strip().toLowerCase(Locale.ROOT);
    Instant at = row.time(header.column(Column.TIMESTAMP), zone);
    // "Joined before" is what older lists write for people already in when recording began.
    if (kind.startsWith("joined")) {
      return new Action(row.line(), name, true, at);
    }
    if (kind.equals("left")) {
      return new Action(row.line(), name, false, at);
    }
    throw ReportFormatException.atLine(
        row.line(), "not a known action (Joined or Left):", row.cell(header.column(Column.ACTION)));
  }
}
