package org.virtualcampus.peerfeedback.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.peerfeedback.entity.FormAnswers;
import org.virtualcampus.peerfeedback.entity.FormKind;
import org.virtualcampus.peerfeedback.entity.Observation;
import org.virtualcampus.peerfeedback.entity.PracticeForm;

/** A practice form as saved: a draft until submittedAt is set. */
@Schema(name = "PracticeForm")
public record FormView(
    String id,
    String sessionId,
    int round,
    FormKind kind,
    String authorId,
    String authorName,
    String giverId,
    List<Rated> ratings,
    String keep,
    String tryNext,
    String helped,
    String notHelped,
    String text,
    Integer usefulness,
    Instant submittedAt)
    implements Serializable {

  /** One rated element, with the title it had then. */
  @Schema(name = "PracticeRating")
  public record Rated(String element, String title, Observation observation, String comment)
      implements Serializable {}

  static FormView of(PracticeForm f, String authorName) {
    FormAnswers a = f.answers();
    return new FormView(
        f.id(),
        f.sessionId(),
        f.round(),
        f.kind(),
        f.authorId(),
        authorName,
        f.giverId(),
        a.getRatings().stream()
            .map(r -> new Rated(r.getElement(), r.getTitle(), r.getObservation(), r.getComment()))
            .toList(),
        a.getKeep(),
        a.getTryNext(),
        a.getHelped(),
        a.getNotHelped(),
        a.getText(),
        f.usefulness(),
        f.submittedAt());
  }
}
