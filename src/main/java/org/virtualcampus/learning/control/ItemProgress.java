package org.virtualcampus.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.virtualcampus.platform.persistence.InstantConverter;

/**
 * Which items a member marked done in a cohort. The one place the completion rule reads from: the
 * educator's progress, the facilitator's view and the reports ask here. Marking twice keeps one row
 * (the table's key; a second insert is ignored), so a double click or two instances cannot count an
 * item twice.
 */
@ApplicationScoped
public class ItemProgress {
  @PersistenceContext EntityManager em;

  public Set<String> doneBy(String memberId, String cohortId) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        em.createNativeQuery(
                "select item_id from item_done where member_id = ?1 and cohort_id = ?2")
            .setParameter(1, memberId)
            .setParameter(2, cohortId)
            .getResultList();
    return new HashSet<>(ids);
  }

  public void markDone(String memberId, String cohortId, String itemId, Instant now) {
    em.createNativeQuery(
            "insert ignore into item_done (member_id, cohort_id, item_id, done_at)"
                + " select ?1, ?2, ?3, ?4 from module_item where id = ?3")
        .setParameter(1, memberId)
        .setParameter(2, cohortId)
        .setParameter(3, itemId)
        .setParameter(4, InstantConverter.toColumn(now))
        .executeUpdate();
  }

  public void markNotDone(String memberId, String cohortId, String itemId) {
    em.createNativeQuery(
            "delete from item_done where member_id = ?1 and cohort_id = ?2 and item_id = ?3")
        .setParameter(1, memberId)
        .setParameter(2, cohortId)
        .setParameter(3, itemId)
        .executeUpdate();
  }
}
