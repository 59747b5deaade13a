package org.virtualcampus.attendance.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtualcampus.attendance.control.ImportRule;
import org.virtualcampus.attendance.control.ImportThresholds;
import org.virtualcampus.attendance.control.ParticipantReport;
import org.virtualcampus.attendance.control.ReportedParticipant;
import org.virtualcampus.attendance.entity.AttendanceRecord;
import org.virtualcampus.attendance.entity.AttendanceStatus;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * Turns a participant report into what it would do to a session's records: entries matched to
 * participants by e-mail, then by the facilitator's hand; participants not in the report are
 * absent; an approved excuse is never overwritten by an absence.
 */
final class ImportPlanner {
  private ImportPlanner() {}

  record Roster(
      List<String> participants,
      Set<String> staff,
      Map<String, Recipient> people,
      Map<String, AttendanceRecord> records) {}

  static List<ImportPreview.Line> plan(
      ParticipantReport report,
      Roster roster,
      Map<String, String> byHand,
      ImportThresholds thresholds,
      Instant start,
      Instant end,
      List<ImportPreview.Entry> unmatched,
      List<ImportPreview.Entry> staff) {
    Map<String, String> participantByEmail = new HashMap<>();
    for (String id : roster.participants()) {
      Recipient r = roster.people().get(id);
      if (r != null) {
        participantByEmail.put(r.email().toLowerCase(java.util.Locale.ROOT), id);
      }
    }
    Set<String> staffEmails = new HashSet<>();
    for (String id : roster.staff()) {
      Recipient r = roster.people().get(id);
      if (r != null) {
        staffEmails.add(r.email().toLowerCase(java.util.Locale.ROOT));
      }
    }
    Map<String, ReportedParticipant> entries = new HashMap<>();
    report.participants().forEach(p -> entries.put(p.key(), p));
    Map<String, ReportedParticipant> byMember = new HashMap<>();
    Map<String, String> how = new HashMap<>();
    for (ReportedParticipant p : report.participants()) {
      String member = p.email() == null ? null : participantByEmail.get(p.email());
      if (member != null) {
        byMember.put(member, p);
        how.put(member, "EMAIL");
      } else if (p.email() != null && staffEmails.contains(p.email())) {
        staff.add(entry(p, start, end));
      }
    }
    for (Map.Entry<String, String> match : byHand.entrySet()) {
      ReportedParticipant p = entries.get(match.getKey());
      if (p == null) {
        throw new InvalidInputException("matches", "no entry " + match.getKey() + " in the report");
      }
      String member = match.getValue();
      if (!roster.participants().contains(member)) {
        throw new InvalidInputException(
            "matches", member + " is not a participant of this session's cohort");
      }
      if (byMember.containsKey(member)) {
        throw new InvalidInputException(
            "matches", roster.people().get(member).displayName() + " is matched twice");
      }
      byMember.put(member, p);
      how.put(member, "HAND");
    }
    Set<ReportedParticipant> used = new HashSet<>(byMember.values());
    for (ReportedParticipant p : report.participants()) {
      boolean isStaff = p.email() != null && staffEmails.contains(p.email());
      if (!used.contains(p) && !isStaff) {
        unmatched.add(entry(p, start, end));
      }
    }
    List<ImportPreview.Line> lines = new ArrayList<>();
    for (String id : roster.participants()) {
      ReportedParticipant p = byMember.get(id);
      AttendanceRecord current = roster.records().get(id);
      AttendanceStatus status =
          p == null
              ? AttendanceStatus.ABSENT
              : AttendanceStatus.valueOf(ImportRule.classify(p, start, end, thresholds).name());
      if (status == AttendanceStatus.ABSENT
          && current != null
          && current.status() == AttendanceStatus.EXCUSED) {
        status = AttendanceStatus.EXCUSED;
      }
      Recipient person = roster.people().get(id);
      lines.add(
          new ImportPreview.Line(
              id,
              person == null ? id : person.displayName(),
              status,
              current == null ? null : current.status(),
              p == null ? "NONE" : how.get(id),
              p == null ? null : p.key(),
              p == null ? null : p.name(),
              p == null ? null : minutes(p, start, end),
              p == null ? null : p.firstJoin(),
              p == null ? null : p.lastLeave()));
    }
    lines.sort(Comparator.comparing(ImportPreview.Line::name, String.CASE_INSENSITIVE_ORDER));
    return lines;
  }

  private static ImportPreview.Entry entry(ReportedParticipant p, Instant start, Instant end) {
    return new ImportPreview.Entry(
        p.key(), p.name(), p.originalName(), p.email(), minutes(p, start, end), p.firstJoin());
  }

  /** Minutes within the session's window, as the thresholds count them. */
  private static int minutes(ReportedParticipant p, Instant start, Instant end) {
    return (int)
        ImportRule.attendedWithin(
                p, start.minus(org.virtualcampus.attendance.entity.CheckInWindow.EARLY), end)
            .toMinutes();
  }
}
