package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One variant of a role-play scenario as its author writes it: the pairing (giver's and receiver's
 * profession, as {@code GET /members/professions} names them), the situation and the receiver's
 * private brief. Required fields and known professions are checked by {@link ScenarioVariants} so
 * the refusal can name the variant by its index.
 */
public class ScenarioVariantForm implements Serializable {
  private String giverProfession;
  private String receiverProfession;

  @Size(max = 20000)
  private String situation;

  @Size(max = 8000)
  private String privateBrief;

  public ScenarioVariantForm() {}

  public ScenarioVariantForm(
      String giverProfession, String receiverProfession, String situation, String privateBrief) {
    this.giverProfession = giverProfession;
    this.receiverProfession = receiverProfession;
    this.situation = situation;
    this.privateBrief = privateBrief;
  }

  public String getGiverProfession() {
    return giverProfession;
  }

  public void setGiverProfession(String giverProfession) {
    this.giverProfession = giverProfession;
  }

  public String getReceiverProfession() {
    return receiverProfession;
  }

  public void setReceiverProfession(String receiverProfession) {
    this.receiverProfession = receiverProfession;
  }

  public String getSituation() {
    return situation;
  }

  public void setSituation(String situation) {
    this.situation = situation;
  }

  public String getPrivateBrief() {
    return privateBrief;
  }

  public void setPrivateBrief(String privateBrief) {
    this.privateBrief = privateBrief;
  }
}
