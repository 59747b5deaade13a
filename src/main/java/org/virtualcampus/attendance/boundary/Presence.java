package org.virtualcampus.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.virtualcampus.attendance.control.Register;
import org.virtualcampus.attendance.entity.AttendanceStatus;

/** Who is in a session now, for the features that work with those present (practice groups). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Presence {
  @Inject Register register;

  /** Members recorded present or late, in a stable order. */
  public List<String> presentAt(String sessionId) {
    return register.ofSession(sessionId).values().stream()
        .filter(r -> r.status() == AttendanceStatus.PRESENT || r.status() == AttendanceStatus.LATE)
        .map(r -> r.memberId())
        .sorted()
        .toList();
  }
}
