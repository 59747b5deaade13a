package org.virtualcampus.peerfeedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.peerfeedback.control.PracticeQueries;
import org.virtualcampus.peerfeedback.entity.FormAnswers;
import org.virtualcampus.peerfeedback.entity.FormKind;
import org.virtualcampus.peerfeedback.entity.Observation;
import org.virtualcampus.peerfeedback.entity.PracticeForm;
import org.virtualcampus.peerfeedback.entity.PracticeMember;
import org.virtualcampus.peerfeedback.entity.PracticeRun;
import org.virtualcampus.session.boundary.SessionFacts;
import org.virtualcampus.session.boundary.Sessions;

/** The practice figures of a cohort for its facilitators and coordinators, in four reads. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PracticeReports {
  @Inject CohortAccess access;
  @Inject Sessions sessions;
  @Inject PracticeQueries practice;
  @Inject Recipients members;

  public PracticeFigures ofCohort(String cohortId, Actor actor) {
    access.requireRosterReader(cohortId, actor);
    Map<String, SessionFacts> held = new LinkedHashMap<>();
    sessions.factsOfCohort(cohortId).forEach(s -> held.put(s.id(), s));
    Map<String, PracticeRun> runs =
        practice.runs(held.keySet()).stream()
            .collect(Collectors.toMap(PracticeRun::sessionId, r -> r));
    List<PracticeMember> seated = practice.membersOf(runs.keySet());
    List<PracticeForm> forms = practice.formsOf(runs.keySet());
    Map<String, String> professions =
        members.professions(seated.stream().map(PracticeMember::memberId).toList());
    List<PracticeFigures.SessionFigures> figures = new ArrayList<>();
    for (SessionFacts s : held.values()) {
      PracticeRun run = runs.get(s.id());
      if (run != null) {
        figures.add(session(s, run, seat(seated, s.id()), forms(forms, s.id()), professions));
      }
    }
    return new PracticeFigures(cohortId, figures, gaps(forms));
  }

  private static List<PracticeMember> seat(List<PracticeMember> all, String sessionId) {
    return all.stream().filter(m -> m.sessionId().equals(sessionId)).toList();
  }

  private static List<PracticeForm> forms(List<PracticeForm> all, String sessionId) {
    return all.stream().filter(f -> f.sessionId().equals(sessionId)).toList();
  }

  private static PracticeFigures.SessionFigures session(
      SessionFacts s,
      PracticeRun run,
      List<PracticeMember> seated,
      List<PracticeForm> forms,
      Map<String, String> professions) {
    Map<String, List<PracticeMember>> groups = new HashMap<>();
    seated.forEach(m -> groups.computeIfAbsent(m.groupId(), k -> new ArrayList<>()).add(m));
    int due = 0;
    for (List<PracticeMember> group : groups.values()) {
      int rotating = (int) group.stream().filter(m -> !m.late()).count();
      due += group.size() * Math.min(run.round(), rotating);
    }
    List<Integer> useful =
        forms.stream()
            .filter(f -> f.kind() == FormKind.RECEIVER && f.submittedAt() != null)
            .map(PracticeForm::usefulness)
            .filter(u -> u != null)
            .toList();
    double mixed =
        groups.values().stream()
            .mapToInt(
                g -> {
                  Set<String> distinct = new HashSet<>();
                  g.forEach(
                      m -> distinct.add(professions.getOrDefault(m.memberId(), m.memberId())));
                  return distinct.size();
                })
            .average()
            .orElse(0);
    return new PracticeFigures.SessionFigures(
        s.id(),
        s.title(),
        s.startsAt(),
        groups.size(),
        seated.size(),
        run.round(),
        due,
        (int)
            forms.stream()
                .filter(f -> f.kind() != FormKind.COACH && f.submittedAt() != null)
                .count(),
        useful.isEmpty()
            ? null
            : BigDecimal.valueOf(useful.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(useful.size()), 2, RoundingMode.HALF_UP),
        BigDecimal.valueOf(mixed).setScale(2, RoundingMode.HALF_UP));
  }

  /** Elements by how often they were not observed, most often first. */
  private static List<PracticeFigures.ElementGap> gaps(List<PracticeForm> forms) {
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, int[]> counts = new HashMap<>();
    for (PracticeForm f : forms) {
      if (f.kind() != FormKind.OBSERVER || f.submittedAt() == null) {
        continue;
      }
      for (FormAnswers.Rating r : f.answers().getRatings()) {
        titles.putIfAbsent(r.getElement(), r.getTitle());
        int[] c = counts.computeIfAbsent(r.getElement(), k -> new int[2]);
        c[1]++;
        if (r.getObservation() == Observation.NOT_OBSERVED) {
          c[0]++;
        }
      }
    }
    return titles.entrySet().stream()
        .map(
            e ->
                new PracticeFigures.ElementGap(
                    e.getKey(), e.getValue(), counts.get(e.getKey())[0], counts.get(e.getKey())[1]))
        .sorted(Comparator.comparingInt(PracticeFigures.ElementGap::notObserved).reversed())
        .toList();
  }
}
