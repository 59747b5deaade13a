package org.virtualcampus.support;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the whole integration suite: the WAR that {@code mvn package} built,
 * exactly as it ships, started once on Payara Micro for all test classes. Tests talk to it over
 * HTTP. The suite's SMTP server ({@link Mailbox}) starts first.
 */
@ArquillianSuiteDeployment
public class CampusDeployment {

  @Deployment(testable = false)
  public static WebArchive campus() {
    // Up before the campus, so the relay never meets a missing mail server by accident.
    Mailbox.start();
    File war = new File(System.getProperty("campus.test.war", "target/campus.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
