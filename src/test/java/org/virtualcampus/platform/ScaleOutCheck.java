package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.Concurrently;
import org.virtualcampus.support.HomeworkFixture;
import org.virtualcampus.support.SampleFiles;

/**
 * Two instances behind nginx, as in production (run by .ci/two-instances with {@code
 * -Dcampus.instances=url1,url2 -Dcampus.balancer=url}; not part of the Arquillian suite): a rush
 * through the balancer keeps every invariant, a page session started on one instance is honoured by
 * the other, and a file uploaded through one downloads through the other.
 */
class ScaleOutCheck {
  List<Campus> instances;
  Campus balancer;

  @BeforeEach
  void connect() throws Exception {
    instances = new ArrayList<>();
    for (String url : System.getProperty("campus.instances", "").split(",")) {
      instances.add(new Campus(URI.create(url.trim()).toURL()));
    }
    assertThat(instances).as("-Dcampus.instances names two instances").hasSize(2);
    balancer = new Campus(URI.create(System.getProperty("campus.balancer", "")).toURL());
  }

  @Test
  void aRushThroughTheBalancerKeepsEveryInvariant() throws Exception {
    CohortFixture cohorts = new CohortFixture(balancer);
    String cohort = cohorts.open(25);
    List<String> emails =
        Concurrently.all(
            IntStream.range(0, 100)
                .<Callable<String>>mapToObj(i -> () -> balancer.newEducator("lb" + i))
                .toList());
    List<Response> answers =
        Concurrently.all(
            emails.stream()
                .<Callable<Response>>map(
                    email ->
                        () ->
                            balancer
                                .as(email, Campus.PASSWORD)
                                .post("cohorts/" + cohort + "/enrollments"))
                .toList());
    assertThat(answers).extracting(Response::statusCode).containsOnly(201);
    assertThat(cohorts.figures(cohort))
        .containsEntry("seatsTaken", 25)
        .containsEntry("waiting", 75);
    assertThat(cohorts.waitlist(cohort))
        .extracting(e -> e.get("position"))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 75).boxed().toList());
    assertThat(cohorts.roster(cohort, "ENROLLED,WAITLISTED"))
        .extracting(e -> e.get("memberId"))
        .doesNotHaveDuplicates()
        .hasSize(100);
  }

  @Test
  void aPageSessionStartedOnOneInstanceIsHonouredByTheOther() {
    String email = instances.get(0).newEducator("pages");
    Map<String, String> session = instances.get(0).signInToPages(email, Campus.PASSWORD);
    assertThat(instances.get(0).pageStatus(session, "me/cohorts.xhtml")).isEqualTo(200);
    assertThat(instances.get(1).pageStatus(session, "me/cohorts.xhtml"))
        .as("the other instance knows the session")
        .isEqualTo(200);
    assertThat(balancer.pageStatus(session, "me/profile.xhtml")).isEqualTo(200);
    assertThat(instances.get(1).pageStatus(Map.of(), "me/cohorts.xhtml"))
        .as("without the session the page asks to sign in")
        .isEqualTo(302);
  }

  @Test
  void aFileUploadedThroughOneInstanceDownloadsThroughTheOther() {
    Campus first = instances.get(0);
    String item = new HomeworkFixture(first).podcastItem(new CohortFixture(first).course());
    byte[] audio = SampleFiles.mp3(400_000);
    String fileId =
        first
            .as(Campus.COORDINATOR)
            .contentType("application/octet-stream")
            .queryParam("filename", "talk.mp3")
            .body(audio)
            .put("items/" + item + "/media")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].mediaFileId");
    Response downloaded = instances.get(1).as(Campus.COORDINATOR).get("files/" + fileId);
    assertThat(downloaded.statusCode()).isEqualTo(200);
    assertThat(downloaded.asByteArray()).isEqualTo(audio);
  }
}
