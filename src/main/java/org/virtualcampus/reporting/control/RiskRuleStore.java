package org.virtualcampus.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.virtualcampus.reporting.entity.RiskRule;

/** Courses' risk rules; a course without one has the defaults. */
@ApplicationScoped
public class RiskRuleStore {
  @PersistenceContext EntityManager em;

  public Optional<RiskRule> stored(String courseId) {
    return Optional.ofNullable(em.find(RiskRule.class, courseId));
  }

  /** The course's rule, or the defaults (not stored). */
  public RiskRule of(String courseId) {
    return stored(courseId).orElseGet(() -> RiskRule.defaults(courseId));
  }

  public void keep(RiskRule rule) {
    em.persist(rule);
  }
}
