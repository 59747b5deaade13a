package org.virtualcampus.peerfeedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtualcampus.attendance.boundary.Presence;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.boundary.CourseItems;
import org.virtualcampus.peerfeedback.control.GroupFormation;
import org.virtualcampus.peerfeedback.control.PracticeGroup;
import org.virtualcampus.peerfeedback.control.PracticeQueries;
import org.virtualcampus.peerfeedback.control.Practitioner;
import org.virtualcampus.peerfeedback.entity.PracticeGroupRow;
import org.virtualcampus.peerfeedback.entity.PracticeMember;
import org.virtualcampus.peerfeedback.entity.PracticeRun;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * Running a peer feedback practice: groups formed from the members checked in (mixing professions,
 * avoiding earlier partners; from the plan, if one was made), moved by hand before the first round,
 * late arrivals added as observers, and rounds started one after the other.
 */
@ApplicationScoped
@Transactional
public class PracticeRuns {
  @Inject PracticeGate gate;
  @Inject PracticeQueries practice;
  @Inject Presence presence;
  @Inject Recipients members;
  @Inject CourseItems items;
  @Inject FeedbackModels models;
  @Inject PracticeBoards boards;
  @Inject PracticePlans plans;
  @Inject Clock clock;

  /** Forms (or, before the first round, forms again) the groups from those present now. */
  public PracticeBoard form(String sessionId, @Valid PracticeSetup setup, Actor actor) {
    PracticeGate.Practice p = gate.run(sessionId, actor);
    PracticeSetup chosen = setup == null ? new PracticeSetup() : setup;
    List<String> present = presence.presentAt(sessionId);
    if (present.size() < 2) {
      throw new ConflictException(
          "Too few present",
          "Fewer than two people are checked in; practice needs at least a pair.");
    }
    if (chosen.getScenarioItemId() != null
        && items.scenario(p.cohort().courseId(), chosen.getScenarioItemId()).isEmpty()) {
      throw new InvalidInputException(
          "scenarioItemId", "not a role-play scenario of this cohort's course");
    }
    Optional<PracticeRun> existing = practice.run(sessionId, true);
    if (existing.isPresent() && existing.get().started()) {
      throw new ConflictException(
          "Rounds started", "The rounds have started; add late arrivals to a group instead.");
    }
    if (existing.isEmpty()) {
      practice.keep(
          new PracticeRun(
              sessionId,
              models.ofCourse(p.cohort().courseId()).id(),
              chosen.getScenarioItemId(),
              chosen.getConversationMinutes(),
              chosen.getFeedbackMinutes(),
              actor.memberId(),
              clock.instant()));
    }
    practice.dropGroups(sessionId);
    practice.flush();
    Map<String, String> professions = members.professions(present);
    List<Practitioner> people =
        present.stream().map(id -> new Practitioner(id, professions.get(id))).toList();
    List<PracticeGroup> groups = plans.groupsAtStart(sessionId, people, gate.history(p.session()));
    for (int i = 0; i < groups.size(); i++) {
      PracticeGroupRow row = new PracticeGroupRow(sessionId, i + 1);
      practice.keep(row);
      List<String> ids = groups.get(i).members();
      for (int pos = 0; pos < ids.size(); pos++) {
        practice.keep(new PracticeMember(sessionId, ids.get(pos), row.id(), pos, false));
      }
    }
    practice.flush();
    return boards.board(p);
  }

  /** Moves someone to another group before the first round; a group keeps 2 to 4 members. */
  public PracticeBoard move(String sessionId, String memberId, int toGroup, Actor actor) {
    PracticeGate.Practice p = gate.run(sessionId, actor);
    PracticeRun run = requireRun(sessionId);
    if (run.started()) {
      throw new ConflictException("Rounds started", "Groups are fixed once the rounds start.");
    }
    PracticeMember moving =
        practice
            .member(sessionId, memberId)
            .orElseThrow(() -> new InvalidInputException("memberId", "not in a group"));
    PracticeGroupRow target =
        practice.groups(sessionId).stream()
            .filter(g -> g.number() == toGroup)
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("group", "no group " + toGroup));
    Map<String, List<String>> byGroup = practice.membersByGroup(sessionId);
    if (target.id().equals(moving.groupId())) {
      return boards.board(p);
    }
    if (byGroup.get(target.id()).size() >= 4) {
      throw new ConflictException("Group full", "Group " + toGroup + " already has four members.");
    }
    if (byGroup.get(moving.groupId()).size() <= 2) {
      throw new ConflictException(
          "Group too small", "A group needs two members; move someone else in first.");
    }
    List<String> left = new ArrayList<>(byGroup.get(moving.groupId()));
    left.remove(memberId);
    moving.moveTo(target.id(), byGroup.get(target.id()).size());
    practice.flush();
    renumber(sessionId, left);
    return boards.board(p);
  }

  /** Adds someone who checked in late to a group, as an observer, keeping groups at most four. */
  public PracticeBoard joinLate(String sessionId, String memberId, Actor actor) {
    PracticeGate.Practice p = gate.run(sessionId, actor);
    if (!requireRun(sessionId).started()) {
      throw new ConflictException(
          "Rounds not started", "Before the first round, form the groups again to include them.");
    }
    if (!presence.presentAt(sessionId).contains(memberId)) {
      throw new InvalidInputException("memberId", "not checked in to this session");
    }
    if (practice.member(sessionId, memberId).isPresent()) {
      throw new ConflictException("Already grouped", "This member is already in a group.");
    }
    Map<String, List<String>> byGroup = practice.membersByGroup(sessionId);
    List<String> groupIds = new ArrayList<>(byGroup.keySet());
    List<PracticeGroup> groups =
        groupIds.stream().map(g -> new PracticeGroup(byGroup.get(g))).toList();
    List<String> everyone =
        new ArrayList<>(byGroup.values().stream().flatMap(List::stream).toList());
    everyone.add(memberId);
    Map<String, String> professions = members.professions(everyone);
    List<PracticeGroup> joined;
    try {
      joined =
          GroupFormation.joinLate(
              groups,
              new Practitioner(memberId, professions.get(memberId)),
              gate.history(p.session()),
              professions);
    } catch (IllegalStateException full) {
      throw new ConflictException("Groups full", "Every group already has four members.");
    }
    for (int i = 0; i < joined.size(); i++) {
      if (joined.get(i).contains(memberId)) {
        int position = byGroup.get(groupIds.get(i)).size();
        practice.keep(new PracticeMember(sessionId, memberId, groupIds.get(i), position, true));
      }
    }
    practice.flush();
    return boards.board(p);
  }

  /** Gives a group the link of its breakout room (https only), or clears it. */
  public PracticeBoard meetAt(
      String sessionId, int groupNumber, @Valid BreakoutRoom room, Actor actor) {
    PracticeGate.Practice p = gate.run(sessionId, actor);
    requireRun(sessionId);
    PracticeGroupRow group =
        practice.groups(sessionId).stream()
            .filter(g -> g.number() == groupNumber)
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("group", "no group " + groupNumber));
    String url = room == null || room.getUrl() == null ? null : room.getUrl().strip();
    if (url != null && !url.isEmpty() && !isHttps(url)) {
      throw new InvalidInputException("url", "the breakout room link must start with https://");
    }
    group.meetAt(url);
    practice.flush();
    return boards.board(p);
  }

  private static boolean isHttps(String link) {
    try {
      java.net.URI uri = java.net.URI.create(link);
      return uri.getHost() != null && "https".equalsIgnoreCase(uri.getScheme());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public PracticeBoard startRound(String sessionId, Actor actor) {
    PracticeGate.Practice p = gate.run(sessionId, actor);
    PracticeRun run =
        practice
            .run(sessionId, true)
            .orElseThrow(
                () ->
                    new ConflictException("No groups", "Form the groups before starting a round."));
    int largest = practice.rounds(sessionId);
    if (largest < 2) {
      throw new ConflictException("No groups", "Form the groups before starting a round.");
    }
    run.startNextRound(largest, clock.instant());
    practice.flush();
    return boards.board(p);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PracticeBoard board(String sessionId, Actor actor) {
    return boards.board(gate.run(sessionId, actor));
  }

  /** The scenarios a facilitator may pick: the ROLE_PLAY items of the cohort's course. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CourseItems.ItemRef> scenarios(String sessionId, Actor actor) {
    return items.scenarios(gate.run(sessionId, actor).cohort().courseId());
  }

  /** Checked in but in no group: who may be placed as a late arrival (id and name). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> waiting(String sessionId, Actor actor) {
    gate.run(sessionId, actor);
    Map<String, List<String>> byGroup = practice.membersByGroup(sessionId);
    java.util.Set<String> grouped = new java.util.HashSet<>();
    byGroup.values().forEach(grouped::addAll);
    List<String> left =
        presence.presentAt(sessionId).stream().filter(id -> !grouped.contains(id)).toList();
    Map<String, String> names = new java.util.LinkedHashMap<>();
    members.recipients(left).values().stream()
        .sorted(java.util.Comparator.comparing(r -> r.displayName()))
        .forEach(r -> names.put(r.memberId(), r.displayName()));
    return names;
  }

  private PracticeRun requireRun(String sessionId) {
    return practice
        .run(sessionId, true)
        .orElseThrow(() -> new ConflictException("No groups", "Form the groups first."));
  }

  /** Positions stay 0..k-1 after someone leaves a group, so the rotation has no gaps. */
  private void renumber(String sessionId, List<String> left) {
    for (int i = 0; i < left.size(); i++) {
      PracticeMember m = practice.member(sessionId, left.get(i)).orElseThrow();
      m.moveTo(m.groupId(), 100 + i);
    }
    practice.flush();
    for (int i = 0; i < left.size(); i++) {
      PracticeMember m = practice.member(sessionId, left.get(i)).orElseThrow();
      m.moveTo(m.groupId(), i);
    }
  }
}
