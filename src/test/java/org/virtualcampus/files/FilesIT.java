package org.virtualcampus.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;
import org.virtualcampus.support.HomeworkFixture;
import org.virtualcampus.support.SampleFiles;

/**
 * Stored files end to end (issue 9, storage): uploaded media play with byte ranges for whoever
 * takes part in the course; an upload cut off mid-body leaves nothing behind; files nothing refers
 * to any more are cleaned up.
 */
@ExtendWith(ArquillianExtension.class)
class FilesIT {
  static final Path STORAGE = Path.of("target", "it-files");

  @ArquillianResource URL deploymentUrl;
  Campus campus;
  CohortFixture cohorts;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    cohorts = new CohortFixture(campus);
  }

  private String podcastItem(String course) {
    String opened = LocalDate.ofInstant(campus.now(), ZoneOffset.UTC).minusDays(2).toString();
    String module =
        campus
            .as(Campus.COORDINATOR)
            .body(Map.of("title", "Listening", "releaseOn", opened))
            .post("courses/" + course + "/modules")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    // Without a link the podcast must say its file is uploaded.
    campus
        .as(Campus.COORDINATOR)
        .body(Map.of("kind", "PODCAST", "title", "A talk", "minutes", 20))
        .post("modules/" + module + "/items")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("linkUrl"));
    return campus
        .as(Campus.COORDINATOR)
        .body(Map.of("kind", "PODCAST", "title", "A talk", "minutes", 20, "uploaded", true))
        .post("modules/" + module + "/items")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("items[0].id");
  }

  @Test
  void uploadedAudioPlaysWithByteRangesForTheCoursesPeopleOnly() {
    String course = cohorts.course();
    String item = podcastItem(course);
    byte[] audio = SampleFiles.mp3(300_000);

    campus
        .as(Campus.COORDINATOR)
        .contentType("application/octet-stream")
        .queryParam("filename", "talk.mp3")
        .body("not audio at all".getBytes(StandardCharsets.UTF_8))
        .put("items/" + item + "/media")
        .then()
        .statusCode(415)
        .body("detail", containsString("mp3, m4a, wav, ogg"));
    // Larger than Payara's default request limit (25 MB): a recorded talk must get through.
    String large =
        campus
            .as(Campus.COORDINATOR)
            .contentType("application/octet-stream")
            .queryParam("filename", "long-talk.mp3")
            .body(SampleFiles.mp3(30 * 1024 * 1024))
            .put("items/" + item + "/media")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("items[0].mediaFileId");
    assertThat(large).isNotNull();
    String fileId =
        campus
            .as(Campus.COORDINATOR)
            .contentType("application/octet-stream")
            .queryParam("filename", "talk.mp3")
            .body(audio)
            .put("items/" + item + "/media")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("items[0].mediaFileId");
    assertThat(fileId).isNotNull();

    String cohort = cohorts.open(5);
    String listener = campus.newEducator("listener");
    cohorts.request(cohort, listener);
    assertThat(
            campus
                .as(listener, Campus.PASSWORD)
                .get("cohorts/" + cohort + "/modules")
                .jsonPath()
                .getString("modules.find { it.title == 'Listening' }.items[0].mediaFileId"))
        .isEqualTo(fileId);

    Response whole = campus.as(listener, Campus.PASSWORD).get("files/" + fileId);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.contentType()).startsWith("audio/mpeg");
    assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
    assertThat(whole.asByteArray()).isEqualTo(audio);

    Response part =
        campus
            .as(listener, Campus.PASSWORD)
            .header("Range", "bytes=1000-1099")
            .get("files/" + fileId);
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.header("Content-Range")).isEqualTo("bytes 1000-1099/300000");
    assertThat(part.asByteArray()).isEqualTo(Arrays.copyOfRange(audio, 1000, 1100));
    campus
        .as(listener, Campus.PASSWORD)
        .header("Range", "bytes=300000-")
        .get("files/" + fileId)
        .then()
        .statusCode(416)
        .header("Content-Range", "bytes */300000");

    // Someone with no part in the course's cohorts is told there is no such file.
    campus
        .as(campus.newEducator("outsider"), Campus.PASSWORD)
        .get("files/" + fileId)
        .then()
        .statusCode(404);
  }

  @Test
  void anUploadCutOffMidBodyLeavesTheDraftAndTheStorageAsTheyWere() throws Exception {
    String course = cohorts.course();
    HomeworkFixture material = new HomeworkFixture(campus);
    String module = material.openModule(course, "Cut off");
    material.homework(module, List.of("pdf"), true, 20, null);
    String cohort = cohorts.open(5);
    String educator = campus.newEducator("cutoff");
    cohorts.request(cohort, educator);
    String path = "cohorts/" + cohort + "/modules/" + module + "/homework";
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    String first =
        campus
            .as(educator, Campus.PASSWORD)
            .contentType("application/octet-stream")
            .queryParam("filename", "first.pdf")
            .body(pdf)
            .post(path + "/draft/files")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("current.files[0].id");

    // Promise 5 MB, send 1 MB, hang up.
    String token = campus.tokenFor(educator, Campus.PASSWORD);
    var app = campus.app();
    try (Socket socket = new Socket(app.getHost(), app.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + app.getPath()
                  + "api/v1/"
                  + path
                  + "/draft/files?filename=second.pdf HTTP/1.1\r\n"
                  + "Host: "
                  + app.getHost()
                  + ":"
                  + app.getPort()
                  + "\r\n"
                  + "Authorization: Bearer "
                  + token
                  + "\r\n"
                  + "Content-Type: application/octet-stream\r\n"
                  + "Content-Length: "
                  + (5 * 1024 * 1024)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      System.arraycopy(pdf, 0, chunk, 0, pdf.length - 6);
      for (int i = 0; i < 16; i++) {
        out.write(chunk);
      }
      out.flush();
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(partialFiles()).isEmpty());
    campus
        .as(educator, Campus.PASSWORD)
        .get(path)
        .then()
        .statusCode(200)
        .body("current.files.size()", equalTo(1))
        .body("current.files[0].id", equalTo(first));
    assertThat(campus.as(educator, Campus.PASSWORD).get("files/" + first).asByteArray())
        .isEqualTo(pdf);

    // Taken off the draft, the file is nobody's any more: a day later the cleanup removes it.
    campus
        .as(educator, Campus.PASSWORD)
        .delete(path + "/draft/files/" + first)
        .then()
        .statusCode(200);
    campus.advanceClock(Duration.ofHours(25));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                campus.as(educator, Campus.PASSWORD).get("files/" + first).then().statusCode(404));
  }

  private static List<Path> partialFiles() throws java.io.IOException {
    Path tmp = STORAGE.resolve("tmp");
    if (!Files.isDirectory(tmp)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(tmp)) {
      return files.toList();
    }
  }
}
