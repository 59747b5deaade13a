package org.virtualcampus.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.virtualcampus.attendance.control.ImportQueries;
import org.virtualcampus.attendance.control.ImportThresholds;
import org.virtualcampus.attendance.control.ParticipantReport;
import org.virtualcampus.attendance.control.ParticipantReports;
import org.virtualcampus.attendance.control.Register;
import org.virtualcampus.attendance.control.ReportFormatException;
import org.virtualcampus.attendance.entity.AttendanceImport;
import org.virtualcampus.attendance.entity.AttendancePolicy;
import org.virtualcampus.attendance.entity.AttendanceRecord;
import org.virtualcampus.attendance.entity.AttendanceStatus;
import org.virtualcampus.attendance.entity.RecordSource;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.error.PayloadTooLargeException;
import org.virtualcampus.platform.error.UploadInterruptedException;

/**
 * Attendance from the participant report Zoom or Teams exports: uploading it shows a preview and
 * changes nothing; the facilitator adjusts thresholds and matches the entries nobody could match,
 * and applying sets every participant's record in one transaction.
 */
@ApplicationScoped
@Transactional
public class AttendanceImports {
  static final int MAX_BYTES = 1024 * 1024;

  @Inject AttendanceGate gate;
  @Inject Register register;
  @Inject ImportQueries imports;
  @Inject CohortAccess access;
  @Inject Recipients members;
  @Inject Clock clock;

  /**
   * Reads the report and keeps it for the preview; {@code timeZone} is the one its times are in.
   */
  public ImportPreview upload(
      String sessionId, String fileName, String timeZone, InputStream body, Actor actor) {
    AttendanceGate.Taking taking = gate.takeScheduled(sessionId, actor);
    byte[] content = readAtMost(body);
    if (content.length == 0) {
      throw new InvalidInputException("file", "the file is empty: upload the participant report");
    }
    ZoneId zone = zone(timeZone, taking.cohort().timeZone());
    read(content, zone);
    Instant now = clock.instant();
    imports.forgetOlderThan(now.minus(Duration.ofDays(1)));
    String name = fileName == null || fileName.isBlank() ? "report.csv" : fileName.strip();
    AttendanceImport upload =
        new AttendanceImport(
            sessionId,
            name.length() > 255 ? name.substring(0, 255) : name,
            zone,
            content,
            actor.memberId(),
            now);
    imports.keep(upload);
    return preview(upload, taking, new ImportChoices());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ImportPreview preview(String importId, @Valid ImportChoices choices, Actor actor) {
    AttendanceImport upload = find(importId, false);
    return preview(upload, gate.take(upload.sessionId(), actor), orEmpty(choices));
  }

  /** Sets every participant's record as the preview with these choices shows, all or nothing. */
  public ImportApplied apply(String importId, @Valid ImportChoices choices, Actor actor) {
    AttendanceImport upload = find(importId, true);
    AttendanceGate.Taking taking = gate.takeScheduled(upload.sessionId(), actor);
    ImportPreview preview = preview(upload, taking, orEmpty(choices));
    Instant now = clock.instant();
    int changed = 0;
    for (ImportPreview.Line line : preview.participants()) {
      String note =
          register
              .find(upload.sessionId(), line.memberId())
              .map(AttendanceRecord::note)
              .orElse(null);
      if (register.record(
          upload.sessionId(),
          line.memberId(),
          line.status(),
          note,
          RecordSource.IMPORT,
          actor.memberId(),
          now)) {
        changed++;
      }
    }
    imports.remove(upload);
    return new ImportApplied(
        upload.sessionId(),
        (int) preview.count(AttendanceStatus.PRESENT),
        (int) preview.count(AttendanceStatus.LATE),
        (int) preview.count(AttendanceStatus.ABSENT),
        (int) preview.count(AttendanceStatus.EXCUSED),
        changed);
  }

  private ImportPreview preview(
      AttendanceImport upload, AttendanceGate.Taking taking, ImportChoices choices) {
    AttendancePolicy policy = register.policy(taking.cohort().courseId());
    ImportThresholds thresholds =
        new ImportThresholds(
            choices.getLateAfterMinutes() == null
                ? policy.lateAfterMinutes()
                : choices.getLateAfterMinutes(),
            choices.getMinimumMinutes() == null
                ? policy.minimumMinutes()
                : choices.getMinimumMinutes());
    ParticipantReport report = read(upload.content(), upload.timeZone());
    List<String> participants = access.participantIds(taking.cohort().id());
    Set<String> staff = new HashSet<>(access.facilitatorIds(taking.cohort().id()));
    Set<String> everyone = new HashSet<>(participants);
    everyone.addAll(staff);
    ImportPlanner.Roster roster =
        new ImportPlanner.Roster(
            participants,
            staff,
            members.recipients(everyone),
            register.ofSession(upload.sessionId()));
    List<ImportPreview.Entry> unmatched = new ArrayList<>();
    List<ImportPreview.Entry> staffEntries = new ArrayList<>();
    List<ImportPreview.Line> lines =
        ImportPlanner.plan(
            report,
            roster,
            choices.getMatches(),
            thresholds,
            taking.session().startsAt(),
            taking.session().endsAt(),
            unmatched,
            staffEntries);
    return new ImportPreview(
        upload.id(),
        upload.sessionId(),
        upload.fileName(),
        report.shape().name(),
        upload.timeZone().getId(),
        thresholds.lateAfterMinutes(),
        thresholds.minimumMinutes(),
        lines,
        unmatched,
        staffEntries);
  }

  private AttendanceImport find(String importId, boolean lock) {
    return imports
        .find(importId, lock)
        .orElseThrow(() -> new NotFoundException("Attendance import", importId));
  }

  private static byte[] readAtMost(InputStream body) {
    if (body == null) {
      return new byte[0];
    }
    try {
      byte[] content = body.readNBytes(MAX_BYTES + 1);
      if (content.length > MAX_BYTES) {
        throw new PayloadTooLargeException("A participant report is at most 1 MB.");
      }
      return content;
    } catch (IOException e) {
      throw new UploadInterruptedException("The upload was cut off; send the file again.");
    }
  }

  private static ParticipantReport read(byte[] content, ZoneId zone) {
    try {
      return ParticipantReports.read(content, zone);
    } catch (ReportFormatException e) {
      throw new InvalidInputException("file", e.getMessage());
    }
  }

  private static ZoneId zone(String asked, ZoneId cohortZone) {
    if (asked == null || asked.isBlank()) {
      return cohortZone;
    }
    try {
      return ZoneId.of(asked.strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException("timeZone", "not a known time zone: " + asked);
    }
  }

  private static ImportChoices orEmpty(ImportChoices choices) {
    return choices == null ? new ImportChoices() : choices;
  }
}
