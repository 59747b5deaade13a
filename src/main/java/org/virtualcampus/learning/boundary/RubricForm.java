package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.virtualcampus.learning.entity.RubricGrid;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * A rubric as coordinators write it: 2 to 6 levels (label and points), 1 to 12 criteria, each with
 * one descriptor per level.
 */
public class RubricForm implements Serializable {
  @NotBlank(message = "title is required")
  @Size(max = 200)
  private String title;

  private List<LevelForm> levels = new ArrayList<>();
  private List<CriterionForm> criteria = new ArrayList<>();

  public RubricForm() {}

  public static RubricForm of(String title, RubricGrid grid) {
    RubricForm form = new RubricForm();
    form.title = title;
    grid.levels().forEach(l -> form.levels.add(new LevelForm(l.label(), l.points())));
    grid.criteria()
        .forEach(
            c -> form.criteria.add(new CriterionForm(c.title(), new ArrayList<>(c.descriptors()))));
    return form;
  }

  /** The grid; 400 naming the field when the grid is incomplete. */
  RubricGrid grid() {
    if (levels == null || levels.size() < 2 || levels.size() > 6) {
      throw new InvalidInputException("levels", "a rubric has 2 to 6 levels");
    }
    if (criteria == null || criteria.isEmpty() || criteria.size() > 12) {
      throw new InvalidInputException("criteria", "a rubric has 1 to 12 criteria");
    }
    List<RubricGrid.Level> gridLevels = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      LevelForm level = levels.get(i);
      if (level == null || level.getLabel() == null || level.getLabel().isBlank()) {
        throw new InvalidInputException("levels[" + i + "].label", "every level needs a label");
      }
      if (level.getPoints() == null || level.getPoints() < 0 || level.getPoints() > 100) {
        throw new InvalidInputException(
            "levels[" + i + "].points", "points must be between 0 and 100");
      }
      gridLevels.add(new RubricGrid.Level(level.getLabel().strip(), level.getPoints()));
    }
    List<RubricGrid.Criterion> gridCriteria = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      CriterionForm criterion = criteria.get(i);
      if (criterion == null || criterion.getTitle() == null || criterion.getTitle().isBlank()) {
        throw new InvalidInputException(
            "criteria[" + i + "].title", "every criterion needs a title");
      }
      List<String> descriptors =
          criterion.getDescriptors() == null ? List.of() : criterion.getDescriptors();
      if (descriptors.size() != levels.size()
          || descriptors.stream().anyMatch(d -> d == null || d.isBlank() || d.length() > 1000)) {
        throw new InvalidInputException(
            "criteria[" + i + "].descriptors",
            "describe each of the "
                + levels.size()
                + " levels for \""
                + criterion.getTitle().strip()
                + "\" (up to 1000 characters each)");
      }
      gridCriteria.add(
          new RubricGrid.Criterion(
              criterion.getTitle().strip(), descriptors.stream().map(String::strip).toList()));
    }
    return new RubricGrid(gridLevels, gridCriteria);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<LevelForm> getLevels() {
    return levels;
  }

  public void setLevels(List<LevelForm> levels) {
    this.levels = levels;
  }

  public List<CriterionForm> getCriteria() {
    return criteria;
  }

  public void setCriteria(List<CriterionForm> criteria) {
    this.criteria = criteria;
  }

  /** One column of the grid. */
  public static class LevelForm implements Serializable {
    private String label;
    private Integer points;

    public LevelForm() {}

    public LevelForm(String label, Integer points) {
      this.label = label;
      this.points = points;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public Integer getPoints() {
      return points;
    }

    public void setPoints(Integer points) {
      this.points = points;
    }
  }

  /** One row of the grid. */
  public static class CriterionForm implements Serializable {
    private String title;
    private List<String> descriptors = new ArrayList<>();

    public CriterionForm() {}

    public CriterionForm(String title, List<String> descriptors) {
      this.title = title;
      this.descriptors = descriptors;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public List<String> getDescriptors() {
      return descriptors;
    }

    public void setDescriptors(List<String> descriptors) {
      this.descriptors = descriptors;
    }
  }
}
