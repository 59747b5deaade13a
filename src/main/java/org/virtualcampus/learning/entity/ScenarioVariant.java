package org.virtualcampus.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.virtualcampus.platform.persistence.Ids;

/**
 * A role-play scenario told for one pairing of professions: the giver's and the receiver's
 * profession (names of the identity feature's professions), the situation the round reads and the
 * receiver's private brief. An item has at most one variant per pairing (a unique key holds it).
 */
@Entity
@Table(name = "scenario_variant")
public class ScenarioVariant {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "item_id")
  private String itemId;

  private int position;

  @Column(name = "giver_profession")
  private String giverProfession;

  @Column(name = "receiver_profession")
  private String receiverProfession;

  /** Markdown, like the item's body. */
  private String situation;

  @Column(name = "private_brief")
  private String privateBrief;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ScenarioVariant() {}

  public ScenarioVariant(
      String itemId,
      int position,
      String giverProfession,
      String receiverProfession,
      String situation,
      String privateBrief,
      Instant now) {
    this.id = Ids.newId();
    this.itemId = itemId;
    this.position = position;
    this.giverProfession = giverProfession;
    this.receiverProfession = receiverProfession;
    this.situation = situation.strip();
    this.privateBrief =
        privateBrief == null || privateBrief.isBlank() ? null : privateBrief.strip();
    this.createdAt = now;
  }

  public ScenarioVariant copyInto(String otherItemId, Instant now) {
    return new ScenarioVariant(
        otherItemId, position, giverProfession, receiverProfession, situation, privateBrief, now);
  }

  /** Whether a round with this giver and receiver reads this variant. */
  public boolean fits(String giver, String receiver) {
    return giverProfession.equals(giver) && receiverProfession.equals(receiver);
  }

  public String id() {
    return id;
  }

  public String itemId() {
    return itemId;
  }

  public int position() {
    return position;
  }

  public String giverProfession() {
    return giverProfession;
  }

  public String receiverProfession() {
    return receiverProfession;
  }

  public String situation() {
    return situation;
  }

  public String privateBrief() {
    return privateBrief;
  }
}
