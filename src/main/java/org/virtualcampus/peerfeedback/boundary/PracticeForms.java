package org.virtualcampus.peerfeedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.boundary.CourseItems;
import org.virtualcampus.peerfeedback.control.PracticeQueries;
import org.virtualcampus.peerfeedback.entity.FormAnswers;
import org.virtualcampus.peerfeedback.entity.FormKind;
import org.virtualcampus.peerfeedback.entity.PracticeForm;
import org.virtualcampus.peerfeedback.entity.PracticeGroupRow;
import org.virtualcampus.peerfeedback.entity.PracticeMember;
import org.virtualcampus.peerfeedback.entity.PracticeRole;
import org.virtualcampus.peerfeedback.entity.PracticeRun;
import org.virtualcampus.peerfeedback.entity.Rotation;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * The forms of practice rounds: each member's view of the round under way and the form their role
 * writes, saved as a draft and submitted until a day after the session; coaches' comments.
 */
@ApplicationScoped
@Transactional
public class PracticeForms {
  /** Forms stay open a day after the session, for reflections written on the way home. */
  static final Duration CUT_OFF = Duration.ofHours(24);

  private static final String BODY = "a request body is required";

  @Inject PracticeGate gate;
  @Inject PracticeQueries practice;
  @Inject Recipients members;
  @Inject CourseItems items;
  @Inject FeedbackModels models;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public MyPractice mine(String sessionId, Actor actor) {
    PracticeGate.Practice p = gate.takePart(sessionId, actor);
    Optional<PracticeRun> run = practice.run(sessionId, false);
    Optional<PracticeMember> me = practice.member(sessionId, actor.memberId());
    if (run.isEmpty() || me.isEmpty()) {
      return new MyPractice(
          sessionId,
          p.session().title(),
          run.map(PracticeRun::round).orElse(0),
          0,
          null,
          null,
          null,
          List.of(),
          null,
          null,
          null,
          null,
          null,
          null,
          List.of(),
          null,
          null);
    }
    PracticeRun r = run.get();
    List<String> mates = practice.membersByGroup(sessionId).get(me.get().groupId());
    PracticeGroupRow group =
        practice.groups(sessionId).stream()
            .filter(g -> g.id().equals(me.get().groupId()))
            .findFirst()
            .orElseThrow();
    int rotating = practice.rotatingByGroup(sessionId).getOrDefault(me.get().groupId(), 0);
    PracticeRole role = Rotation.roleOf(me.get().position(), rotating, r.round());
    Map<String, Recipient> names = members.recipients(mates);
    List<MyPractice.Mate> shown = new ArrayList<>();
    for (int pos = 0; pos < mates.size(); pos++) {
      String id = mates.get(pos);
      shown.add(
          new MyPractice.Mate(
              id,
              names.containsKey(id) ? names.get(id).displayName() : id,
              Rotation.roleOf(pos, rotating, r.round())));
    }
    // The round reads the scenario as told for its giver's and receiver's professions.
    Map<String, String> professions = members.professions(mates);
    Optional<CourseItems.Scenario> scenario =
        items.scenario(
            p.cohort().courseId(),
            r.scenarioItemId(),
            professions.get(inRole(shown, PracticeRole.GIVER)),
            professions.get(inRole(shown, PracticeRole.RECEIVER)));
    ModelView model = models.byId(r.modelId());
    FormView form =
        role == null
            ? null
            : practice
                .form(
                    sessionId,
                    r.round(),
                    role.form(),
                    actor.memberId(),
                    mates.get(Rotation.giverAt(r.round())))
                .map(f -> FormView.of(f, null))
                .orElse(null);
    int rounds =
        practice.membersByGroup(sessionId).values().stream().mapToInt(List::size).max().orElse(0);
    return new MyPractice(
        sessionId,
        p.session().title(),
        r.round(),
        rounds,
        role,
        group.number(),
        group.breakoutUrl(),
        shown,
        scenario.map(CourseItems.Scenario::title).orElse(null),
        scenario.map(CourseItems.Scenario::situationHtml).orElse(null),
        role == PracticeRole.RECEIVER
            ? scenario.map(CourseItems.Scenario::briefHtml).orElse(null)
            : null,
        r.conversationEndsAt(),
        r.feedbackEndsAt(),
        model.name(),
        model.elements(),
        role == null ? null : role.form(),
        form);
  }

  /** Saves (and with submit, submits) the form the actor's role writes about round r. */
  public FormView save(
      String sessionId, int round, @NotNull(message = BODY) @Valid FormInput input, Actor actor) {
    PracticeGate.Practice p = gate.takePart(sessionId, actor);
    requireOpen(p);
    PracticeRun run = requireRound(sessionId, round);
    PracticeMember me =
        practice
            .member(sessionId, actor.memberId())
            .orElseThrow(() -> new AccessDeniedException("You are in no group of this session."));
    List<String> mates = practice.membersByGroup(sessionId).get(me.groupId());
    PracticeRole role =
        Rotation.roleOf(
            me.position(),
            practice.rotatingByGroup(sessionId).getOrDefault(me.groupId(), 0),
            round);
    if (role == null) {
      throw new AccessDeniedException("Your group has no round " + round + ".");
    }
    FormAnswers answers =
        FormRules.answers(input, role.form(), models.byId(run.modelId()).elements());
    Integer usefulness = FormRules.usefulness(input, role.form());
    String giver = mates.get(Rotation.giverAt(round));
    PracticeForm form =
        practice
            .form(sessionId, round, role.form(), actor.memberId(), giver)
            .orElseGet(
                () -> {
                  PracticeForm made =
                      new PracticeForm(
                          sessionId, me.groupId(), round, role.form(), actor.memberId(), giver);
                  practice.keep(made);
                  return made;
                });
    if (form.submittedAt() != null) {
      throw new ConflictException("Submitted", "This form is submitted and can no longer change.");
    }
    form.write(answers, usefulness, input.isSubmit(), clock.instant());
    practice.flush();
    return FormView.of(form, null);
  }

  /** An expert coach's comment on a giver's round, any group. */
  public FormView coach(
      String sessionId,
      int round,
      String giverId,
      @NotNull(message = BODY) @Valid FormInput input,
      Actor actor) {
    PracticeGate.Practice p = gate.run(sessionId, actor);
    requireOpen(p);
    requireRound(sessionId, round);
    PracticeMember giver =
        practice
            .member(sessionId, giverId)
            .filter(m -> m.position() == Rotation.giverAt(round))
            .orElseThrow(
                () -> new InvalidInputException("giverId", "not a giver in round " + round));
    if (input.getText() == null || input.getText().isBlank()) {
      throw new InvalidInputException("text", "the comment is empty");
    }
    FormAnswers answers = new FormAnswers();
    answers.setText(input.getText().strip());
    PracticeForm form =
        practice
            .form(sessionId, round, FormKind.COACH, actor.memberId(), giverId)
            .orElseGet(
                () -> {
                  PracticeForm made =
                      new PracticeForm(
                          sessionId,
                          giver.groupId(),
                          round,
                          FormKind.COACH,
                          actor.memberId(),
                          giverId);
                  practice.keep(made);
                  return made;
                });
    form.write(answers, null, true, clock.instant());
    practice.flush();
    return FormView.of(form, null);
  }

  private void requireOpen(PracticeGate.Practice p) {
    if (clock.instant().isAfter(p.session().endsAt().plus(CUT_OFF))) {
      throw new ConflictException("Forms closed", "Practice forms close a day after the session.");
    }
  }

  private PracticeRun requireRound(String sessionId, int round) {
    PracticeRun run =
        practice
            .run(sessionId, false)
            .orElseThrow(() -> new ConflictException("Not started", "No round has started yet."));
    if (round < 1 || round > run.round()) {
      throw new ConflictException("Not started", "Round " + round + " has not started.");
    }
    return run;
  }

  private static String inRole(List<MyPractice.Mate> mates, PracticeRole role) {
    return mates.stream()
        .filter(m -> m.role() == role)
        .map(MyPractice.Mate::memberId)
        .findFirst()
        .orElse(null);
  }
}
