package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.Concurrently;
import org.virtualcampus.support.HomeworkFixture;
import org.virtualcampus.support.Mailbox;
import org.virtualcampus.support.SampleFiles;

/**
 * Faults on loopback (run by .ci/faults, never by the suite): the two instances behind nginx with
 * SMTP down from the start, the file directory on a small tmpfs, then MariaDB stopped and started,
 * and last one instance killed in the middle of a rush. Each step is bounded in time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsCheck {
  List<Campus> instances;
  Campus balancer;
  CohortFixture cohorts;

  @BeforeEach
  void connect() throws Exception {
    instances = new ArrayList<>();
    for (String url : System.getProperty("campus.instances", "").split(",")) {
      instances.add(new Campus(URI.create(url.trim()).toURL()));
    }
    balancer = new Campus(URI.create(System.getProperty("campus.balancer", "")).toURL());
    cohorts = new CohortFixture(balancer);
  }

  @Test
  @Order(1)
  void withSmtpDownTheOutboxKeepsEveryMailAndSendsEachOnceItIsBack() {
    List<String> emails =
        IntStream.range(0, 8).mapToObj(i -> balancer.newEducator("smtp" + i)).toList();
    // Each sign-up queues its mails (address check, welcome); every one is tried and kept.
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(triedAndKept(emails))
                    .as("tried, failed and kept: %s", outboxOf(emails))
                    .hasSize(outboxOf(emails).size())
                    .extracting(n -> n.get("recipientEmail"))
                    .containsAll(emails));
    Map<Object, Long> queued =
        outboxOf(emails).stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    n -> ((Map<?, ?>) n).get("recipientEmail"),
                    java.util.stream.Collectors.counting()));

    Mailbox.start();
    for (Campus instance : instances) {
      instance.advanceClock(Duration.ofHours(1)); // past every retry's backoff
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> emails.stream().allMatch(e -> Mailbox.to(e).size() >= queued.get(e)));
    await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
    assertThat(emails)
        .allSatisfy(
            e -> assertThat(Mailbox.to(e)).as("each mail once").hasSize(queued.get(e).intValue()));
  }

  private List<Object> outboxOf(List<String> emails) {
    return balancer
        .as(Campus.COORDINATOR)
        .queryParam("size", 200)
        .get("notifications")
        .jsonPath()
        .getList("items")
        .stream()
        .filter(n -> emails.contains(((Map<?, ?>) n).get("recipientEmail")))
        .toList();
  }

  /** The outbox entries of these addresses that were tried, failed and are kept for a retry. */
  private List<Map<String, Object>> triedAndKept(List<String> emails) {
    List<Map<String, Object>> pending =
        balancer
            .as(Campus.COORDINATOR)
            .queryParam("size", 200)
            .get("notifications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return pending.stream()
        .filter(n -> emails.contains(n.get("recipientEmail")))
        .filter(n -> !"SENT".equals(n.get("status")))
        .filter(n -> ((Number) n.get("attempts")).intValue() >= 1 && n.get("lastError") != null)
        .toList();
  }

  @Test
  @Order(2)
  void aFullDiskRefusesTheUploadCleanlyAndThePreviousVersionStays() throws Exception {
    String item = new HomeworkFixture(balancer).podcastItem(cohorts.course());
    byte[] audio = SampleFiles.mp3(1_000_000);
    String kept =
        upload(balancer, item, audio).then().statusCode(200).extract().path("items[0].mediaFileId");

    // The file directory is a tmpfs of a few MiB (.ci/faults): this one does not fit.
    Response refused = upload(balancer, item, SampleFiles.mp3(12 * 1024 * 1024));
    assertThat(refused.statusCode()).isEqualTo(507);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.jsonPath().getString("type")).endsWith("storage-full");
    assertThat(refused.header("Retry-After")).isNotNull();
    assertThat(refused.asString()).doesNotContain("Exception");

    for (Campus instance : instances) {
      Response stillThere = instance.as(Campus.COORDINATOR).get("files/" + kept);
      assertThat(stillThere.statusCode()).isEqualTo(200);
      assertThat(stillThere.asByteArray()).isEqualTo(audio);
    }
    Path files = Path.of(System.getProperty("campus.files"));
    try (Stream<Path> left = Files.walk(files)) {
      assertThat(left.filter(p -> p.toString().endsWith(".part")).toList())
          .as("no half-written upload")
          .isEmpty();
    }
  }

  private static Response upload(Campus campus, String item, byte[] bytes) {
    return campus
        .as(Campus.COORDINATOR)
        .contentType("application/octet-stream")
        .queryParam("filename", "talk.mp3")
        .body(bytes)
        .put("items/" + item + "/media");
  }

  @Test
  @Order(3)
  void whileTheDatabaseIsDownRequestsGet503AndNothingHalfWrittenRemains() throws Exception {
    String cohort = cohorts.open(5);
    String email = balancer.newEducator("outage");
    String token = balancer.tokenFor(email, Campus.PASSWORD);
    ready(200);

    // Shut down, and wait until the server process is gone (mysqladmin returns before).
    shell(
        "mysqladmin --protocol=tcp -h 127.0.0.1 -P 3306 -u root shutdown; for i in $(seq 1 60); do"
            + " pgrep -x mariadbd >/dev/null || exit 0; sleep 0.5; done; exit 1");
    try {
      ready(503);
      Response refused = balancer.withToken(token).post("cohorts/" + cohort + "/enrollments");
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.asString()).doesNotContain("Exception").doesNotContain("\tat ");
      Response catalogue = balancer.anonymous().get("cohorts/open");
      assertThat(catalogue.statusCode()).isEqualTo(503);
      assertThat(catalogue.contentType()).startsWith("application/problem+json");
    } finally {
      shell("source .ci/mariadb.sh && mariadb_ping");
    }
    ready(200);
    for (Campus instance : instances) {
      instance.anonymous().get("cohorts/open").then().statusCode(200);
    }
    assertThat(cohorts.roster(cohort, "ENROLLED,WAITLISTED")).as("nothing half-written").isEmpty();
    balancer.withToken(token).post("cohorts/" + cohort + "/enrollments").then().statusCode(201);
  }

  private void ready(int status) {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                instances.stream()
                    .allMatch(
                        i ->
                            io.restassured.RestAssured.get(i.server().resolve("health/ready"))
                                    .statusCode()
                                == status));
  }

  private static void shell(String command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).inheritIO();
    // The test JVM's TMPDIR is under target/, where a MariaDB started from here may not write.
    builder.environment().put("TMPDIR", "/tmp");
    Process p = builder.start();
    assertThat(p.waitFor()).as(command).isZero();
  }

  @Test
  @Order(4)
  void killingAnInstanceMidRushLosesAndDuplicatesNoPlace() throws Exception {
    ready(200);
    String cohort = cohorts.open(25);
    List<String> emails =
        Concurrently.all(
            IntStream.range(0, 100)
                .<Callable<String>>mapToObj(i -> () -> balancer.newEducator("kill" + i))
                .toList());
    emails.forEach(e -> balancer.tokenFor(e, Campus.PASSWORD));
    long victim = Long.parseLong(System.getProperty("campus.kill.pid"));
    AtomicInteger answered = new AtomicInteger();
    List<Integer> statuses =
        Concurrently.all(
            emails.stream()
                .<Callable<Integer>>map(
                    email ->
                        () -> {
                          int status = seat(email, cohort);
                          if (answered.incrementAndGet() == 30) {
                            ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly);
                          }
                          if (status != 201) {
                            // What a client does with a 502 or a broken connection: ask again
                            // once the balancer answers again. The killed instance may have been
                            // mid-mail: the mail server's thread then fails on a reset connection,
                            // which Awaitility would otherwise take for this wait's failure.
                            await()
                                .dontCatchUncaughtExceptions()
                                .atMost(Duration.ofSeconds(30))
                                .pollInterval(Duration.ofMillis(200))
                                .until(
                                    () ->
                                        io.restassured.RestAssured.get(
                                                    balancer.server().resolve("health/ready"))
                                                .statusCode()
                                            == 200);
                            status = seat(email, cohort);
                          }
                          return status;
                        })
                .toList());
    assertThat(statuses).allMatch(s -> s == 201 || s == 409);
    assertThat(ProcessHandle.of(victim).map(ProcessHandle::isAlive))
        .isNotEqualTo(java.util.Optional.of(true));

    List<Map<String, Object>> places = cohorts.roster(cohort, "ENROLLED,WAITLISTED");
    assertThat(places).extracting(p -> p.get("memberId")).doesNotHaveDuplicates().hasSize(100);
    assertThat(cohorts.figures(cohort))
        .containsEntry("seatsTaken", 25)
        .containsEntry("waiting", 75);
    assertThat(cohorts.waitlist(cohort))
        .extracting(e -> e.get("position"))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 75).boxed().toList());
    balancer.anonymous().get("cohorts/open").then().statusCode(200);
    assertThat(Set.of(200))
        .contains(
            io.restassured.RestAssured.get(balancer.server().resolve("health/ready")).statusCode());
  }

  private int seat(String email, String cohort) {
    try {
      return balancer
          .as(email, Campus.PASSWORD)
          .post("cohorts/" + cohort + "/enrollments")
          .statusCode();
    } catch (RuntimeException brokenConnection) {
      return -1;
    }
  }
}
