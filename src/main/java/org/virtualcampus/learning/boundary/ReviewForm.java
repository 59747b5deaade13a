package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.RubricGrid;
import org.virtualcampus.learning.entity.Score;
import org.virtualcampus.learning.entity.SubmissionState;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * A reviewer's scores, comments and decision. With a rubric every criterion gets exactly one of its
 * levels; a score outside the levels is refused naming the criterion.
 */
@Schema(name = "ReviewForm")
public class ReviewForm implements Serializable {
  @NotNull(message = "decision is required: REVISION_REQUESTED or ACCEPTED")
  private SubmissionState decision;

  @Size(max = 20000, message = "comments are at most 20,000 characters")
  @Schema(description = "Markdown")
  private String comments;

  private List<CriterionScore> scores = new ArrayList<>();

  public ReviewForm() {}

  public ReviewForm(SubmissionState decision, String comments, List<CriterionScore> scores) {
    this.decision = decision;
    this.comments = comments;
    this.scores = new ArrayList<>(scores);
  }

  /** A level for one criterion of the rubric, both counted from 0 as the rubric lists them. */
  @Schema(name = "CriterionScore")
  public static class CriterionScore implements Serializable {
    private Integer criterion;
    private Integer level;

    public CriterionScore() {}

    public CriterionScore(Integer criterion, Integer level) {
      this.criterion = criterion;
      this.level = level;
    }

    public Integer getCriterion() {
      return criterion;
    }

    public void setCriterion(Integer criterion) {
      this.criterion = criterion;
    }

    public Integer getLevel() {
      return level;
    }

    public void setLevel(Integer level) {
      this.level = level;
    }
  }

  SubmissionState decision() {
    if (!decision.isDecision()) {
      throw new InvalidInputException("decision", "decision is REVISION_REQUESTED or ACCEPTED");
    }
    return decision;
  }

  /** The scores against the rubric (none without one); 400 naming the criterion otherwise. */
  List<Score> scoresOn(RubricGrid grid) {
    List<CriterionScore> given = scores == null ? List.of() : scores;
    if (grid == null) {
      if (!given.isEmpty()) {
        throw new InvalidInputException("scores", "this homework has no rubric to score with");
      }
      return List.of();
    }
    Score[] byCriterion = new Score[grid.criteria().size()];
    for (CriterionScore s : given) {
      if (s == null
          || s.criterion == null
          || s.criterion < 0
          || s.criterion >= byCriterion.length) {
        throw new InvalidInputException(
            "scores",
            "the rubric has criteria 0 to "
                + (byCriterion.length - 1)
                + "; no other can be scored");
      }
      RubricGrid.Criterion criterion = grid.criteria().get(s.criterion);
      if (s.level == null || s.level < 0 || s.level >= grid.levels().size()) {
        throw new InvalidInputException(
            "scores",
            "criterion \""
                + criterion.title()
                + "\" takes a level from 0 to "
                + (grid.levels().size() - 1));
      }
      if (byCriterion[s.criterion] != null) {
        throw new InvalidInputException(
            "scores", "criterion \"" + criterion.title() + "\" is scored twice");
      }
      RubricGrid.Level level = grid.levels().get(s.level);
      byCriterion[s.criterion] =
          new Score(s.criterion, criterion.title(), s.level, level.label(), level.points());
    }
    for (int i = 0; i < byCriterion.length; i++) {
      if (byCriterion[i] == null) {
        throw new InvalidInputException(
            "scores", "criterion \"" + grid.criteria().get(i).title() + "\" has no score yet");
      }
    }
    return List.of(byCriterion);
  }

  public SubmissionState getDecision() {
    return decision;
  }

  public void setDecision(SubmissionState decision) {
    this.decision = decision;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }

  public List<CriterionScore> getScores() {
    return scores;
  }

  public void setScores(List<CriterionScore> scores) {
    this.scores = scores;
  }
}
