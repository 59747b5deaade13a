package org.virtualcampus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Locale;
import java.util.Optional;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.paging.PagedQuery;

/** Reads members: by e-mail, and a paged search by name or e-mail and role. */
@ApplicationScoped
public class MemberQueries {

  @PersistenceContext EntityManager em;

  public Optional<Member> byId(String id) {
    return Optional.ofNullable(id == null ? null : em.find(Member.class, id));
  }

  public Optional<Member> byEmail(String email) {
    return em.createNamedQuery(Member.BY_EMAIL, Member.class)
        .setParameter("email", Member.normalize(email))
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createNamedQuery(Member.COUNT_ALL, Long.class).getSingleResult();
  }

  public boolean anyWithRole(Role role) {
    return !em.createQuery("select m.id from Member m join m.roles r where r = :role", String.class)
        .setParameter("role", role)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Members whose name or e-mail contains {@code text} (any case), optionally with one role. */
  public Page<Member> search(String text, Role role, PageRequest paging) {
    String pattern =
        text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    String where =
        " where 1 = 1"
            + (pattern == null
                ? ""
                : " and (lower(m.displayName) like :text or m.emailNormalized like :text)")
            + (role == null ? "" : " and :role member of m.roles");
    TypedQuery<Long> count = em.createQuery("select count(m) from Member m" + where, Long.class);
    TypedQuery<Member> items =
        em.createQuery(
            "select m from Member m" + where + " order by m.displayName, m.id", Member.class);
    if (pattern != null) {
      count.setParameter("text", pattern);
      items.setParameter("text", pattern);
    }
    if (role != null) {
      count.setParameter("role", role);
      items.setParameter("role", role);
    }
    return PagedQuery.of(count, items, paging);
  }
}
