package org.virtualcampus.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How one member wants one kind of notice. No row means {@link Delivery#EMAIL}. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

  /** The composite key: a plain class, since JPA sets its fields. */
  public static class Key implements Serializable {
    private String memberId;
    private NotificationKind kind;

    public Key() {}

    public Key(String memberId, NotificationKind kind) {
      this.memberId = memberId;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && java.util.Objects.equals(k.memberId, memberId) && k.kind == kind;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(memberId, kind);
    }
  }

  @Id
  @Column(name = "member_id", length = 36)
  private String memberId;

  @Id
  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  protected NotificationPreference() {}

  public NotificationPreference(String memberId, NotificationKind kind, Delivery delivery) {
    if (!kind.isChoosable()) {
      throw new IllegalArgumentException(kind + " is always e-mailed");
    }
    this.memberId = memberId;
    this.kind = kind;
    this.delivery = delivery;
  }

  public void change(Delivery delivery) {
    this.delivery = delivery;
  }

  public String memberId() {
    return memberId;
  }

  public NotificationKind kind() {
    return kind;
  }

  public Delivery delivery() {
    return delivery;
  }
}
