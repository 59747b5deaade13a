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
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.peerfeedback.control.PracticeQueries;
import org.virtualcampus.peerfeedback.entity.FormAnswers;
import org.virtualcampus.peerfeedback.entity.FormKind;
import org.virtualcampus.peerfeedback.entity.Observation;
import org.virtualcampus.peerfeedback.entity.PracticeForm;
import org.virtualcampus.session.boundary.SessionFacts;
import org.virtualcampus.session.boundary.Sessions;

/** Builds an educator's feedback portfolio from the forms about the rounds they gave. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Portfolios {
  @Inject PracticeQueries practice;
  @Inject Recipients members;
  @Inject Sessions sessions;

  public Portfolio mine(Actor actor) {
    String me = actor.memberId();
    List<PracticeForm> forms =
        practice.aboutGiver(me).stream()
            .filter(f -> f.submittedAt() != null || f.authorId().equals(me))
            .toList();
    Set<String> people = new HashSet<>();
    forms.forEach(f -> people.add(f.authorId()));
    people.add(me);
    Map<String, Recipient> names = members.recipients(people);
    Map<String, SessionFacts> facts = new HashMap<>();
    Map<String, List<PracticeForm>> byRound = new LinkedHashMap<>();
    for (PracticeForm f : forms) {
      facts.computeIfAbsent(f.sessionId(), sessions::facts);
      byRound.computeIfAbsent(f.sessionId() + "#" + f.round(), k -> new ArrayList<>()).add(f);
    }
    List<Portfolio.GivenRound> rounds = new ArrayList<>();
    for (List<PracticeForm> round : byRound.values()) {
      PracticeForm first = round.get(0);
      SessionFacts s = facts.get(first.sessionId());
      rounds.add(
          new Portfolio.GivenRound(
              s.id(),
              s.title(),
              s.startsAt(),
              first.round(),
              views(round, FormKind.OBSERVER, names),
              views(round, FormKind.RECEIVER, names),
              views(round, FormKind.COACH, names),
              views(round, FormKind.GIVER, names).stream().findFirst().orElse(null)));
    }
    rounds.sort(
        Comparator.comparing(Portfolio.GivenRound::startsAt)
            .thenComparingInt(Portfolio.GivenRound::round));
    return new Portfolio(
        me,
        names.containsKey(me) ? names.get(me).displayName() : me,
        meanUsefulness(forms),
        rounds,
        trends(forms, facts));
  }

  private static List<FormView> views(
      List<PracticeForm> round, FormKind kind, Map<String, Recipient> names) {
    return round.stream()
        .filter(f -> f.kind() == kind)
        .map(
            f ->
                FormView.of(
                    f,
                    names.containsKey(f.authorId()) ? names.get(f.authorId()).displayName() : null))
        .toList();
  }

  private static BigDecimal meanUsefulness(List<PracticeForm> forms) {
    List<Integer> ratings =
        forms.stream()
            .filter(f -> f.kind() == FormKind.RECEIVER && f.submittedAt() != null)
            .map(PracticeForm::usefulness)
            .filter(u -> u != null)
            .toList();
    if (ratings.isEmpty()) {
      return null;
    }
    return BigDecimal.valueOf(ratings.stream().mapToInt(Integer::intValue).sum())
        .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
  }

  /** Per element and session: observed counts 1, partly ½, not observed 0, averaged. */
  private static List<Portfolio.ElementTrend> trends(
      List<PracticeForm> forms, Map<String, SessionFacts> facts) {
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, Map<String, List<BigDecimal>>> scores = new LinkedHashMap<>();
    for (PracticeForm f : forms) {
      if (f.kind() != FormKind.OBSERVER || f.submittedAt() == null) {
        continue;
      }
      for (FormAnswers.Rating r : f.answers().getRatings()) {
        titles.putIfAbsent(r.getElement(), r.getTitle());
        scores
            .computeIfAbsent(r.getElement(), k -> new LinkedHashMap<>())
            .computeIfAbsent(f.sessionId(), k -> new ArrayList<>())
            .add(score(r.getObservation()));
      }
    }
    List<Portfolio.ElementTrend> trends = new ArrayList<>();
    titles.forEach(
        (element, title) -> {
          List<Portfolio.Point> points = new ArrayList<>();
          scores
              .get(element)
              .forEach(
                  (session, values) ->
                      points.add(
                          new Portfolio.Point(
                              session,
                              facts.get(session).startsAt(),
                              values.stream()
                                  .reduce(BigDecimal.ZERO, BigDecimal::add)
                                  .divide(
                                      BigDecimal.valueOf(values.size()),
                                      2,
                                      RoundingMode.HALF_UP))));
          points.sort(Comparator.comparing(Portfolio.Point::startsAt));
          trends.add(new Portfolio.ElementTrend(element, title, points));
        });
    return trends;
  }

  private static BigDecimal score(Observation o) {
    return switch (o) {
      case OBSERVED -> BigDecimal.ONE;
      case PARTLY -> new BigDecimal("0.5");
      case NOT_OBSERVED -> BigDecimal.ZERO;
    };
  }

  /** The portfolio as a PDF, in the member's language and time zone. */
  public byte[] pdf(Actor actor) {
    Portfolio p = mine(actor);
    Recipient me = members.recipient(actor.memberId()).orElseThrow();
    java.util.Locale locale = java.util.Locale.forLanguageTag(me.language());
    java.util.ResourceBundle text =
        java.util.ResourceBundle.getBundle("org.virtualcampus.messages", locale);
    java.time.format.DateTimeFormatter when =
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
            .withLocale(locale)
            .withZone(me.timeZone());
    List<List<String>> rounds = new ArrayList<>();
    for (Portfolio.GivenRound r : p.rounds()) {
      rounds.add(
          List.of(
              when.format(r.startsAt()) + " · " + r.sessionTitle(),
              String.valueOf(r.round()),
              r.observers().stream()
                  .flatMap(o -> o.ratings().stream())
                  .map(x -> x.title() + ": " + text.getString("observation." + x.observation()))
                  .collect(java.util.stream.Collectors.joining("; ")),
              r.receivers().stream()
                  .map(x -> x.usefulness() == null ? "" : x.usefulness() + "/5")
                  .collect(java.util.stream.Collectors.joining(", ")),
              r.reflection() == null || r.reflection().text() == null
                  ? ""
                  : r.reflection().text()));
    }
    List<List<String>> trends = new ArrayList<>();
    for (Portfolio.ElementTrend t : p.trends()) {
      trends.add(
          List.of(
              t.title(),
              t.points().stream()
                  .map(
                      x ->
                          when.format(x.startsAt())
                              + " "
                              + x.observed().movePointRight(2).intValue()
                              + "%")
                  .collect(java.util.stream.Collectors.joining(", "))));
    }
    return org.virtualcampus.platform.pdf.TablePdf.write(
        java.text.MessageFormat.format(text.getString("portfolio.pdf.title"), p.name()),
        List.of(
            java.text.MessageFormat.format(
                text.getString("portfolio.pdf.summary"),
                p.rounds().size(),
                p.meanUsefulness() == null ? "–" : p.meanUsefulness().toPlainString())),
        List.of(
            new org.virtualcampus.platform.pdf.TablePdf.Section(
                text.getString("portfolio.pdf.rounds"),
                List.of(
                    text.getString("portfolio.pdf.session"),
                    text.getString("portfolio.pdf.round"),
                    text.getString("portfolio.pdf.observers"),
                    text.getString("portfolio.pdf.usefulness"),
                    text.getString("portfolio.pdf.reflection")),
                rounds),
            new org.virtualcampus.platform.pdf.TablePdf.Section(
                text.getString("portfolio.pdf.trends"),
                List.of(
                    text.getString("portfolio.pdf.element"),
                    text.getString("portfolio.pdf.observed")),
                trends)));
  }
}
