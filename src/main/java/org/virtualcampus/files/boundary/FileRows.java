package org.virtualcampus.files.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.virtualcampus.platform.persistence.InstantConverter;

/** The cleanup's statements, each in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class FileRows {
  @PersistenceContext EntityManager em;

  public List<String> unclaimedBefore(Instant before, int max) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        em.createNativeQuery(
                "select id from stored_file where claimed = false and created_at < ?1 order by id")
            .setParameter(1, InstantConverter.toColumn(before))
            .setMaxResults(max)
            .getResultList();
    return ids;
  }

  /** True for the one caller whose delete removed the row (still unclaimed at that moment). */
  public boolean deleteIfUnclaimed(String id) {
    return em.createNativeQuery("delete from stored_file where id = ?1 and claimed = false")
            .setParameter(1, id)
            .executeUpdate()
        == 1;
  }

  public boolean exists(String id) {
    return !em.createNativeQuery("select 1 from stored_file where id = ?1")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }
}
