package org.virtualcampus.learning.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps a review's scores as one JSON document: they are always read and written together. */
@Converter
public class ScoresConverter implements AttributeConverter<List<Score>, String> {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(List<Score> scores) {
    return scores == null || scores.isEmpty() ? null : JSON.toJson(scores);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Score> convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    List<Score> scores = new ArrayList<>();
    for (Map<String, Object> s : (List<Map<String, Object>>) JSON.fromJson(json, List.class)) {
      scores.add(
          new Score(
              ((Number) s.get("criterion")).intValue(),
              (String) s.get("criterionTitle"),
              ((Number) s.get("level")).intValue(),
              (String) s.get("levelLabel"),
              ((Number) s.get("points")).intValue()));
    }
    return List.copyOf(scores);
  }
}
