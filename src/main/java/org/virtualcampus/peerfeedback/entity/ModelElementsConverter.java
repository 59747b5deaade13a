package org.virtualcampus.peerfeedback.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A model's elements as one JSON list: they are always read and written together. */
@Converter
public class ModelElementsConverter implements AttributeConverter<List<ModelElement>, String> {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(List<ModelElement> elements) {
    return JSON.toJson(elements == null ? List.of() : elements);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<ModelElement> convertToEntityAttribute(String json) {
    List<ModelElement> elements = new ArrayList<>();
    if (json != null && !json.isBlank()) {
      for (Map<String, Object> e : (List<Map<String, Object>>) JSON.fromJson(json, List.class)) {
        elements.add(
            new ModelElement(
                (String) e.get("key"), (String) e.get("title"), (String) e.get("description")));
      }
    }
    return List.copyOf(elements);
  }
}
