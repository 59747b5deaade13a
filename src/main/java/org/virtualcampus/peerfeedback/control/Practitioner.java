package org.virtualcampus.peerfeedback.control;

import java.util.Objects;

/** A person present at a peer feedback session; the profession drives the mixing objective. */
public record Practitioner(String id, String profession) {

  public Practitioner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profession, "profession");
  }
}
