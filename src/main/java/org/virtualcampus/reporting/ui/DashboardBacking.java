package org.virtualcampus.reporting.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import org.virtualcampus.platform.ui.ShownFigures;
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

  private final ShownFigures<CohortDashboard> shown = new ShownFigures<>();

  public void load() {
    shown.read(this::read);
  }

  private CohortDashboard read() {
    try {
      return dashboards.of(cohort, current.get());
    } catch (RuntimeException e) {
      messages.failed(e, null);
      return null;
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
    return getShown() == null
        ? messages.text("dashboard.titlePlain")
        : messages.text("dashboard.title", getShown().cohortName());
  }

  public String attendanceChart() {
    var sessions = getShown().attendance().sessions();
    return ChartJson.bar(
        messages.text("dashboard.attendancePercent"),
        sessions.stream().map(r -> r.label()).toList(),
        sessions.stream().map(r -> r.percent()).toList());
  }

  public String homeworkChart() {
    List<CohortDashboard.ModuleHomework> modules = getShown().homework().modules();
    JsonArrayBuilder sets = ChartJson.array();
    sets.add(series("dashboard.onTime", modules, m -> m.onTime(), "#2e7d32"));
    sets.add(series("dashboard.late", modules, m -> m.late(), "#b26a00"));
    sets.add(series("dashboard.missing", modules, m -> m.missing(), "#b3261e"));
    sets.add(series("dashboard.pending", modules, m -> m.pending(), "#6b7280"));
    return ChartJson.config(
        "bar",
        modules.stream().map(m -> m.title()).toList(),
        sets,
        ChartJson.object()
            .add(
                "scales",
                ChartJson.object()
                    .add("x", ChartJson.object().add("stacked", true))
                    .add("y", ChartJson.object().add("stacked", true))));
  }

  /** A line over the practice sessions: whether the feedback on feedback grew more useful. */
  public String usefulnessChart() {
    var sessions = getShown().practice().sessions();
    return ChartJson.usefulnessLine(
        messages.text("dashboard.meanUsefulness"),
        sessions.stream().map(s -> s.title()).toList(),
        sessions.stream().map(s -> s.meanUsefulness()).toList());
  }

  public String funnelChart() {
    var steps = getShown().funnel().steps();
    return ChartJson.bar(
        messages.text("dashboard.people"),
        steps.stream().map(s -> messages.text("dashboard.step." + s.step())).toList(),
        steps.stream().map(s -> BigDecimal.valueOf(s.count())).toList());
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

  private JsonObjectBuilder series(
      String key,
      List<CohortDashboard.ModuleHomework> modules,
      Function<CohortDashboard.ModuleHomework, Integer> value,
      String colour) {
    return ChartJson.dataset(
        messages.text(key), ChartJson.figures(modules.stream().map(value).toList()), colour);
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public CohortDashboard getShown() {
    return cohort == null ? null : shown.get(this::read);
  }
}
