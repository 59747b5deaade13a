package org.virtualcampus.peerfeedback.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.peerfeedback.entity.PracticeRole;

/** The facilitator's board: every group, the round under way, who has not filled a form yet. */
@Schema(name = "PracticeBoard")
public record PracticeBoard(
    String sessionId,
    String title,
    String modelName,
    String scenarioTitle,
    @Schema(description = "The round under way; 0 before the first") int round,
    @Schema(description = "Rounds in all: the size of the largest group") int rounds,
    Instant conversationEndsAt,
    Instant feedbackEndsAt,
    List<Group> groups)
    implements Serializable {

  /** One group with its members in rotation order. */
  @Schema(name = "PracticeGroup")
  public record Group(String id, int number, String breakoutUrl, List<Seat> members)
      implements Serializable {}

  /** One member: their role this round and whether their form for it is submitted. */
  @Schema(name = "PracticeSeat")
  public record Seat(
      String memberId, String name, String profession, PracticeRole role, boolean formSubmitted)
      implements Serializable {}
}
