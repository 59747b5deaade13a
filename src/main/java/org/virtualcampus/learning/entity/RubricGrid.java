package org.virtualcampus.learning.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A rubric as a grid: levels are the columns (a label and the points they give), criteria the rows,
 * with a descriptor of what each level looks like for that criterion.
 */
public record RubricGrid(List<Level> levels, List<Criterion> criteria) implements Serializable {

  public record Level(String label, int points) implements Serializable {}

  public record Criterion(String title, List<String> descriptors) implements Serializable {}

  public RubricGrid {
    levels = List.copyOf(levels);
    criteria = List.copyOf(criteria);
  }

  public int maxPoints() {
    int top = levels.stream().mapToInt(Level::points).max().orElse(0);
    return top * criteria.size();
  }
}
