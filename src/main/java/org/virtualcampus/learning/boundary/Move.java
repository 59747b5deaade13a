package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves a module or an item one place up or down in its list. */
@Schema(name = "Move", description = "One place up (earlier) or down (later) in the list.")
public class Move implements Serializable {
  public enum Direction {
    UP,
    DOWN
  }

  @NotNull(message = "direction is required")
  private Direction direction;

  public Move() {}

  public Move(Direction direction) {
    this.direction = direction;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }
}
