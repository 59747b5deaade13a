package org.virtualcampus.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for a complete module, in SQL: every item is done and, where the module has
 * homework, it is handed in (or, where the course says so, accepted with the feedback released).
 * The educator's progress, the facilitator's overview and the reports all ask here.
 */
@ApplicationScoped
public class ModuleCompletion {

  private static final String ITEMS_DONE =
      " not exists (select 1 from module_item i where i.module_id = m.id"
          + "   and not exists (select 1 from item_done d where d.item_id = i.id"
          + "     and d.cohort_id = ?1 and d.member_id = {member}))";

  /** True without homework too: then there is nothing to hand in. */
  private static final String HOMEWORK_DONE =
      " not exists (select 1 from homework h where h.module_id = m.id"
          + "   and not exists (select 1 from submission s where s.homework_id = h.id"
          + "     and s.cohort_id = ?1 and s.member_id = {member}"
          + "     and ((s.state = 'ACCEPTED' and s.released_at is not null)"
          + "       or (s.state <> 'DRAFT' and coalesce((select l.homework_completion"
          + "            from course_learning l where l.course_id = m.course_id), 'SUBMITTED')"
          + "            = 'SUBMITTED'))))";

  private static final String ONE_MEMBER =
      ("select m.id, case when"
              + HOMEWORK_DONE
              + " then 1 else 0 end, case when"
              + ITEMS_DONE
              + " and"
              + HOMEWORK_DONE
              + " then 1 else 0 end from course_module m where m.course_id = ?2")
          .replace("{member}", "?3");

  /** Members with any progress in the cohort: nobody else has completed a module with content. */
  private static final String EVERYONE =
      ("select p.member_id, m.id from course_module m,"
              + " (select member_id from item_done where cohort_id = ?1"
              + "  union select member_id from submission where cohort_id = ?1) p"
              + " where m.course_id = ?2 and"
              + ITEMS_DONE
              + " and"
              + HOMEWORK_DONE)
          .replace("{member}", "p.member_id");

  @PersistenceContext EntityManager em;

  /** Where one member stands: modules whose homework counts as done, and complete modules. */
  public record MemberCompletion(Set<String> homeworkDone, Set<String> complete) {}

  public MemberCompletion of(String memberId, String cohortId, String courseId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(ONE_MEMBER)
            .setParameter(1, cohortId)
            .setParameter(2, courseId)
            .setParameter(3, memberId)
            .getResultList();
    Set<String> homework = new HashSet<>();
    Set<String> complete = new HashSet<>();
    for (Object[] row : rows) {
      if (((Number) row[1]).intValue() == 1) {
        homework.add((String) row[0]);
      }
      if (((Number) row[2]).intValue() == 1) {
        complete.add((String) row[0]);
      }
    }
    return new MemberCompletion(homework, complete);
  }

  /** The modules each member of the cohort completed, by member id. */
  public Map<String, Set<String>> completedInCohort(String cohortId, String courseId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(EVERYONE)
            .setParameter(1, cohortId)
            .setParameter(2, courseId)
            .getResultList();
    Map<String, Set<String>> byMember = new HashMap<>();
    for (Object[] row : rows) {
      byMember.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
    }
    return byMember;
  }
}
