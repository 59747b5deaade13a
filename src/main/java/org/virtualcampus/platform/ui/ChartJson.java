package org.virtualcampus.platform.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Chart.js configurations the pages hand to PrimeFaces charts. {@code
 * Json.createObjectBuilder()} looks the JSON provider up through the service loader on every call
 * (a scan of the class path's service files): a dashboard with four charts did that dozens of times
 * per page view. The factory is looked up once.
 */
public final class ChartJson {
  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

  private ChartJson() {}

  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return BUILDERS.createArrayBuilder();
  }

  /** A dataset's figures, in the order of the labels; a missing figure leaves a gap. */
  public static JsonArrayBuilder figures(List<? extends Number> values) {
    JsonArrayBuilder data = array();
    for (Number v : values) {
      if (v == null) {
        data.addNull();
      } else if (v instanceof BigDecimal d) {
        data.add(d);
      } else {
        data.add(v.longValue());
      }
    }
    return data;
  }

  /** One dataset of filled shapes (bars) in one colour. */
  public static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return object().add("label", label).add("data", data).add("backgroundColor", colour);
  }

  /** A whole configuration: its type, the labels along the axis, the datasets, any options. */
  public static String config(
      String type, List<String> labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
    JsonArrayBuilder axis = array();
    labels.forEach(axis::add);
    JsonObjectBuilder config =
        object()
            .add("type", type)
            .add("data", object().add("labels", axis).add("datasets", datasets));
    if (options != null) {
      config.add("options", options);
    }
    return config.build().toString();
  }

  /** Bars of one dataset. */
  public static String bar(String label, List<String> labels, List<? extends Number> values) {
    return config("bar", labels, array().add(dataset(label, figures(values), "#1d4ed8")), null);
  }

  /** Mean usefulness (1 to 5) per practice session as a line; sessions without ratings gap. */
  public static String usefulnessLine(String label, List<String> sessions, List<BigDecimal> means) {
    JsonObjectBuilder line =
        object()
            .add("label", label)
            .add("data", figures(means))
            .add("borderColor", "#1d4ed8")
            .add("backgroundColor", "#1d4ed8");
    return config(
        "line",
        sessions,
        array().add(line),
        object().add("scales", object().add("y", object().add("min", 1).add("max", 5))));
  }
}
