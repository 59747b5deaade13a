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

/** An admin finds a member and gives them a role, in the browser. */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class AdminMembersBrowserIT {

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
  void adminFindsAMemberAndMakesThemAFacilitator() {
    String email = campus.newEducator("promotee");
    browser.signIn(Campus.ADMIN, Campus.DEMO_PASSWORD);
    browser.waitForText("#nav\\:signedInAs", "Ada Admin");
    browser.open("admin/members.xhtml");
    browser.type("members:query", email);
    browser.click("members:find");
    browser.waitForText("#members\\:table", email);
    assertThat(browser.find("#members\\:table").getText())
        .doesNotContain("educator01@campus.example");

    browser.clickInRow("promotee Tester", "Edit roles");
    browser.byId("roles:roleChoice");
    browser.clickLabel("Facilitator");
    browser.click("roles:saveRoles");
    browser.waitForText("#messages", "Roles of promotee Tester saved.");
    browser.screenshot("admin-members");

    assertThat(campus.as(email, Campus.PASSWORD).get("members/me").jsonPath().getList("roles"))
        .containsExactly("EDUCATOR", "FACILITATOR");
  }
}
