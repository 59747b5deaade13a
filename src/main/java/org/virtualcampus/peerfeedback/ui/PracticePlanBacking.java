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
import org.virtualcampus.peerfeedback.boundary.GroupMove;
import org.virtualcampus.peerfeedback.boundary.PracticePlan;
import org.virtualcampus.peerfeedback.boundary.PracticePlans;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The practice page's plan: groups planned before the session from the enrolled members, each
 * member moved by hand; a refusal shows next to the control that asked.
 */
@Named
@ViewScoped
public class PracticePlanBacking implements Serializable {
  @Inject PracticePlans plans;
  @Inject PracticeBoardBacking board;
  @Inject CurrentActor current;
  @Inject PageMessages messages;
  @Inject FieldMessages fields;

  private PracticePlan shown;
  private final Map<String, Integer> moves = new HashMap<>();

  /** After the board's own load, which says why a page shows nothing. */
  public void load() {
    if (board.getShown() == null) {
      return;
    }
    try {
      show(plans.planned(board.getSession(), current.get()));
    } catch (RuntimeException e) {
      shown = null;
    }
  }

  public void plan() {
    try {
      show(plans.plan(board.getSession(), current.get()));
      messages.info("plan.made", shown.groups().size());
    } catch (RuntimeException e) {
      fields.failedAt(e, "planForm:planGroups");
    }
  }

  /** A planned member's "Move to group" select changed: move them, or say why not next to it. */
  public void move(jakarta.faces.event.AjaxBehaviorEvent event) {
    String memberId = (String) event.getComponent().getAttributes().get("memberId");
    String clientId = event.getComponent().getClientId();
    Integer to = moves.get(memberId);
    if (to == null) {
      return;
    }
    GroupMove move = new GroupMove();
    move.setMemberId(memberId);
    move.setGroup(to);
    try {
      show(plans.move(board.getSession(), move, current.get()));
    } catch (RuntimeException e) {
      show(shown); // the select goes back to the group the member is still in
      fields.failedAt(e, clientId);
    }
  }

  private void show(PracticePlan plan) {
    shown = plan;
    moves.clear();
    plan.groups().forEach(g -> g.members().forEach(m -> moves.put(m.memberId(), g.number())));
  }

  public List<Integer> groupNumbers() {
    return shown == null
        ? List.of()
        : shown.groups().stream().map(PracticePlan.Group::number).toList();
  }

  public PracticePlan getShown() {
    return shown;
  }

  public Map<String, Integer> getMoves() {
    return moves;
  }
}
