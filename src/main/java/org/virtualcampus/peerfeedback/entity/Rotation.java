package org.virtualcampus.peerfeedback.entity;

/**
 * Who does what in which round: in round r of a group whose k rotating members sit at positions
 * 0..k-1 (1-based r ≤ k), the member at position r-1 gives, the next one receives, the rest
 * observe, so everyone gives exactly once and never to themselves. Late arrivals sit after them and
 * observe every round. A group with fewer rotating members than the round number has finished.
 */
public final class Rotation {
  private Rotation() {}

  /** The role at this position, or null when the group has no round r. */
  public static PracticeRole roleOf(int position, int size, int round) {
    if (round < 1 || round > size || position < 0) {
      return null;
    }
    if (position >= size) {
      return PracticeRole.OBSERVER;
    }
    if (position == round - 1) {
      return PracticeRole.GIVER;
    }
    return position == round % size ? PracticeRole.RECEIVER : PracticeRole.OBSERVER;
  }

  /** The position of the giver in round r. */
  public static int giverAt(int round) {
    return round - 1;
  }
}
