package org.virtualcampus.learning.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.ScenarioVariant;

/** A role-play scenario's variant for one pairing of professions, as its author wrote it. */
@Schema(name = "ScenarioVariant")
public record ScenarioVariantView(
    String id,
    String giverProfession,
    String receiverProfession,
    String situation,
    String privateBrief)
    implements java.io.Serializable {
  static ScenarioVariantView of(ScenarioVariant v) {
    return new ScenarioVariantView(
        v.id(), v.giverProfession(), v.receiverProfession(), v.situation(), v.privateBrief());
  }
}
