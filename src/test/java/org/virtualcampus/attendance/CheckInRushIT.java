package org.virtualcampus.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Campus;

/**
 * Forty people check in at the start minute, each pressing the button twice: forty records, no
 * duplicates, and every second press refused (issue 10).
 */
@ExtendWith(ArquillianExtension.class)
class CheckInRushIT {
  @ArquillianResource URL deploymentUrl;

  @Test
  void fortyCheckInsAtTheStartMinuteMakeFortyRecordsAndNoDuplicates() throws Exception {
    Campus campus = new Campus(deploymentUrl);
    AttendanceFixture fixture = new AttendanceFixture(campus);
    Cohort cohort = fixture.cohort("rush", 40);
    Session session = fixture.session(cohort, "Week 1", 1);
    String code =
        campus
            .as(Campus.FACILITATOR)
            .get("sessions/" + session.id() + "/check-in-code")
            .jsonPath()
            .getString("code");
    fixture.moveTo(session, Duration.ZERO);
    List<String> tokens = new ArrayList<>();
    for (String email : cohort.educators()) {
      tokens.add(campus.tokenFor(email, Campus.PASSWORD));
    }

    ExecutorService pool = Executors.newFixedThreadPool(40);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int press = 0; press < 2; press++) {
        for (String token : tokens) {
          Callable<Integer> checkIn =
              () -> {
                go.await();
                return campus
                    .withToken(token)
                    .body(Map.of("code", code))
                    .post("check-ins")
                    .statusCode();
              };
          answers.add(pool.submit(checkIn));
        }
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses.stream().filter(s -> s == 201)).hasSize(40);
    } finally {
      pool.shutdownNow();
    }

    JsonPath roll =
        campus.as(Campus.FACILITATOR).get("sessions/" + session.id() + "/roll-call").jsonPath();
    assertThat(roll.getInt("recorded")).isEqualTo(40);
    assertThat(roll.getList("entries.status")).hasSize(40).containsOnly("PRESENT");
  }
}
