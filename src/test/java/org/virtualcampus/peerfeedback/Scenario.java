package org.virtualcampus.peerfeedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.virtualcampus.peerfeedback.control.PairHistory;
import org.virtualcampus.peerfeedback.control.Practitioner;

/**
 * A generated cohort: who is present, and earlier sessions as random splits into triads. Two people
 * who were absent now ("gone0", "gone1") still appear in the history, as in a real cohort.
 */
record Scenario(List<Practitioner> present, List<List<String>> earlierGroups) {
  static final List<String> PROFESSIONS =
      List.of(
          "PHYSICIAN",
          "NURSE",
          "PHARMACIST",
          "DENTIST",
          "PHYSICAL_THERAPIST",
          "PSYCHOLOGIST",
          "EDUCATOR",
          "MIDWIFE");

  static Arbitrary<Scenario> of(int minPeople, int maxPeople, int maxSessions) {
    return Arbitraries.integers()
        .between(minPeople, maxPeople)
        .flatMap(
            n -> {
              List<String> ids = IntStream.range(0, n).mapToObj(i -> "p" + i).toList();
              List<String> cohort = new ArrayList<>(ids);
              cohort.addAll(List.of("gone0", "gone1"));
              Arbitrary<List<String>> professions = Arbitraries.of(PROFESSIONS).list().ofSize(n);
              Arbitrary<List<List<String>>> sessions =
                  Arbitraries.shuffle(cohort).list().ofMaxSize(maxSessions);
              return Combinators.combine(professions, sessions)
                  .as((p, s) -> new Scenario(practitioners(ids, p), triads(s)));
            });
  }

  private static List<Practitioner> practitioners(List<String> ids, List<String> professions) {
    return IntStream.range(0, ids.size())
        .mapToObj(i -> new Practitioner(ids.get(i), professions.get(i)))
        .toList();
  }

  private static List<List<String>> triads(List<List<String>> sessionOrders) {
    List<List<String>> groups = new ArrayList<>();
    for (List<String> order : sessionOrders) {
      for (int i = 0; i < order.size(); i += 3) {
        groups.add(order.subList(i, Math.min(order.size(), i + 3)));
      }
    }
    return groups;
  }

  PairHistory history() {
    return PairHistory.fromGroups(earlierGroups);
  }

  Scenario withoutHistory() {
    return new Scenario(present, List.of());
  }

  List<String> ids() {
    return present.stream().map(Practitioner::id).toList();
  }

  Map<String, String> professions() {
    Map<String, String> byId = new LinkedHashMap<>();
    present.forEach(p -> byId.put(p.id(), p.profession()));
    return byId;
  }
}
