package org.virtualcampus.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.virtualcampus.notification.boundary.Rendered;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.Params;

/** Notification texts rendered from the templates, in English and Spanish. */
class TemplatesTest {
  final Templates templates = new Templates();
  final Addressee nora =
      new Addressee("Nora", "nora@example.org", "en", ZoneId.of("Europe/Berlin"));
  final Addressee lucia =
      new Addressee("Lucía", "lucia@example.org", "es", ZoneId.of("America/Mexico_City"));

  final Params everything =
      Params.empty()
          .with("cohortId", "c-1")
          .with("cohortName", "Spring 2027")
          .with("courseTitle", "Feedback Course")
          .with("deadline", Instant.parse("2026-11-24T17:00:00Z"))
          .with("expiresAt", Instant.parse("2026-12-21T17:00:00Z"))
          .with("startsOn", LocalDate.of(2027, 1, 4))
          .with("fromWaitlist", 1)
          .with("position", 3)
          .with("waiting", 12)
          .with("capPercent", 0)
          .with("memberName", "Ana Tester")
          .with("memberEmail", "ana@example.org")
          .with("seatFree", 0)
          .with("reason", "Left the institution")
          .with("weeks", 5)
          .with("weeklyHours", 6)
          .with("day", LocalDate.of(2026, 11, 21))
          .with("count", 2);

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void everyKindRendersCompletelyInBothLanguages(NotificationKind kind) {
    for (Addressee to : List.of(nora, lucia)) {
      Rendered r = templates.render(kind, everything, to, Optional.of("s3cret"));
      assertThat(r.subject()).isNotBlank().doesNotContain("{", "}", "''");
      assertThat(r.text())
          .startsWith(to.language().equals("es") ? "Hola, " + to.name() : "Hello " + to.name())
          .doesNotContain("{", "}", "''");
      assertThat(r.html()).startsWith("<p>");
    }
  }

  @Test
  void englishOfferNamesTheDeadlineInTheReadersZone() {
    Rendered r =
        templates.render(NotificationKind.SEAT_OFFERED, everything, nora, Optional.empty());
    assertThat(r.subject()).isEqualTo("A seat in Spring 2027 is yours to accept");
    assertThat(r.text())
        .contains("A seat has freed up in Spring 2027 (Feedback Course)")
        .contains("Tuesday, November 24, 2026")
        .contains("6:00")
        .contains("(Europe/Berlin)")
        .contains("http://localhost:8080/me/cohorts.xhtml");
  }

  @Test
  void spanishOfferIsInSpanishWithTheDeadlineInTheReadersZone() {
    Rendered r =
        templates.render(NotificationKind.SEAT_OFFERED, everything, lucia, Optional.empty());
    assertThat(r.subject()).isEqualTo("Tienes una plaza en Spring 2027 para aceptar");
    assertThat(r.text())
        .contains("Se ha liberado una plaza en Spring 2027")
        .contains("martes, 24 de noviembre de 2026")
        .contains("11:00")
        .contains("(America/Mexico_City)");
  }

  @Test
  void numbersAndChoicesFollowTheParameters() {
    Rendered full =
        templates.render(NotificationKind.WAITLISTED, everything, nora, Optional.empty());
    assertThat(full.text()).contains("Spring 2027 is full for now. You are number 3 of 12");
    Rendered capped =
        templates.render(
            NotificationKind.WAITLISTED, everything.with("capPercent", 40), nora, Optional.empty());
    assertThat(capped.text()).contains("no profession holds more than 40% of them");
    Rendered withdrew =
        templates.render(NotificationKind.MEMBER_WITHDREW, everything, nora, Optional.empty());
    assertThat(withdrew.subject()).isEqualTo("Ana Tester withdrew from Spring 2027");
    assertThat(withdrew.text())
        .contains("gone to the next person")
        .contains("http://localhost:8080/coordinator/cohort.xhtml?id=c-1");
  }

  @Test
  void invitationLinkCarriesTheSecretOnlyWhenMailed() {
    Rendered shown =
        templates.render(NotificationKind.INVITATION, everything, nora, Optional.empty());
    assertThat(shown.text()).doesNotContain("token=").contains("sent by e-mail");
    Rendered mailed =
        templates.render(NotificationKind.INVITATION, everything, nora, Optional.of("abc-123"));
    assertThat(mailed.text()).contains("http://localhost:8080/invitation.xhtml?token=abc-123");
    assertThat(mailed.html())
        .contains(
            "<a href=\"http://localhost:8080/invitation.xhtml?token=abc-123\">"
                + "http://localhost:8080/invitation.xhtml?token=abc-123</a>");
  }

  @Test
  void linksAreAbsoluteOnThePublicAddress() {
    templates.publicUrl = "https://campus.example.org/";
    Rendered r = templates.render(NotificationKind.WELCOME, everything, nora, Optional.empty());
    assertThat(r.text())
        .contains("Sign in at https://campus.example.org/login.xhtml with nora@example.org");
  }

  @Test
  void digestListsEveryNoticeOfTheDayUnderOneGreeting() {
    Rendered enrolled =
        templates.render(NotificationKind.ENROLLED, everything, lucia, Optional.empty());
    Rendered withdrawn =
        templates.render(NotificationKind.WITHDRAWN, everything, lucia, Optional.empty());
    Rendered digest = templates.renderDigest(everything, List.of(enrolled, withdrawn), lucia);
    assertThat(digest.subject())
        .isEqualTo("Tu resumen de Virtual Campus del 21 de noviembre de 2026");
    assertThat(digest.text())
        .startsWith("Hola, Lucía:")
        .contains("2 avisos del 21 de noviembre de 2026")
        .contains("— " + enrolled.subject())
        .contains("— " + withdrawn.subject())
        .contains("/me/notification-preferences.xhtml");
    assertThat(digest.text().split("Hola, Lucía:", -1)).as("one greeting").hasSize(2);
  }

  @Test
  void htmlEscapesWhatParametersBring() {
    Rendered r =
        templates.render(
            NotificationKind.REMOVED,
            everything.with("reason", "<script>alert('x')</script> & more"),
            nora,
            Optional.empty());
    assertThat(r.html())
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
        .doesNotContain("<script>");
  }

  @Test
  void unknownLanguagesFallBackToEnglish() {
    Addressee klaus = new Addressee("Klaus", "k@example.org", "de", ZoneId.of("UTC"));
    assertThat(
            templates
                .render(NotificationKind.WELCOME, everything, klaus, Optional.empty())
                .subject())
        .isEqualTo("Welcome to Virtual Campus");
  }
}
