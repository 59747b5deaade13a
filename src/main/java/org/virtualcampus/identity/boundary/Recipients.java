package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Profession;

/**
 * How other features (notifications, enrollment notices) address members: current name, address,
 * language and time zone, read by id in one statement however many are asked for.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Recipients {
  /** The columns {@link #recipientOf} reads, first in every select that addresses members. */
  private static final String ADDRESS = "m.id, m.email, m.displayName, m.language, m.timeZone";

  @PersistenceContext EntityManager em;

  private static Recipient recipientOf(Object[] r) {
    return new Recipient(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        r[3] == null ? Member.DEFAULT_LANGUAGE : (String) r[3],
        ZoneId.of((String) r[4]));
  }

  /** How to address one member, for notifications. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Recipient> recipient(String memberId) {
    return memberId == null
        ? Optional.empty()
        : Optional.ofNullable(recipients(List.of(memberId)).get(memberId));
  }

  /** A member asking for something: how to address them, their verified address and profession. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Applicant> applicant(String memberId) {
    return em.createQuery(
            "select " + ADDRESS + ", m.emailVerified, m.profession from Member m where m.id = :id",
            Object[].class)
        .setParameter("id", memberId)
        .getResultStream()
        .findFirst()
        .map(r -> new Applicant(recipientOf(r), (Boolean) r[5], (Profession) r[6]));
  }

  /** How to address several members, in one statement whatever their number. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Recipient> recipients(Collection<String> memberIds) {
    Map<String, Recipient> found = new HashMap<>();
    if (memberIds.isEmpty()) {
      return found;
    }
    em.createQuery("select " + ADDRESS + " from Member m where m.id in :ids", Object[].class)
        .setParameter("ids", new ArrayList<>(new HashSet<>(memberIds)))
        .getResultList()
        .forEach(r -> found.put((String) r[0], recipientOf(r)));
    return found;
  }

  /** Each member's profession (the enum name), for mixing professions in practice groups. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> professions(Collection<String> memberIds) {
    Map<String, String> found = new HashMap<>();
    if (memberIds.isEmpty()) {
      return found;
    }
    em.createQuery("select m.id, m.profession from Member m where m.id in :ids", Object[].class)
        .setParameter("ids", new ArrayList<>(new HashSet<>(memberIds)))
        .getResultList()
        .forEach(r -> found.put((String) r[0], r[1] == null ? "OTHER" : r[1].toString()));
    return found;
  }

  /** The professions a profile can name, in their order, for data keyed by profession. */
  public List<String> professionNames() {
    return java.util.Arrays.stream(org.virtualcampus.identity.entity.Profession.values())
        .map(Enum::name)
        .toList();
  }
}
