package org.virtualcampus.peerfeedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtualcampus.attendance.boundary.Presence;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.peerfeedback.control.GroupFormation;
import org.virtualcampus.peerfeedback.control.GroupReformation;
import org.virtualcampus.peerfeedback.control.PairHistory;
import org.virtualcampus.peerfeedback.control.PracticeGroup;
import org.virtualcampus.peerfeedback.control.PracticeQueries;
import org.virtualcampus.peerfeedback.control.Practitioner;
import org.virtualcampus.peerfeedback.entity.PlannedSeat;
import org.virtualcampus.peerfeedback.entity.PracticeRun;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * Groups planned before a peer feedback session from the cohort's enrolled members, by the same
 * rules as at the start (mixing professions, avoiding earlier partners), seen and moved by hand
 * until the rounds start. Forming the groups at the start re-forms the plan from those checked in
 * ({@link GroupReformation}); the plan itself is kept as written.
 */
@ApplicationScoped
@Transactional
public class PracticePlans {
  private static final String BODY = "a request body is required";

  @Inject PracticeGate gate;
  @Inject PracticeQueries practice;
  @Inject CohortAccess access;
  @Inject Presence presence;
  @Inject Recipients members;

  /** Plans the groups from everyone enrolled, replacing an earlier plan; 409 once rounds start. */
  public PracticePlan plan(String sessionId, Actor actor) {
    PracticeGate.Practice p = gate.run(sessionId, actor);
    requireNotStarted(sessionId);
    List<String> enrolled = access.participantIds(p.cohort().id());
    if (enrolled.size() < 2) {
      throw new ConflictException(
          "Too few enrolled", "Fewer than two members are enrolled; there is nobody to plan.");
    }
    List<PracticeGroup> groups = GroupFormation.form(people(enrolled), gate.history(p.session()));
    practice.dropPlan(sessionId);
    for (int i = 0; i < groups.size(); i++) {
      List<String> ids = groups.get(i).members();
      for (int pos = 0; pos < ids.size(); pos++) {
        practice.keep(new PlannedSeat(sessionId, ids.get(pos), i + 1, pos));
      }
    }
    practice.flush();
    return view(sessionId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PracticePlan planned(String sessionId, Actor actor) {
    gate.run(sessionId, actor);
    return view(sessionId);
  }

  /** Moves a planned member to another planned group; a group keeps 2 to 4 members. */
  public PracticePlan move(
      String sessionId, @NotNull(message = BODY) @Valid GroupMove move, Actor actor) {
    gate.run(sessionId, actor);
    requireNotStarted(sessionId);
    List<PlannedSeat> seats = practice.plan(sessionId);
    PlannedSeat moving =
        seats.stream()
            .filter(s -> s.memberId().equals(move.getMemberId()))
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("memberId", "not in the plan"));
    int to = move.getGroup();
    if (seats.stream().noneMatch(s -> s.groupNumber() == to)) {
      throw new InvalidInputException("group", "no planned group " + to);
    }
    if (moving.groupNumber() == to) {
      return view(sessionId);
    }
    if (seats.stream().filter(s -> s.groupNumber() == to).count() >= PracticeGroup.MAX_SIZE) {
      throw new ConflictException("Group full", "Group " + to + " already has four members.");
    }
    if (seats.stream().filter(s -> s.groupNumber() == moving.groupNumber()).count() <= 2) {
      throw new ConflictException(
          "Group too small", "A group needs two members; move someone else in first.");
    }
    int last = seats.stream().mapToInt(PlannedSeat::position).max().orElse(0);
    moving.moveTo(to, last + 1);
    practice.flush();
    return view(sessionId);
  }

  /**
   * The groups to form at the start of the session: the plan re-formed from those present, or,
   * without a plan, groups formed from them afresh.
   */
  List<PracticeGroup> groupsAtStart(
      String sessionId, List<Practitioner> present, PairHistory history) {
    Map<Integer, List<String>> planned = new LinkedHashMap<>();
    for (PlannedSeat seat : practice.plan(sessionId)) {
      planned.computeIfAbsent(seat.groupNumber(), n -> new ArrayList<>()).add(seat.memberId());
    }
    return planned.isEmpty()
        ? GroupFormation.form(present, history)
        : GroupReformation.reform(new ArrayList<>(planned.values()), present, history);
  }

  private void requireNotStarted(String sessionId) {
    if (practice.run(sessionId, false).map(PracticeRun::started).orElse(false)) {
      throw new ConflictException("Rounds started", "The rounds have started; the plan is done.");
    }
  }

  private List<Practitioner> people(List<String> ids) {
    Map<String, String> professions = members.professions(ids);
    return ids.stream().map(id -> new Practitioner(id, professions.get(id))).toList();
  }

  private PracticePlan view(String sessionId) {
    List<PlannedSeat> seats = practice.plan(sessionId);
    List<String> ids = seats.stream().map(PlannedSeat::memberId).toList();
    Map<String, Recipient> names = members.recipients(ids);
    Map<String, String> professions = members.professions(ids);
    Set<String> present = new HashSet<>(presence.presentAt(sessionId));
    Map<Integer, List<PracticePlan.Seat>> groups = new LinkedHashMap<>();
    for (PlannedSeat s : seats) {
      String id = s.memberId();
      groups
          .computeIfAbsent(s.groupNumber(), n -> new ArrayList<>())
          .add(
              new PracticePlan.Seat(
                  id,
                  names.containsKey(id) ? names.get(id).displayName() : id,
                  professions.get(id),
                  present.contains(id)));
    }
    List<PracticePlan.Group> shown = new ArrayList<>();
    groups.forEach((number, members) -> shown.add(new PracticePlan.Group(number, members)));
    boolean started = practice.run(sessionId, false).map(PracticeRun::started).orElse(false);
    return new PracticePlan(sessionId, started, shown);
  }
}
