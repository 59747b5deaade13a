package org.virtualcampus.peerfeedback.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An educator's feedback portfolio: every round they gave feedback in, across sessions, with what
 * observers, receivers and coaches said and their own reflection; and for each model element how
 * often observers saw it, session by session.
 */
@Schema(name = "FeedbackPortfolio")
public record Portfolio(
    String memberId,
    String name,
    @Schema(description = "Mean of the receivers' usefulness ratings, 1 to 5; null for none")
        BigDecimal meanUsefulness,
    List<GivenRound> rounds,
    List<ElementTrend> trends)
    implements Serializable {

  /** One round the member gave feedback in. */
  @Schema(name = "GivenRound")
  public record GivenRound(
      String sessionId,
      String sessionTitle,
      Instant startsAt,
      int round,
      List<FormView> observers,
      List<FormView> receivers,
      List<FormView> coaches,
      FormView reflection)
      implements Serializable {}

  /** One element over time: the share of observers who saw it (partly counts half). */
  @Schema(name = "ElementTrend")
  public record ElementTrend(String element, String title, List<Point> points)
      implements Serializable {}

  /** One session's figure for an element. */
  @Schema(name = "ElementPoint")
  public record Point(String sessionId, Instant startsAt, BigDecimal observed)
      implements Serializable {}
}
