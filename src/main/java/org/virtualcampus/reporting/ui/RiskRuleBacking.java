package org.virtualcampus.reporting.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.ui.CourseAuthoringBacking;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.reporting.boundary.RiskRuleForm;
import org.virtualcampus.reporting.boundary.RiskRules;

/** The members-at-risk card on the coordinator's course page. */
@Named
@ViewScoped
public class RiskRuleBacking implements Serializable {
  @Inject RiskRules rules;
  @Inject CourseAuthoringBacking page;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private RiskRuleForm form;

  public RiskRuleForm getForm() {
    if (form == null && page.getCourse() != null) {
      try {
        form = rules.of(page.getId(), current.get());
      } catch (RuntimeException e) {
        messages.failed(e, null);
      }
    }
    return form;
  }

  public void save() {
    try {
      form = rules.change(page.getId(), form, current.get());
      messages.info("riskRule.saved");
    } catch (RuntimeException e) {
      messages.failed(e, "riskRule");
    }
  }
}
