package org.virtualcampus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.virtualcampus.identity.entity.Member;

/**
 * Stores a password just proven at sign-in again with today's hash settings, when its stored hash
 * is older and weaker; the member never notices.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PasswordUpgrade {
  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;

  /** Rehashes unless the stored hash changed since it was checked (a password change won). */
  public void rehash(PasswordOnFile checked, String password) {
    Member member = em.find(Member.class, checked.memberId(), LockModeType.PESSIMISTIC_WRITE);
    if (member != null && member.passwordHash().equals(checked.hash())) {
      member.rehashPassword(hasher.hash(password));
    }
  }
}
