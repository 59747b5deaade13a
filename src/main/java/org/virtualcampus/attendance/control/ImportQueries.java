package org.virtualcampus.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.virtualcampus.attendance.entity.AttendanceImport;

/** Uploaded participant reports waiting to be applied. Callers hold the transaction. */
@ApplicationScoped
public class ImportQueries {
  @PersistenceContext EntityManager em;

  public void keep(AttendanceImport upload) {
    em.persist(upload);
  }

  public Optional<AttendanceImport> find(String id, boolean lock) {
    return Optional.ofNullable(
        lock
            ? em.find(AttendanceImport.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(AttendanceImport.class, id));
  }

  public void remove(AttendanceImport upload) {
    em.remove(upload);
  }

  /** Reports uploaded and never applied are forgotten after a while; returns how many. */
  public int forgetOlderThan(Instant before) {
    return em.createQuery("delete from AttendanceImport i where i.uploadedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
