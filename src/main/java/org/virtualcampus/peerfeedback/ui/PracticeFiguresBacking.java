package org.virtualcampus.peerfeedback.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.peerfeedback.boundary.PracticeFigures;
import org.virtualcampus.peerfeedback.boundary.PracticeReports;
import org.virtualcampus.platform.ui.ChartJson;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.ShownFigures;

/**
 * A cohort's practice figures for its staff: participation, mean usefulness per session as a chart
 * (with the same figures in the table), the elements most often not observed, professions mixed.
 */
@Named
@ViewScoped
public class PracticeFiguresBacking implements Serializable {
  @Inject PracticeReports reports;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String cohort;
  private final ShownFigures<PracticeFigures> shown = new ShownFigures<>();

  public void load() {
    shown.read(this::read);
  }

  private PracticeFigures read() {
    try {
      return reports.ofCohort(cohort, current.get());
    } catch (RuntimeException e) {
      messages.failed(e, null);
      return null;
    }
  }

  /** Mean usefulness (1 to 5) per session, as a Chart.js line; sessions without ratings gap. */
  public String chart() {
    return ChartJson.usefulnessLine(
        messages.text("figures.usefulness"),
        getShown().sessions().stream().map(PracticeFigures.SessionFigures::title).toList(),
        getShown().sessions().stream()
            .map(PracticeFigures.SessionFigures::meanUsefulness)
            .toList());
  }

  public String decimal(BigDecimal value) {
    return value == null ? "–" : value.toPlainString();
  }

  public int roundsHeld() {
    return getShown().sessions().stream()
        .mapToInt(PracticeFigures.SessionFigures::roundsHeld)
        .sum();
  }

  public int formsSubmitted() {
    return getShown().sessions().stream()
        .mapToInt(PracticeFigures.SessionFigures::formsSubmitted)
        .sum();
  }

  public int formsDue() {
    return getShown().sessions().stream().mapToInt(PracticeFigures.SessionFigures::formsDue).sum();
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public PracticeFigures getShown() {
    return cohort == null ? null : shown.get(this::read);
  }
}
