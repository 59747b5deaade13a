package org.virtualcampus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.virtualcampus.identity.entity.Caller;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.paging.PagedQuery;
import org.virtualcampus.platform.persistence.Like;

/** Reads members: by e-mail, and a paged search by name or e-mail and role. */
@ApplicationScoped
public class MemberQueries {

  @PersistenceContext EntityManager em;

  public Optional<Member> byId(String id) {
    return Optional.ofNullable(id == null ? null : em.find(Member.class, id));
  }

  /** The member with their roles in one statement, for answers that show both. */
  public Optional<Member> withRoles(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select distinct m from Member m left join fetch m.roles where m.id = :id",
            Member.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The members with these ids, in one query (ids without a member are left out). */
  public List<Member> byIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select m from Member m where m.id in :ids", Member.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public Optional<Member> byEmail(String email) {
    return em.createNamedQuery(Member.BY_EMAIL, Member.class)
        .setParameter("email", Member.normalize(email))
        .getResultStream()
        .findFirst();
  }

  /** Id and password hash of the member with this e-mail (any case); empty when there is none. */
  public Optional<PasswordOnFile> passwordOnFile(String email) {
    return em.createQuery(
            "select m.id, m.passwordHash from Member m where m.emailNormalized = :email",
            Object[].class)
        .setParameter("email", Member.normalize(email))
        .getResultStream()
        .findFirst()
        .map(row -> new PasswordOnFile((String) row[0], (String) row[1]));
  }

  /** Credentials version and roles of a member in one query; empty for an unknown id. */
  public Optional<Caller> caller(String id) {
    List<Object[]> rows =
        em.createNamedQuery(Member.CALLER, Object[].class).setParameter("id", id).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    rows.forEach(row -> roles.add((Role) row[1]));
    return Optional.of(new Caller(id, ((Number) rows.get(0)[0]).longValue(), roles));
  }

  /**
   * Locks the rows of every admin, in id order so that two transactions doing this cannot deadlock,
   * and returns their ids as the database has them after any concurrent change committed. The
   * caller must hold a transaction; the locks last until it ends.
   */
  @SuppressWarnings("unchecked")
  public List<String> lockAdmins() {
    return em.createNativeQuery(
            "select m.id from member m join member_role r on r.member_id = m.id"
                + " where r.role = ? order by m.id for update")
        .setParameter(1, Role.ADMIN.name())
        .getResultList();
  }

  /** E-mail and password hash of every member whose address ends with {@code @domain}. */
  public List<String[]> emailsAndHashes(String domain) {
    String suffix = "@" + domain.toLowerCase(java.util.Locale.ROOT).replaceAll("([!%_])", "!$1");
    return em
        .createQuery(
            "select m.email, m.passwordHash from Member m"
                + " where m.emailNormalized like :suffix escape '!'",
            Object[].class)
        .setParameter("suffix", "%" + suffix)
        .getResultList()
        .stream()
        .map(r -> new String[] {(String) r[0], (String) r[1]})
        .toList();
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

  /**
   * Members whose name or e-mail contains {@code text} (any case, {@code %} and {@code _} taken
   * literally), optionally with one role.
   */
  public Page<Member> search(String text, Role role, PageRequest paging) {
    String pattern = Like.containsLowerCase(text);
    String where =
        " where 1 = 1"
            + (pattern == null
                ? ""
                : " and (lower(m.displayName) like :text escape '!'"
                    + " or m.emailNormalized like :text escape '!')")
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
