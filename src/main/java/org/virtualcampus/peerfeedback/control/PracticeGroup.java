package org.virtualcampus.peerfeedback.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A small group and its role rotation. The {@code rotation} members take turns: in round r member r
 * gives feedback and member r+1 (mod k) receives it, so each gives once and receives once per
 * session. Late arrivals join as {@code lateObservers}: they observe in every round and are kept
 * out of the rotation, so the rounds already announced to the others never change.
 */
public record PracticeGroup(List<String> rotation, List<String> lateObservers) {
  public static final int MAX_SIZE = 4;

  public PracticeGroup {
    rotation = List.copyOf(rotation);
    lateObservers = List.copyOf(lateObservers);
    if (rotation.size() < 2) {
      throw new IllegalArgumentException("a practice group needs at least 2 members to rotate");
    }
    List<String> all = new ArrayList<>(rotation);
    all.addAll(lateObservers);
    if (all.size() > MAX_SIZE) {
      throw new IllegalArgumentException("a practice group has at most " + MAX_SIZE + " members");
    }
    if (new HashSet<>(all).size() != all.size()) {
      throw new IllegalArgumentException("a practice group lists a member twice: " + all);
    }
  }

  /** A group formed at the start of the session: everyone rotates. */
  public PracticeGroup(List<String> memberIds) {
    this(memberIds, List.of());
  }

  /** The rotating members first, then the late observers in order of arrival. */
  public List<String> members() {
    List<String> all = new ArrayList<>(rotation);
    all.addAll(lateObservers);
    return List.copyOf(all);
  }

  public int size() {
    return rotation.size() + lateObservers.size();
  }

  public boolean contains(String memberId) {
    return rotation.contains(memberId) || lateObservers.contains(memberId);
  }

  public int rounds() {
    return rotation.size();
  }

  public String giver(int round) {
    checkRound(round);
    return rotation.get(round);
  }

  public String receiver(int round) {
    checkRound(round);
    return rotation.get((round + 1) % rotation.size());
  }

  public List<String> observers(int round) {
    String giver = giver(round);
    String receiver = receiver(round);
    return members().stream().filter(m -> !m.equals(giver) && !m.equals(receiver)).toList();
  }

  public Role roleOf(String memberId, int round) {
    if (!contains(memberId)) {
      throw new IllegalArgumentException(memberId + " is not in this group");
    }
    if (memberId.equals(giver(round))) {
      return Role.GIVER;
    }
    return memberId.equals(receiver(round)) ? Role.RECEIVER : Role.OBSERVER;
  }

  /** A copy with one more late observer; the rotation is untouched. */
  public PracticeGroup withLateObserver(String memberId) {
    List<String> late = new ArrayList<>(lateObservers);
    late.add(memberId);
    return new PracticeGroup(rotation, late);
  }

  private void checkRound(int round) {
    if (round < 0 || round >= rotation.size()) {
      throw new IndexOutOfBoundsException("round " + round + " of " + rotation.size());
    }
  }
}
