package org.virtualcampus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.MemberLink;

/** Stores and finds single-use links mailed to members; callers hold the transaction. */
@ApplicationScoped
public class MemberLinkRepository {

  @PersistenceContext EntityManager em;

  /** A new link for the member; their unused links of the same purpose stop counting. */
  public MemberLink.Issued issue(
      Member member, MemberLink.Purpose purpose, Instant now, Duration lifetime) {
    em.createNamedQuery(MemberLink.DROP_OPEN)
        .setParameter("member", member.id())
        .setParameter("purpose", purpose)
        .executeUpdate();
    MemberLink.Issued issued = MemberLink.issue(member, purpose, now, lifetime);
    em.persist(issued.stored());
    return issued;
  }

  /**
   * The link with this token, locked so that two uses at the same moment cannot both count; an
   * unknown token is a 400 (nobody issued it).
   */
  public MemberLink locked(String token) {
    if (!MemberLink.wellFormed(token)) {
      throw MemberLink.unknown();
    }
    return em.createNamedQuery(MemberLink.BY_HASH, MemberLink.class)
        .setParameter("hash", MemberLink.hash(token))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(MemberLink::unknown);
  }

  /** The member a link belongs to, locked for the change the link makes. */
  public Member lockedMember(MemberLink link) {
    return em.find(Member.class, link.memberId(), LockModeType.PESSIMISTIC_WRITE);
  }
}
