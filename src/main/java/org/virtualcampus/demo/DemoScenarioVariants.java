package org.virtualcampus.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.boundary.ModuleOutline;
import org.virtualcampus.learning.boundary.ScenarioVariantForm;
import org.virtualcampus.learning.boundary.ScenarioVariants;
import org.virtualcampus.learning.boundary.ScenarioVariantsForm;
import org.virtualcampus.learning.entity.ItemKind;

/**
 * The demo scenario told for an interprofessional pairing: a nurse giving feedback to a physician
 * meets a different conversation (hierarchy, standing) than an educator with a student.
 */
@ApplicationScoped
public class DemoScenarioVariants {
  @Inject ScenarioVariants variants;

  /** Gives the module's role play its nurse-to-physician variant. */
  void seed(ModuleOutline module, Actor coordinator) {
    module.items().stream()
        .filter(i -> i.content().kind() == ItemKind.ROLE_PLAY)
        .findFirst()
        .ifPresent(
            item ->
                variants.replace(
                    item.id(), new ScenarioVariantsForm(List.of(nurseToPhysician())), coordinator));
  }

  private static ScenarioVariantForm nurseToPhysician() {
    return new ScenarioVariantForm(
        "NURSE",
        "PHYSICIAN",
        "You are the charge nurse on a medical ward. During a simulated handover you saw a"
            + " first-year resident hang an intravenous antibiotic without the required second-person"
            + " check. The patient came to no harm. You have ten minutes with the resident at the end"
            + " of the shift.",
        "You are the resident. You were covering two wards and the registrar kept paging you. You"
            + " know the policy, but you are not used to feedback from nursing staff and start out"
            + " dismissive. You soften if the nurse asks for your view first and keeps to what the"
            + " patient needed, and you respond well to a concrete plan you agree together.");
  }
}
