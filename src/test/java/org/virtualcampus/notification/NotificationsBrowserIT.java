package org.virtualcampus.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;

/**
 * A member reads their notifications; a coordinator reads and filters the outbox; in headless
 * Chromium.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class NotificationsBrowserIT {

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
  void newMemberReadsTheirWelcomeInTheirTimeZone() {
    String email = campus.newEducator("reader");
    browser.signIn(email, Campus.PASSWORD);
    browser.waitForText("#nav\\:menu", "Notifications");
    assertThat(browser.text("#nav\\:menu")).doesNotContain("Outbox");

    browser.open("me/notifications.xhtml");
    browser.waitForText("h1", "My notifications");
    browser.waitForText("#mine\\:table", "Welcome to Virtual Campus");
    assertThat(browser.text("#mine\\:table .notification-body")).contains(email);
    assertThat(browser.text("#timesIn")).contains("Europe/Berlin");
    browser.screenshot("my-notifications");
  }

  @Test
  void coordinatorSeesTheNewestMessageFirstAndFiltersByStatus() {
    String email = campus.newEducator("outboxed");
    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:menu", "Outbox");

    browser.open("coordinator/outbox.xhtml");
    browser.waitForText("#outbox\\:table", email);
    // Signing up queues two messages at once (welcome and address confirmation); both are
    // newest, in either order.
    String firstRow = browser.text("#outbox\\:table_data tr:first-child");
    assertThat(firstRow).contains(email);
    assertThat(browser.text("#outbox\\:table_data tr:first-child .status-tag"))
        .isIn("Pending", "Sent");
    WebElement welcome =
        browser.driver().findElements(By.cssSelector("#outbox\\:table_data > tr")).stream()
            .limit(2)
            .filter(row -> row.getText().contains("Welcome to Virtual Campus"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no welcome among the two newest: " + firstRow));
    assertThat(welcome.getText()).contains(email);

    welcome.findElement(By.cssSelector(".ui-row-toggler")).click();
    browser.waitForText(
        ".ui-expanded-row-content .notification-body", "your Virtual Campus account is ready");
    browser.screenshot("outbox");

    // Just queued, so it cannot have used up its tries: filtering by "Failed" leaves it out.
    // With the keyboard: on the closed menu, typing a status's first letter chooses it.
    browser.find("#outbox\\:status_label").sendKeys("f");
    browser.waitForText("#outbox\\:status_label", "Failed");
    browser.click("outbox:show");
    browser.waitForText("#outbox\\:table", "No notification matches.");
  }
}
