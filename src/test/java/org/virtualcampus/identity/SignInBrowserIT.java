package org.virtualcampus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualcampus.support.Browser;
import org.virtualcampus.support.BrowserTest;
import org.virtualcampus.support.Campus;

/** Sign-in, sign-out and a wrong password, in headless Chromium. */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class SignInBrowserIT {

  @ArquillianResource URL deploymentUrl;
  Browser browser;

  @BeforeEach
  void open() {
    browser = new Browser(new Campus(deploymentUrl).app());
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void memberSignsInSeesTheirNameAndSignsOut() {
    browser.signIn(Campus.COORDINATOR, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Cora Coordinator");
    browser.screenshot("signed-in-home");

    browser.click("nav:signOut");
    browser.waitForText("#signedOutNotice", "You have signed out.");
    assertThat(browser.currentPath()).endsWith("/login.xhtml");

    browser.open("me/profile.xhtml");
    assertThat(browser.currentPath())
        .as("signed out: protected pages ask to sign in again")
        .endsWith("/login.xhtml");
  }

  @Test
  void wrongPasswordShowsAGenericMessage() {
    browser.signIn(Campus.FACILITATOR, "not-the-password");
    browser.waitForText("#messages", "Sign-in failed");
    assertThat(browser.text("#messages"))
        .doesNotContain("password is wrong")
        .doesNotContain("unknown");
    assertThat(browser.currentPath()).endsWith("/login.xhtml");
  }

  @Test
  void protectedPageReturnsToItselfAfterSignIn() {
    browser.open("me/profile.xhtml");
    assertThat(browser.currentPath()).endsWith("/login.xhtml");
    browser
        .type("login:email", Campus.EDUCATOR)
        .type("login:password", Campus.DEMO_PASSWORD)
        .click("login:signIn");
    browser.waitForText("h1", "My profile");
    assertThat(browser.currentPath()).endsWith("/me/profile.xhtml");
    browser.screenshot("profile");
  }
}
