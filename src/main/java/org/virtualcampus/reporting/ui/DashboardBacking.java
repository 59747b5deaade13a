package org.virtualcampus.reporting.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.ChartJson;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.reporting.boundary.CohortDashboard;
import org.virtualcampus.reporting.boundary.CohortExports;
import org.virtualcampus.reporting.boundary.Dashboards;

/**
 * The cohort dashboard page. Charts get their data as Chart.js JSON; every chart has a table of the
 * same figures beside it for screen readers and keyboard users. Exports are served through the page
 * session (the REST API does not accept page cookies).
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {
  @Inject Dashboards dashboards;
  @Inject org.virtualcampus.reporting.boundary.RiskReminders reminders;
  @Inject CohortExports exports;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String cohort;
  private CohortDashboard shown;

  public void load() {
    try {
      shown = dashboards.of(cohort, current.get());
    } catch (RuntimeException e) {
      shown = null;
      messages.failed(e, null);
    }
  }

  /** Sends every member at risk a reminder through the outbox and says how many went. */
  public void remindAtRisk() {
    try {
      messages.info("dashboard.reminded", reminders.remind(cohort, current.get()).sent());
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  public String title() {
    return shown == null
        ? messages.text("dashboard.titlePlain")
        : messages.text("dashboard.title", shown.cohortName());
  }

  public String attendanceChart() {
    return bar(
        messages.text("dashboard.attendancePercent"),
        shown.attendance().sessions(),
        r -> r.label(),
        r -> r.percent());
  }

  public String homeworkChart() {
    List<CohortDashboard.ModuleHomework> modules = shown.homework().modules();
    JsonArrayBuilder labels = ChartJson.array();
    modules.forEach(m -> labels.add(m.title()));
    JsonArrayBuilder sets = ChartJson.array();
    sets.add(series(messages.text("dashboard.onTime"), modules, m -> m.onTime(), "#2e7d32"));
    sets.add(series(messages.text("dashboard.late"), modules, m -> m.late(), "#b26a00"));
    sets.add(series(messages.text("dashboard.missing"), modules, m -> m.missing(), "#b3261e"));
    sets.add(series(messages.text("dashboard.pending"), modules, m -> m.pending(), "#6b7280"));
    return ChartJson.object()
        .add("type", "bar")
        .add("data", ChartJson.object().add("labels", labels).add("datasets", sets))
        .add(
            "options",
            ChartJson.object()
                .add(
                    "scales",
                    ChartJson.object()
                        .add("x", ChartJson.object().add("stacked", true))
                        .add("y", ChartJson.object().add("stacked", true))))
        .build()
        .toString();
  }

  /** A line over the practice sessions: whether the feedback on feedback grew more useful. */
  public String usefulnessChart() {
    JsonArrayBuilder labels = ChartJson.array();
    JsonArrayBuilder values = ChartJson.array();
    for (CohortDashboard.SessionUsefulness s : shown.practice().sessions()) {
      labels.add(s.title());
      if (s.meanUsefulness() == null) {
        values.addNull();
      } else {
        values.add(s.meanUsefulness());
      }
    }
    var dataset =
        ChartJson.object()
            .add("label", messages.text("dashboard.meanUsefulness"))
            .add("data", values)
            .add("borderColor", "#1d4ed8")
            .add("backgroundColor", "#1d4ed8");
    var y = ChartJson.object().add("min", 1).add("max", 5);
    return ChartJson.object()
        .add("type", "line")
        .add(
            "data",
            ChartJson.object()
                .add("labels", labels)
                .add("datasets", ChartJson.array().add(dataset)))
        .add("options", ChartJson.object().add("scales", ChartJson.object().add("y", y)))
        .build()
        .toString();
  }

  public String funnelChart() {
    return bar(
        messages.text("dashboard.people"),
        shown.funnel().steps(),
        s -> messages.text("dashboard.step." + s.step()),
        s -> BigDecimal.valueOf(s.count()));
  }

  public StreamedContent getCsv() {
    byte[] csv = exports.attendanceCsv(cohort, current.get());
    return download(csv, "attendance.csv", "text/csv; charset=utf-8");
  }

  public StreamedContent getPdf() {
    byte[] pdf = exports.summaryPdf(cohort, current.get());
    return download(pdf, "cohort-summary.pdf", "application/pdf");
  }

  private static StreamedContent download(byte[] content, String name, String type) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  private static <T> String bar(
      String label, List<T> rows, Function<T, String> name, Function<T, BigDecimal> value) {
    JsonArrayBuilder labels = ChartJson.array();
    JsonArrayBuilder values = ChartJson.array();
    for (T row : rows) {
      labels.add(name.apply(row));
      BigDecimal v = value.apply(row);
      if (v == null) {
        values.addNull();
      } else {
        values.add(v);
      }
    }
    return ChartJson.object()
        .add("type", "bar")
        .add(
            "data",
            ChartJson.object()
                .add("labels", labels)
                .add(
                    "datasets",
                    ChartJson.array()
                        .add(
                            ChartJson.object()
                                .add("label", label)
                                .add("data", values)
                                .add("backgroundColor", "#1d4ed8"))))
        .build()
        .toString();
  }

  private static <T> jakarta.json.JsonObjectBuilder series(
      String label, List<T> rows, Function<T, Integer> value, String colour) {
    JsonArrayBuilder values = ChartJson.array();
    rows.forEach(r -> values.add(value.apply(r)));
    return ChartJson.object()
        .add("label", label)
        .add("data", values)
        .add("backgroundColor", colour);
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public CohortDashboard getShown() {
    return shown;
  }
}
