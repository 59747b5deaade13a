package org.virtualcampus.attendance.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.attendance.entity.AttendanceStatus;

/** A roll call mark: the status and, if wanted, a note. */
@Schema(name = "AttendanceMark")
public class MarkForm implements Serializable {
  @NotNull(message = "status is required: PRESENT, LATE, ABSENT or EXCUSED")
  private AttendanceStatus status;

  @Size(max = 500, message = "note is at most 500 characters")
  @Schema(description = "Why, for example 'left at 10:40 for a clinic call'")
  private String note;

  public MarkForm() {}

  public MarkForm(AttendanceStatus status, String note) {
    this.status = status;
    this.note = note;
  }

  public AttendanceStatus getStatus() {
    return status;
  }

  public void setStatus(AttendanceStatus status) {
    this.status = status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
