package org.virtualcampus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;

/** The page shell with a keyboard and on a phone: menu, focus, dialogs, error pages, favicon. */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class NavigationBrowserIT {
  @ArquillianResource URL deploymentUrl;
  Campus campus;
  Browser browser;

  @BeforeEach
  void open() {
    campus = new Campus(deploymentUrl);
    browser = new Browser(campus.app());
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void educatorOnAPhoneOpensTheMenuAndReachesEveryItemByKeyboard() {
    String email = campus.newEducator("thumbs");
    browser.signIn(email, Campus.PASSWORD);
    browser.find("#nav\\:signedInAs");
    browser.resize(390, 844).open("me/cohorts.xhtml");
    browser.find("h1");

    WebElement menu = browser.byId("nav:menu");
    assertThat(menu.isDisplayed()).as("the menu is folded on a phone").isFalse();
    assertThat(browser.byId("header").getSize().getHeight())
        .as("the folded header leaves the screen to the content")
        .isLessThan(80);

    // From the skip link, the first stop at the top of the page: the brand, then the menu button
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.querySelector('.skip-link').focus();");
    assertThat(browser.focused().getAttribute("class")).contains("skip-link");
    browser.press(Keys.TAB);
    assertThat(browser.focused().getAttribute("id")).isEqualTo("nav:brand");
    browser.press(Keys.TAB);
    WebElement toggle = browser.focused();
    assertThat(toggle.getAttribute("id")).isEqualTo("menuToggle");
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(toggle.getCssValue("outline-style")).as("a visible focus ring").isNotEqualTo("none");

    browser.press(Keys.ENTER);
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
        .until(ExpectedConditions.visibilityOf(menu));
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");

    List<String> reached = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      browser.press(Keys.TAB);
      WebElement at = browser.focused();
      reached.add(at.getAttribute("id"));
      assertThat(at.isDisplayed()).as("%s is visible when it has the focus", reached).isTrue();
      assertThat(at.getCssValue("outline-style"))
          .as("focus ring on %s", reached)
          .isNotEqualTo("none");
      if ("nav:signOut".equals(at.getAttribute("id"))) {
        break;
      }
    }
    assertThat(reached)
        .containsExactly(
            "nav:home",
            "nav:catalogue",
            "nav:myCohorts",
            "nav:mySessions",
            "nav:myAttendance",
            "nav:myPortfolio",
            "nav:myCertificates",
            "nav:notifications",
            "nav:profile",
            "nav:signOut");
    assertThat(browser.byId("nav:myCohorts").getAttribute("aria-current")).isEqualTo("page");
    assertThat(browser.byId("nav:home").getAttribute("aria-current")).isEqualTo("false");
    browser.screenshot("phone-menu-open");

    browser.press(Keys.ESCAPE);
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
        .until(ExpectedConditions.invisibilityOf(menu));
    assertThat(browser.focused().getAttribute("id")).isEqualTo("menuToggle");
  }

  @Test
  void escapeAndCancelCloseADialog() {
    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.find("#nav\\:signedInAs");
    browser.open("coordinator/cohorts.xhtml");
    browser.click("cohorts:newCourse");
    WebElement dialog = browser.find("#courseDialog");
    browser.byId("courseForm:title").sendKeys("x");
    browser.press(Keys.ESCAPE);
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
        .until(ExpectedConditions.invisibilityOf(dialog));

    browser.click("cohorts:newCourse");
    browser.find("#courseDialog");
    browser.click("courseForm:cancelCourse");
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
        .until(ExpectedConditions.invisibilityOf(dialog));
  }

  @Test
  void errorPagesKnowWhetherYouAreSignedIn() {
    browser.open("no-such-page.xhtml");
    browser.waitForText("h1", "Page not found");
    assertThat(browser.driver().findElements(By.id("errorSignIn"))).hasSize(1);

    browser.signIn(Campus.EDUCATOR, Campus.DEMO_PASSWORD);
    browser.find("#nav\\:signedInAs");
    browser.open("no-such-page.xhtml");
    browser.waitForText("h1", "Page not found");
    assertThat(browser.text("#nav\\:signedInAs")).contains("Signed in as");
    assertThat(browser.driver().findElements(By.id("errorSignIn"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("nav:signInLink"))).isEmpty();
  }

  @Test
  void nestedPagesShowWhereTheyAreAndTheFaviconIsServed() {
    browser.signIn(Campus.EDUCATOR, Campus.DEMO_PASSWORD);
    browser.find("#nav\\:signedInAs");
    browser.open("me/notification-preferences.xhtml");
    assertThat(browser.text("nav.breadcrumbs")).contains("My notifications");
    assertThat(browser.byId("nav:notifications").getAttribute("aria-current")).isEqualTo("true");

    String icon =
        browser.driver().findElement(By.cssSelector("link[rel='icon']")).getAttribute("href");
    var response = RestAssured.given().get(icon);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.contentType()).contains("svg");
  }
}
