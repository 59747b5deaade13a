package org.virtualcampus.peerfeedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.learning.boundary.CourseItems;
import org.virtualcampus.peerfeedback.control.PracticeQueries;
import org.virtualcampus.peerfeedback.entity.PracticeForm;
import org.virtualcampus.peerfeedback.entity.PracticeGroupRow;
import org.virtualcampus.peerfeedback.entity.PracticeRole;
import org.virtualcampus.peerfeedback.entity.PracticeRun;
import org.virtualcampus.peerfeedback.entity.Rotation;

/** Builds the facilitator's board of a practice from its groups and forms, in a few reads. */
@ApplicationScoped
class PracticeBoards {
  @Inject PracticeQueries practice;
  @Inject Recipients members;
  @Inject CourseItems items;
  @Inject FeedbackModels models;

  PracticeBoard board(PracticeGate.Practice p) {
    String sessionId = p.session().id();
    PracticeRun run = practice.run(sessionId, false).orElse(null);
    List<PracticeGroupRow> groups = practice.groups(sessionId);
    Map<String, List<String>> byGroup = practice.membersByGroup(sessionId);
    Map<String, Integer> rotating = practice.rotatingByGroup(sessionId);
    Set<String> everyone = new HashSet<>();
    byGroup.values().forEach(everyone::addAll);
    Map<String, Recipient> names = members.recipients(everyone);
    Map<String, String> professions = members.professions(everyone);
    int round = run == null ? 0 : run.round();
    Set<String> submitted = new HashSet<>();
    for (PracticeForm f : practice.forms(sessionId)) {
      if (f.round() == round && f.submittedAt() != null) {
        submitted.add(f.authorId());
      }
    }
    List<PracticeBoard.Group> shown = new ArrayList<>();
    for (PracticeGroupRow g : groups) {
      List<String> ids = byGroup.getOrDefault(g.id(), List.of());
      List<PracticeBoard.Seat> seats = new ArrayList<>();
      for (int pos = 0; pos < ids.size(); pos++) {
        String id = ids.get(pos);
        PracticeRole role = Rotation.roleOf(pos, rotating.getOrDefault(g.id(), 0), round);
        seats.add(
            new PracticeBoard.Seat(
                id,
                names.containsKey(id) ? names.get(id).displayName() : id,
                professions.get(id),
                role,
                submitted.contains(id)));
      }
      shown.add(new PracticeBoard.Group(g.id(), g.number(), g.breakoutUrl(), seats));
    }
    int rounds = practice.rounds(sessionId);
    return new PracticeBoard(
        sessionId,
        p.session().title(),
        run == null ? null : models.byId(run.modelId()).name(),
        run == null
            ? null
            : items
                .scenario(p.cohort().courseId(), run.scenarioItemId())
                .map(CourseItems.Scenario::title)
                .orElse(null),
        round,
        rounds,
        run == null ? null : run.conversationEndsAt(),
        run == null ? null : run.feedbackEndsAt(),
        shown);
  }
}
