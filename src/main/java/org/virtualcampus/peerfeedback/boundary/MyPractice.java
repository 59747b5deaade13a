package org.virtualcampus.peerfeedback.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.peerfeedback.entity.FormKind;
import org.virtualcampus.peerfeedback.entity.ModelElement;
import org.virtualcampus.peerfeedback.entity.PracticeRole;

/**
 * A member's view of the practice now: their group and role this round, the part of the scenario
 * their role may read (the private brief only for the receiver), the timer, and their form.
 */
@Schema(name = "MyPractice")
public record MyPractice(
    String sessionId,
    String title,
    int round,
    int rounds,
    @Schema(description = "Null when not in a group, or the group sits this round out")
        PracticeRole role,
    Integer groupNumber,
    String breakoutUrl,
    List<Mate> group,
    String scenarioTitle,
    String situationHtml,
    @Schema(description = "The receiver's private brief; null for everyone else") String briefHtml,
    Instant conversationEndsAt,
    Instant feedbackEndsAt,
    String modelName,
    List<ModelElement> elements,
    FormKind formKind,
    FormView form)
    implements Serializable {

  /** Someone in the group and their role this round. */
  @Schema(name = "PracticeMate")
  public record Mate(String memberId, String name, PracticeRole role) implements Serializable {}
}
