package org.virtualcampus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;
import org.virtualcampus.support.CohortFixture;

/** A Spanish-speaking educator reads the campus in Spanish: texts, dates and times. */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class SpanishBrowserIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  Browser browser;

  @BeforeEach
  void open() {
    campus = new Campus(deploymentUrl);
    browser = new Browser(campus.app(), "es");
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void spanishSpeakingEducatorSeesDatesAndTextsInSpanish() {
    CohortFixture cohorts = new CohortFixture(campus);
    Map<String, Object> plan = cohorts.plan(1);
    plan.put("seatPolicy", "OFFER");
    String cohort = cohorts.open(plan);
    String email = campus.newEducator("lucia"); // Europe/Berlin, language not chosen yet
    cohorts.request(cohort, email);

    // The browser asks for Spanish: the sign-in page speaks it before anyone is known.
    browser.open("login.xhtml");
    browser.waitForText("h1", "Iniciar sesión");
    assertThat(
            browser
                .driver()
                .findElement(org.openqa.selenium.By.tagName("html"))
                .getAttribute("lang"))
        .isEqualTo("es");
    browser
        .type("login:email", email)
        .type("login:password", Campus.PASSWORD)
        .click("login:signIn");
    browser.find("#nav\\:signedInAs");

    // Signed in, the profile's language counts; she makes it Spanish.
    browser.open("me/profile.xhtml");
    browser.selectOption("profile:language", "Español");
    browser.click("profile:save");
    browser.waitForText("h1", "Mi perfil");
    browser.waitForText("#messages", "Se ha guardado tu perfil.");
    assertThat(browser.text("#profile\\:roles")).isEqualTo("Docente");

    browser.open("me/cohorts.xhtml");
    browser.waitForText("h1", "Mis cohortes");
    String card = browser.text(".place");
    assertThat(card)
        .contains("Plaza ofrecida")
        .contains("Plaza reservada para ti hasta el")
        .containsPattern("\\d{1,2} [a-z]{3,4}\\.? \\d{4},? \\d{1,2}:\\d{2} CES?T")
        .contains("(dentro de 3 días)");
    assertThat(browser.text("#nav\\:menu")).contains("Inicio").contains("Mis cohortes");
    browser.screenshot("spanish-my-cohorts");
  }
}
