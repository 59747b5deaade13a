package org.virtualcampus.reporting.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.function.Function;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.ChartJson;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.ShownFigures;
import org.virtualcampus.reporting.boundary.CohortComparison;
import org.virtualcampus.reporting.boundary.CohortComparisons;

/** A course's cohorts side by side: one chart of the rates, and the table of every figure. */
@Named
@ViewScoped
public class ComparisonBacking implements Serializable {
  @Inject CohortComparisons comparisons;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String course;
  private final ShownFigures<CohortComparison> shown = new ShownFigures<>();

  public void load() {
    shown.read(this::read);
  }

  private CohortComparison read() {
    try {
      return comparisons.of(course, current.get());
    } catch (RuntimeException e) {
      messages.failed(e, null);
      return null;
    }
  }

  /** Attendance, completion and practice participation per cohort, as grouped bars. */
  public String chart() {
    JsonArrayBuilder sets =
        ChartJson.array()
            .add(series("dashboard.attendance", r -> r.attendance(), "#1d4ed8"))
            .add(series("dashboard.completion", r -> r.completion(), "#2e7d32"))
            .add(series("dashboard.practice", r -> r.practiceParticipation(), "#b26a00"));
    return ChartJson.config(
        "bar", getShown().cohorts().stream().map(r -> r.name()).toList(), sets, null);
  }

  private jakarta.json.JsonObjectBuilder series(
      String key, Function<CohortComparison.Row, BigDecimal> value, String colour) {
    return ChartJson.dataset(
        messages.text(key),
        ChartJson.figures(getShown().cohorts().stream().map(value).toList()),
        colour);
  }

  public String percent(BigDecimal value) {
    return value == null ? "–" : value.toPlainString() + "%";
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public CohortComparison getShown() {
    return course == null ? null : shown.get(this::read);
  }
}
