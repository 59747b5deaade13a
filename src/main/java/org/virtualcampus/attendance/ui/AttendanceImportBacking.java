package org.virtualcampus.attendance.ui;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.attendance.boundary.AttendanceImports;
import org.virtualcampus.attendance.boundary.ImportApplied;
import org.virtualcampus.attendance.boundary.ImportChoices;
import org.virtualcampus.attendance.boundary.ImportPreview;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.identity.boundary.TimeZones;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * A participant report from Zoom or Teams: uploaded for a preview, thresholds and hand matches
 * changed until it looks right, then applied to the roll call.
 */
@Named
@ViewScoped
public class AttendanceImportBacking implements Serializable {
  @Inject AttendanceImports imports;
  @Inject RollCallBacking rollCall;
  @Inject CurrentActor current;
  @Inject PageMessages messages;
  @Inject FieldMessages fields;

  private transient Part part;
  private String timeZone;
  private ImportPreview preview;
  private Integer lateAfterMinutes;
  private Integer minimumMinutes;
  private Map<String, String> matches = new HashMap<>();

  /** Reads the chosen report (a full post of the multipart form). */
  public void upload() {
    if (part == null || part.getSize() == 0) {
      messages.error("attendance.noFile");
      return;
    }
    try (InputStream in = part.getInputStream()) {
      byte[] content = in.readAllBytes();
      show(
          imports.upload(
              rollCall.getSession(),
              part.getSubmittedFileName(),
              timeZone,
              new java.io.ByteArrayInputStream(content),
              current.get()));
      matches = new HashMap<>();
    } catch (IOException | java.io.UncheckedIOException e) {
      messages.error("homework.uploadBroken");
    } catch (RuntimeException e) {
      fields.failedAt(e, "importUpload:file");
    }
  }

  public void update() {
    try {
      show(imports.preview(preview.importId(), choices(), current.get()));
    } catch (RuntimeException e) {
      messages.failed(e, "importPreview");
    }
  }

  public void apply() {
    try {
      ImportApplied done = imports.apply(preview.importId(), choices(), current.get());
      preview = null;
      rollCall.refresh();
      messages.info(
          "attendance.imported",
          done.present(),
          done.late(),
          done.absent(),
          done.excused(),
          done.changed());
    } catch (RuntimeException e) {
      messages.failed(e, "importPreview");
    }
  }

  private ImportChoices choices() {
    Map<String, String> chosen = new HashMap<>();
    matches.forEach(
        (key, member) -> {
          if (member != null && !member.isBlank()) {
            chosen.put(key, member);
          }
        });
    return new ImportChoices(lateAfterMinutes, minimumMinutes, chosen);
  }

  private void show(ImportPreview p) {
    preview = p;
    lateAfterMinutes = p.lateAfterMinutes();
    minimumMinutes = p.minimumMinutes();
    p.participants().stream()
        .filter(l -> "HAND".equals(l.matchedBy()) && l.entryKey() != null)
        .forEach(l -> matches.put(l.entryKey(), l.memberId()));
  }

  /** Participants to match a report entry with by hand. */
  public List<SelectItem> participantChoices() {
    return rollCall.getShown() == null
        ? List.of()
        : rollCall.getShown().entries().stream()
            .map(e -> new SelectItem(e.memberId(), e.name()))
            .toList();
  }

  public List<String> getTimeZones() {
    return TimeZones.current();
  }

  public String minutesText(Integer minutes) {
    return minutes == null ? "–" : messages.text("attendance.minutes", minutes);
  }

  public Part getPart() {
    return part;
  }

  public void setPart(Part part) {
    this.part = part;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public Integer getLateAfterMinutes() {
    return lateAfterMinutes;
  }

  public void setLateAfterMinutes(Integer lateAfterMinutes) {
    this.lateAfterMinutes = lateAfterMinutes;
  }

  public Integer getMinimumMinutes() {
    return minimumMinutes;
  }

  public void setMinimumMinutes(Integer minimumMinutes) {
    this.minimumMinutes = minimumMinutes;
  }

  public Map<String, String> getMatches() {
    return matches;
  }
}
