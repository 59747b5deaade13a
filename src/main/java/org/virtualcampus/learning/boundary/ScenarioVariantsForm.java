package org.virtualcampus.learning.boundary;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Every variant a role-play scenario has from now on (none: the scenario is told one way). */
public class ScenarioVariantsForm implements Serializable {
  private List<@Valid ScenarioVariantForm> variants = new ArrayList<>();

  public ScenarioVariantsForm() {}

  public ScenarioVariantsForm(List<ScenarioVariantForm> variants) {
    this.variants = new ArrayList<>(variants);
  }

  public List<ScenarioVariantForm> getVariants() {
    return variants;
  }

  public void setVariants(List<ScenarioVariantForm> variants) {
    this.variants = variants;
  }
}
