package org.virtualcampus.platform.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * Builders for the Chart.js configurations the pages hand to PrimeFaces charts. {@code
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
}
