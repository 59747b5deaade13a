package org.virtualcampus.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.Concurrently;

/**
 * Run by .ci/two-instances against two running instances that share one MariaDB database ({@code
 * -Dcampus.instances=url1,url2}); not part of the Arquillian suite.
 */
class TwoInstancesCheck {
  List<Campus> instances;

  @BeforeEach
  void connect() throws Exception {
    instances = new ArrayList<>();
    for (String url : System.getProperty("campus.instances", "").split(",")) {
      instances.add(new Campus(URI.create(url.trim()).toURL()));
    }
    assertThat(instances).as("-Dcampus.instances names two instances").hasSize(2);
  }

  private Campus instance(int i) {
    return instances.get(i % 2);
  }

  @Test
  void seatRushAndOfferChurnThroughBothInstancesKeepEveryInvariant() throws Exception {
    CohortFixture cohorts = new CohortFixture(instance(0));
    Map<String, Object> plan = cohorts.plan(30);
    plan.put("seatPolicy", "OFFER");
    // Offers outlast the rush: nothing expires until the test moves both instances' clocks.
    plan.put("offerHold", "PT1H");
    String cohort = cohorts.open(plan);

    List<String> emails =
        Concurrently.all(
            IntStream.range(0, 120)
                .<Callable<String>>mapToObj(i -> () -> instance(i).newEducator("two" + i))
                .toList());
    List<Response> requests =
        Concurrently.all(
            IntStream.range(0, emails.size())
                .<Callable<Response>>mapToObj(
                    i ->
                        () ->
                            instance(i)
                                .as(emails.get(i), Campus.PASSWORD)
                                .post("cohorts/" + cohort + "/enrollments"))
                .toList());
    assertThat(requests).extracting(Response::statusCode).containsOnly(201);
    assertThat(cohorts.figures(cohort))
        .containsEntry("seatsTaken", 30)
        .containsEntry("offered", 30)
        .containsEntry("waiting", 90);
    assertThat(cohorts.waitlist(cohort))
        .extracting(e -> e.get("position"))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 90).boxed().toList());

    // Ten offer holders accept through alternating instances; everyone else lets offers run out,
    // so both instances' sweepers expire offers and pass seats on at the same time.
    List<Map<String, Object>> offered = cohorts.roster(cohort, "OFFERED");
    List<Callable<Integer>> accepts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String id = (String) offered.get(i).get("id");
      String prefix = ((String) offered.get(i).get("memberName")).split(" ")[0] + "-";
      String email = emails.stream().filter(e -> e.startsWith(prefix)).findFirst().orElseThrow();
      int k = i;
      accepts.add(
          () ->
              instance(k)
                  .as(email, Campus.PASSWORD)
                  .post("enrollments/" + id + "/accept")
                  .statusCode());
    }
    assertThat(Concurrently.all(accepts)).allMatch(status -> status == 200 || status == 409);

    Map<String, Object> figures =
        cohorts.letOffersRunOut(cohort, 30, Duration.ofHours(1), instances);
    assertThat(figures).containsEntry("waiting", 0).containsEntry("offered", 0);
    int enrolled = ((Number) figures.get("enrolled")).intValue();
    assertThat(figures).containsEntry("seatsTaken", enrolled);

    List<Map<String, Object>> history = cohorts.history(cohort);
    List<Object> expired =
        history.stream()
            .filter(e -> "OFFER_EXPIRED".equals(e.get("kind")))
            .map(e -> e.get("memberId"))
            .toList();
    List<Object> promoted =
        history.stream()
            .filter(e -> "PROMOTED".equals(e.get("kind")))
            .map(e -> e.get("memberId"))
            .toList();
    assertThat(new HashSet<>(expired)).as("no offer expired twice").hasSize(expired.size());
    assertThat(expired).hasSize(120 - enrolled);
    assertThat(new HashSet<>(promoted))
        .as("everyone who waited was offered a seat once")
        .hasSize(90);
    assertThat(promoted).hasSize(90);
  }

  @Test
  void abuseLimitsCountTriesMadeThroughEitherInstance() {
    String email = instance(0).newEducator("guessed");
    String guesser = Campus.newClientAddress();
    for (int i = 0; i < 5; i++) {
      instance(i)
          .from(guesser)
          .body(Map.of("email", email, "password", "wrong guess " + i))
          .post("tokens")
          .then()
          .statusCode(401);
    }
    // The sixth guess, on either instance, finds the bucket the other instance filled.
    for (Campus campus : instances) {
      campus
          .from(guesser)
          .body(Map.of("email", email, "password", Campus.PASSWORD))
          .post("tokens")
          .then()
          .statusCode(429)
          .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }
    // The owner, from their own address, is not locked out.
    instance(1)
        .from(Campus.newClientAddress())
        .body(Map.of("email", email, "password", Campus.PASSWORD))
        .post("tokens")
        .then()
        .statusCode(201);
  }

  @Test
  void aTokenRememberedByOneInstanceFollowsChangesMadeThroughTheOther() {
    String email = instance(0).newEducator("remembered");
    String token = instance(0).requestToken(email, Campus.PASSWORD).jsonPath().getString("token");
    String id = instance(1).withToken(token).get("members/me").jsonPath().getString("id");
    // Both instances now remember who the token stands for.
    for (Campus campus : instances) {
      campus.withToken(token).get("members").then().statusCode(403);
    }

    instance(0).replaceRoles(id, "EDUCATOR", "COORDINATOR");
    instance(1).withToken(token).get("members").then().statusCode(200);

    instance(1).replaceRoles(id, "EDUCATOR");
    instance(0).withToken(token).get("members").then().statusCode(403);

    instance(1).withToken(token).delete("tokens/current").then().statusCode(200);
    instance(0).withToken(token).get("members/me").then().statusCode(401);
  }
}
