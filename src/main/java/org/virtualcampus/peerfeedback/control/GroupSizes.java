package org.virtualcampus.peerfeedback.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The size pattern: as many triads as possible, because a triad has exactly one giver, receiver and
 * observer. One leftover person makes a group of 4 (a second observer is still useful); two
 * leftovers make a pair, and the facilitator observes it.
 */
public final class GroupSizes {
  private GroupSizes() {}

  /** Triads first, then the one group of 4 or pair if any. */
  public static List<Integer> of(int people) {
    if (people < 2) {
      throw new IllegalArgumentException(
          "peer feedback groups need at least 2 people present, got " + people);
    }
    List<Integer> sizes = new ArrayList<>();
    int triads = people / 3;
    int remainder = people % 3;
    if (remainder == 1) {
      triads--;
    }
    for (int i = 0; i < triads; i++) {
      sizes.add(3);
    }
    if (remainder == 1) {
      sizes.add(4);
    } else if (remainder == 2) {
      sizes.add(2);
    }
    return List.copyOf(sizes);
  }
}
