package org.virtualcampus.peerfeedback.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A form's answers as one JSON document: always read and written together. */
@Converter
public class FormAnswersConverter implements AttributeConverter<FormAnswers, String> {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(FormAnswers answers) {
    return JSON.toJson(answers == null ? new FormAnswers() : answers);
  }

  @Override
  public FormAnswers convertToEntityAttribute(String json) {
    return json == null || json.isBlank()
        ? new FormAnswers()
        : JSON.fromJson(json, FormAnswers.class);
  }
}
