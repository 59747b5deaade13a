package org.virtualcampus.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.AttendanceFixture;
import org.virtualcampus.support.AttendanceFixture.Cohort;
import org.virtualcampus.support.AttendanceFixture.Session;
import org.virtualcampus.support.Campus;

/**
 * Importing the participant reports Zoom and Teams export, in the four shapes people upload: the
 * preview changes nothing, thresholds apply exactly, entries nobody could match are matched by
 * hand, and applying sets every record in one go (issue 10).
 */
@ExtendWith(ArquillianExtension.class)
public class AttendanceImportIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  AttendanceFixture fixture;

  @BeforeEach
  void connect() {
    campus = new Campus(deploymentUrl);
    fixture = new AttendanceFixture(campus);
  }

  /**
   * A sample report moved to the session's day, its demo addresses replaced by the cohort's
   * educators, in the sample's own encoding.
   */
  public static byte[] sample(String name, LocalDate day, List<String> educators)
      throws IOException {
    byte[] raw;
    try (InputStream in =
        AttendanceImportIT.class.getResourceAsStream("/attendance-import/" + name)) {
      raw = in.readAllBytes();
    }
    boolean utf16 = raw.length > 1 && raw[0] == (byte) 0xFF && raw[1] == (byte) 0xFE;
    Charset charset = utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
    String text = new String(raw, charset);
    text =
        text.replace("03/04/2030", day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")))
            .replace("3/4/2030", day.format(DateTimeFormatter.ofPattern("M/d/yyyy")))
            .replace("3/4/30", day.format(DateTimeFormatter.ofPattern("M/d/yy")));
    for (int i = 0; i < educators.size() && i < 4; i++) {
      text = text.replace("educator0" + (i + 1) + "@campus.example", educators.get(i));
    }
    return text.getBytes(charset);
  }

  private JsonPath upload(Session session, String name, byte[] content) {
    return campus
        .as(Campus.FACILITATOR)
        .contentType("text/csv")
        .queryParam("fileName", name)
        .body(content)
        .post("sessions/" + session.id() + "/attendance-imports")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static String statusOf(JsonPath preview, String memberId) {
    return preview.getString("participants.find { it.memberId == '" + memberId + "' }.status");
  }

  @Test
  void aZoomReportPreviewsThenAppliesWithThresholdsAndAHandMatch() throws IOException {
    Cohort cohort = fixture.cohort("zoom", 6);
    Session session = fixture.session(cohort, "Week 1", 1, 60);
    List<String> e = cohort.educators();
    String[] ids = e.stream().map(fixture::memberId).toArray(String[]::new);
    String excuse =
        campus
            .as(e.get(5), Campus.PASSWORD)
            .body(Map.of("reason", "On call"))
            .post("sessions/" + session.id() + "/excuses")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("approve", true))
        .post("excuses/" + excuse + "/decision")
        .then()
        .statusCode(200);
    fixture.moveTo(session, Duration.ofMinutes(61));
    LocalDate day = cohort.startsOn().plusDays(1);

    // Not a report: 400 naming the columns it lacks; a participant cannot import.
    campus
        .as(Campus.FACILITATOR)
        .contentType("text/csv")
        .body("Item,Price\nTea,2\n".getBytes(StandardCharsets.UTF_8))
        .post("sessions/" + session.id() + "/attendance-imports")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("file"))
        .body("errors[0].message", containsString("join time"));
    byte[] zoom = sample("zoom-participants-with-meeting-header.csv", day, e);
    campus
        .as(e.get(0), Campus.PASSWORD)
        .contentType("text/csv")
        .body(zoom)
        .post("sessions/" + session.id() + "/attendance-imports")
        .then()
        .statusCode(403);

    JsonPath preview = upload(session, "zoom.csv", zoom);
    String importId = preview.getString("importId");
    assertThat(preview.getString("shape")).isEqualTo("ZOOM");
    assertThat(statusOf(preview, ids[0])).isEqualTo("PRESENT"); // 9:58, the whole hour
    assertThat(statusOf(preview, ids[1])).isEqualTo("LATE"); // joined 10:14:40
    assertThat(statusOf(preview, ids[2])).isEqualTo("PRESENT"); // three rows, 57 minutes
    assertThat(statusOf(preview, ids[3])).isEqualTo("PRESENT"); // 30:38, minimum 30
    assertThat(statusOf(preview, ids[4])).isEqualTo("ABSENT"); // not matched yet
    assertThat(statusOf(preview, ids[5])).isEqualTo("EXCUSED"); // approved, stays
    assertThat(preview.getList("unmatched.name")).containsExactly("iPhone 12");
    assertThat(preview.getList("staff.email")).containsExactly(Campus.FACILITATOR);
    String guest = preview.getString("unmatched[0].key");
    assertThat(preview.getInt("participants.find { it.memberId == '" + ids[2] + "' }.minutes"))
        .isEqualTo(57);

    // Nothing is recorded by a preview.
    assertThat(
            campus
                .as(Campus.FACILITATOR)
                .get("sessions/" + session.id() + "/roll-call")
                .jsonPath()
                .getInt("recorded"))
        .isEqualTo(1);

    Map<String, Object> choices = new HashMap<>();
    choices.put("minimumMinutes", 31);
    choices.put("lateAfterMinutes", 15);
    choices.put("matches", Map.of(guest, ids[4]));
    JsonPath adjusted =
        campus
            .as(Campus.FACILITATOR)
            .body(choices)
            .post("attendance-imports/" + importId + "/preview")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(statusOf(adjusted, ids[1])).isEqualTo("PRESENT"); // 14:40 late is within 15
    assertThat(statusOf(adjusted, ids[3])).isEqualTo("ABSENT"); // 30:38 is under 31
    assertThat(statusOf(adjusted, ids[4])).isEqualTo("PRESENT");
    assertThat(
            adjusted.getString("participants.find { it.memberId == '" + ids[4] + "' }.matchedBy"))
        .isEqualTo("HAND");
    assertThat(adjusted.getList("unmatched")).isEmpty();

    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("matches", Map.of(guest, fixture.demoMemberId(Campus.EDUCATOR))))
        .post("attendance-imports/" + importId + "/preview")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("matches"));
    campus
        .as(Campus.FACILITATOR)
        .body(Map.of("minimumMinutes", -1))
        .post("attendance-imports/" + importId + "/application")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("minimumMinutes"));

    campus
        .as(Campus.FACILITATOR)
        .body(choices)
        .post("attendance-imports/" + importId + "/application")
        .then()
        .statusCode(200)
        .body("present", equalTo(4))
        .body("absent", equalTo(1))
        .body("excused", equalTo(1))
        .body("changed", equalTo(5));
    JsonPath roll =
        campus.as(Campus.FACILITATOR).get("sessions/" + session.id() + "/roll-call").jsonPath();
    assertThat(roll.getInt("recorded")).isEqualTo(6);
    assertThat(roll.getString("entries.find { it.memberId == '" + ids[3] + "' }.status"))
        .isEqualTo("ABSENT");
    assertThat(roll.getString("entries.find { it.memberId == '" + ids[3] + "' }.source"))
        .isEqualTo("IMPORT");
    campus
        .as(Campus.FACILITATOR)
        .body(choices)
        .post("attendance-imports/" + importId + "/application")
        .then()
        .statusCode(404);
  }

  @Test
  void theOtherThreeShapesImportToTheSameStatuses() throws IOException {
    Cohort cohort = fixture.cohort("shapes", 4);
    Session session = fixture.session(cohort, "Week 1", 1, 60);
    List<String> e = cohort.educators();
    String[] ids = e.stream().map(fixture::memberId).toArray(String[]::new);
    fixture.moveTo(session, Duration.ofMinutes(61));
    LocalDate day = cohort.startsOn().plusDays(1);
    List<String> expected = List.of("PRESENT", "LATE", "PRESENT", "PRESENT");

    for (String name : List.of("zoom-participants.csv", "teams-attendance-report.csv")) {
      JsonPath preview = upload(session, name, sample(name, day, e));
      for (int i = 0; i < 4; i++) {
        assertThat(statusOf(preview, ids[i])).as(name + " " + i).isEqualTo(expected.get(i));
      }
    }

    // The old Teams list has names only: everyone is matched by hand.
    JsonPath legacy = upload(session, "legacy.csv", sample("teams-attendance-legacy.csv", day, e));
    assertThat(legacy.getString("shape")).isEqualTo("TEAMS_LEGACY");
    List<String> names = List.of("Ana Garcia", "Ben Schmidt", "Chen Okafor", "Dana Nguyen");
    Map<String, String> matches = new HashMap<>();
    for (int i = 0; i < 4; i++) {
      String key = legacy.getString("unmatched.find { it.name == '" + names.get(i) + "' }.key");
      matches.put(key, ids[i]);
    }
    JsonPath matched =
        campus
            .as(Campus.FACILITATOR)
            .body(Map.of("matches", matches))
            .post("attendance-imports/" + legacy.getString("importId") + "/preview")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (int i = 0; i < 4; i++) {
      assertThat(statusOf(matched, ids[i])).as("legacy " + i).isEqualTo(expected.get(i));
    }
    assertThat(matched.getList("unmatched.name")).containsExactly("Fran Facilitator");
  }
}
