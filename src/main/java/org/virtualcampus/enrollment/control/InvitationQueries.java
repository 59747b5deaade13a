package org.virtualcampus.enrollment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtualcampus.enrollment.entity.Invitation;
import org.virtualcampus.enrollment.entity.InvitationStatus;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.paging.PagedQuery;

/** Reads invitations and the interest funnel of a cohort. */
@ApplicationScoped
public class InvitationQueries {
  @PersistenceContext EntityManager em;

  /**
   * Whether an invitation lets {@code email} into the cohort now; an expired one no longer does.
   */
  public boolean isInvited(String cohortId, String email, Instant now) {
    return byEmail(cohortId, email).filter(i -> i.admits(now)).isPresent();
  }

  public Optional<Invitation> byEmail(String cohortId, String email) {
    return em.createQuery(
            "select i from Invitation i where i.cohortId = :c and i.emailNormalized = :e",
            Invitation.class)
        .setParameter("c", cohortId)
        .setParameter("e", Member.normalize(email))
        .getResultStream()
        .findFirst();
  }

  public Optional<Invitation> byTokenHash(String hash) {
    return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
        .setParameter("h", hash)
        .getResultStream()
        .findFirst();
  }

  public List<String> invitedEmails(String cohortId, List<String> normalizedEmails) {
    if (normalizedEmails.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select i.emailNormalized from Invitation i where i.cohortId = :c"
                + " and i.emailNormalized in :emails",
            String.class)
        .setParameter("c", cohortId)
        .setParameter("emails", normalizedEmails)
        .getResultList();
  }

  /** How many invitations are in each state (opened ones that were answered count as answered). */
  public Map<InvitationStatus, Long> funnel(String cohortId) {
    Map<InvitationStatus, Long> counts = new EnumMap<>(InvitationStatus.class);
    for (InvitationStatus s : InvitationStatus.values()) {
      counts.put(s, 0L);
    }
    em.createQuery(
            "select i.status, count(i) from Invitation i where i.cohortId = :c group by i.status",
            Object[].class)
        .setParameter("c", cohortId)
        .getResultList()
        .forEach(row -> counts.put((InvitationStatus) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  public Page<Invitation> ofCohort(String cohortId, PageRequest paging) {
    return PagedQuery.of(
        em.createQuery("select count(i) from Invitation i where i.cohortId = :c", Long.class)
            .setParameter("c", cohortId),
        em.createQuery(
                "select i from Invitation i where i.cohortId = :c"
                    + " order by i.invitedAt desc, i.emailNormalized",
                Invitation.class)
            .setParameter("c", cohortId),
        paging);
  }
}
