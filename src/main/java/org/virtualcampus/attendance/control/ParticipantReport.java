package org.virtualcampus.attendance.control;

import java.util.List;
import java.util.Objects;

/** The people of one conferencing report, in the order they first appear in the file. */
public record ParticipantReport(ReportShape shape, List<ReportedParticipant> participants) {
  public ParticipantReport {
    Objects.requireNonNull(shape, "shape");
    participants = List.copyOf(participants);
  }
}
