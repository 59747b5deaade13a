package org.virtualcampus.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.virtualcampus.notification.entity.Delivery;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.NotificationPreference;

/** Reads and writes members' choices per kind of notice; without a choice a notice is e-mailed. */
@ApplicationScoped
public class Preferences {
  @PersistenceContext EntityManager em;

  public Delivery deliveryOf(String memberId, NotificationKind kind) {
    if (!kind.isChoosable()) {
      return Delivery.EMAIL;
    }
    NotificationPreference p =
        em.find(NotificationPreference.class, new NotificationPreference.Key(memberId, kind));
    return p == null ? Delivery.EMAIL : p.delivery();
  }

  /** Every choosable kind with the member's choice, in the order of the kinds. */
  public Map<NotificationKind, Delivery> of(String memberId) {
    Map<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
    Arrays.stream(NotificationKind.values())
        .filter(NotificationKind::isChoosable)
        .forEach(k -> all.put(k, Delivery.EMAIL));
    em.createQuery(
            "select p from NotificationPreference p where p.memberId = :m",
            NotificationPreference.class)
        .setParameter("m", memberId)
        .getResultList()
        .forEach(p -> all.put(p.kind(), p.delivery()));
    return all;
  }

  public void set(String memberId, NotificationKind kind, Delivery delivery) {
    NotificationPreference p =
        em.find(NotificationPreference.class, new NotificationPreference.Key(memberId, kind));
    if (p == null) {
      em.persist(new NotificationPreference(memberId, kind, delivery));
    } else {
      p.change(delivery);
    }
  }
}
