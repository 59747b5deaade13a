package org.virtualcampus.peerfeedback.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.attendance.ui.FieldMessages;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.CourseItems;
import org.virtualcampus.peerfeedback.boundary.FormInput;
import org.virtualcampus.peerfeedback.boundary.PracticeBoard;
import org.virtualcampus.peerfeedback.boundary.PracticeForms;
import org.virtualcampus.peerfeedback.boundary.PracticeRuns;
import org.virtualcampus.peerfeedback.boundary.PracticeSetup;
import org.virtualcampus.peerfeedback.entity.PracticeRole;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The facilitator's practice board: the setup and forming groups, moves before the first round,
 * starting rounds, late arrivals, and a coach's comment on a giver's round.
 */
@Named
@ViewScoped
public class PracticeBoardBacking implements Serializable {
  @Inject PracticeRuns runs;
  @Inject PracticeForms forms;
  @Inject CurrentActor current;
  @Inject PageMessages messages;
  @Inject FieldMessages fields;

  private String session;
  private PracticeBoard shown;
  private List<CourseItems.ItemRef> scenarios = List.of();
  private Map<String, String> waiting = Map.of();
  private final PracticeSetup setup = new PracticeSetup();
  private final Map<String, Integer> moves = new HashMap<>();
  private final Map<Integer, String> breakouts = new HashMap<>();
  private String lateArrival;
  private String coachedId;
  private String coachedName;
  private String comment;

  public void load() {
    try {
      show(runs.board(session, current.get()));
      scenarios = runs.scenarios(session, current.get());
    } catch (RuntimeException e) {
      shown = null;
      messages.failed(e, null);
    }
  }

  /** The poll: the board as it is now (forms submitted, the timer). */
  public void refresh() {
    try {
      show(runs.board(session, current.get()));
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  public void formGroups() {
    try {
      show(runs.form(session, setup, current.get()));
      messages.info("practice.groupsFormed", shown.groups().size());
    } catch (RuntimeException e) {
      fields.failedAt(e, "setup:formGroups");
    }
  }

  /** A member's "Move to group" select changed: move them, or say why not next to it. */
  public void move(jakarta.faces.event.AjaxBehaviorEvent event) {
    String memberId = (String) event.getComponent().getAttributes().get("memberId");
    String clientId = event.getComponent().getClientId();
    Integer to = moves.get(memberId);
    if (to == null) {
      return;
    }
    try {
      show(runs.move(session, memberId, to, current.get()));
    } catch (RuntimeException e) {
      fields.failedAt(e, clientId);
    }
  }

  /** A group's breakout link changed: keep it, or say why not next to the field. */
  public void saveBreakout(jakarta.faces.event.AjaxBehaviorEvent event) {
    Integer group = (Integer) event.getComponent().getAttributes().get("groupNumber");
    String clientId = event.getComponent().getClientId();
    try {
      show(
          runs.meetAt(
              session,
              group,
              new org.virtualcampus.peerfeedback.boundary.BreakoutRoom(breakouts.get(group)),
              current.get()));
      messages.info("practice.breakoutSaved", group);
    } catch (RuntimeException e) {
      fields.failedAt(e, clientId);
    }
  }

  public Map<Integer, String> getBreakouts() {
    return breakouts;
  }

  public void startRound() {
    try {
      show(runs.startRound(session, current.get()));
      messages.info("practice.roundStarted", shown.round());
    } catch (RuntimeException e) {
      fields.failedAt(e, "roundForm:startRound");
    }
  }

  public void placeLate() {
    if (lateArrival == null || lateArrival.isBlank()) {
      return;
    }
    try {
      show(runs.joinLate(session, lateArrival, current.get()));
      lateArrival = null;
    } catch (RuntimeException e) {
      fields.failedAt(e, "lateForm:lateArrival");
    }
  }

  public void coach(PracticeBoard.Seat seat) {
    coachedId = seat.memberId();
    coachedName = seat.name();
    comment = null;
  }

  public void saveComment() {
    FormInput input = new FormInput();
    input.setText(comment);
    try {
      forms.coach(session, shown.round(), coachedId, input, current.get());
      messages.info("practice.commentSaved", coachedName);
    } catch (RuntimeException e) {
      fields.failedAt(e, "coachForm:comment");
    }
  }

  public boolean isGiver(PracticeBoard.Seat seat) {
    return seat.role() == PracticeRole.GIVER;
  }

  public String roleLabel(PracticeRole role) {
    return role == null ? messages.text("practice.sitsOut") : messages.text("practiceRole." + role);
  }

  public String startLabel() {
    return shown == null ? "" : messages.text("practice.startRound", shown.round() + 1);
  }

  public boolean canStart() {
    return shown != null && !shown.groups().isEmpty() && shown.round() < shown.rounds();
  }

  public List<Integer> groupNumbers() {
    return shown == null
        ? List.of()
        : shown.groups().stream().map(PracticeBoard.Group::number).toList();
  }

  private void show(PracticeBoard board) {
    shown = board;
    moves.clear();
    breakouts.clear();
    for (PracticeBoard.Group g : board.groups()) {
      breakouts.put(g.number(), g.breakoutUrl());
      for (PracticeBoard.Seat s : g.members()) {
        moves.put(s.memberId(), g.number());
      }
    }
    try {
      waiting = board.round() > 0 ? runs.waiting(session, current.get()) : Map.of();
    } catch (RuntimeException e) {
      waiting = Map.of();
    }
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }

  public PracticeBoard getShown() {
    return shown;
  }

  public List<CourseItems.ItemRef> getScenarios() {
    return scenarios;
  }

  public Map<String, String> getWaiting() {
    return waiting;
  }

  public PracticeSetup getSetup() {
    return setup;
  }

  public Map<String, Integer> getMoves() {
    return moves;
  }

  public String getLateArrival() {
    return lateArrival;
  }

  public void setLateArrival(String lateArrival) {
    this.lateArrival = lateArrival;
  }

  public String getCoachedName() {
    return coachedName;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
