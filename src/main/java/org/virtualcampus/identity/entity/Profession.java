package org.virtualcampus.identity.entity;

import java.util.Arrays;
import java.util.Optional;

/** The health professions our educators come from; OTHER comes with a free-text description. */
public enum Profession {
  PHYSICIAN,
  NURSE,
  PHARMACIST,
  DENTIST,
  PHYSICIAN_ASSISTANT,
  PHYSICAL_THERAPIST,
  OCCUPATIONAL_THERAPIST,
  SPEECH_LANGUAGE_THERAPIST,
  PSYCHOLOGIST,
  PHD_EDD_EDUCATOR,
  ADMINISTRATOR,
  OTHER;

  public static Optional<Profession> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String key = value.trim().toUpperCase().replace(' ', '_').replace('-', '_');
    return Arrays.stream(values()).filter(p -> p.name().equals(key)).findFirst();
  }
}
