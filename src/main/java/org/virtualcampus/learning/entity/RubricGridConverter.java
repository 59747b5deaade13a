package org.virtualcampus.learning.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps a rubric's grid as one JSON document (it is always read and written whole). */
@Converter
public class RubricGridConverter implements AttributeConverter<RubricGrid, String> {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(RubricGrid grid) {
    return grid == null ? null : JSON.toJson(grid);
  }

  @Override
  @SuppressWarnings("unchecked")
  public RubricGrid convertToEntityAttribute(String json) {
    if (json == null) {
      return null;
    }
    Map<String, Object> raw = JSON.fromJson(json, Map.class);
    List<RubricGrid.Level> levels = new ArrayList<>();
    for (Map<String, Object> level : (List<Map<String, Object>>) raw.get("levels")) {
      levels.add(
          new RubricGrid.Level(
              (String) level.get("label"), ((Number) level.get("points")).intValue()));
    }
    List<RubricGrid.Criterion> criteria = new ArrayList<>();
    for (Map<String, Object> criterion : (List<Map<String, Object>>) raw.get("criteria")) {
      criteria.add(
          new RubricGrid.Criterion(
              (String) criterion.get("title"), (List<String>) criterion.get("descriptors")));
    }
    return new RubricGrid(levels, criteria);
  }
}
