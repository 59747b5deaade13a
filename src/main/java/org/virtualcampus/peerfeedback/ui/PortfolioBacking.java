package org.virtualcampus.peerfeedback.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.identity.ui.ViewerFormat;
import org.virtualcampus.peerfeedback.boundary.Portfolio;
import org.virtualcampus.peerfeedback.boundary.Portfolios;
import org.virtualcampus.platform.ui.ChartJson;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * A member's feedback portfolio: mean usefulness, each element's observed share over sessions (a
 * Chart.js line chart with the same figures as a table), every round given, and the PDF.
 */
@Named
@ViewScoped
public class PortfolioBacking implements Serializable {
  private static final String[] COLOURS = {
    "#1d4ed8", "#b45309", "#047857", "#9d174d", "#6d28d9", "#0f766e", "#b91c1c"
  };

  @Inject Portfolios portfolios;
  @Inject CurrentActor current;
  @Inject PageMessages messages;
  @Inject ViewerFormat format;

  private Portfolio shown;

  /** One figure of the chart as the table shows it. */
  public record TrendRow(String element, Instant startsAt, String percent)
      implements Serializable {}

  public void load() {
    try {
      shown = portfolios.mine(current.get());
    } catch (RuntimeException e) {
      shown = null;
      messages.failed(e, null);
    }
  }

  /** The chart's configuration for p:chart: one line per element, sessions along the axis. */
  public String chart() {
    if (shown == null) {
      return "{}";
    }
    TreeMap<Instant, String> sessions = new TreeMap<>();
    shown.trends().forEach(t -> t.points().forEach(p -> sessions.put(p.startsAt(), p.sessionId())));
    List<Instant> axis = new ArrayList<>(sessions.keySet());
    JsonArrayBuilder datasets = ChartJson.array();
    int n = 0;
    for (Portfolio.ElementTrend t : shown.trends()) {
      JsonArrayBuilder data = ChartJson.array();
      for (Instant at : axis) {
        t.points().stream()
            .filter(p -> p.startsAt().equals(at))
            .findFirst()
            .ifPresentOrElse(p -> data.add(percentOf(p.observed())), data::addNull);
      }
      String colour = COLOURS[n++ % COLOURS.length];
      datasets.add(
          ChartJson.object()
              .add("label", t.title())
              .add("data", data)
              .add("borderColor", colour)
              .add("backgroundColor", colour)
              .add("fill", false)
              .add("spanGaps", true));
    }
    return ChartJson.config(
        "line",
        axis.stream().map(format::date).toList(),
        datasets,
        ChartJson.object()
            .add(
                "scales",
                ChartJson.object()
                    .add(
                        "y",
                        ChartJson.object()
                            .add("min", 0)
                            .add("max", 100)
                            .add(
                                "title",
                                ChartJson.object()
                                    .add("display", true)
                                    .add("text", messages.text("portfolio.observedShare"))))));
  }

  /** The chart's figures, element by element and session by session. */
  public List<TrendRow> trendRows() {
    List<TrendRow> rows = new ArrayList<>();
    if (shown != null) {
      for (Portfolio.ElementTrend t : shown.trends()) {
        for (Portfolio.Point p : t.points()) {
          rows.add(new TrendRow(t.title(), p.startsAt(), percentOf(p.observed()) + " %"));
        }
      }
    }
    return rows;
  }

  public boolean hasTrends() {
    return shown != null && shown.trends().stream().anyMatch(t -> !t.points().isEmpty());
  }

  public StreamedContent pdf() {
    byte[] bytes = portfolios.pdf(current.get());
    return DefaultStreamedContent.builder()
        .name("feedback-portfolio.pdf")
        .contentType("application/pdf")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private static int percentOf(BigDecimal share) {
    return share == null
        ? 0
        : share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValue();
  }

  public Portfolio getShown() {
    return shown;
  }
}
