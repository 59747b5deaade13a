package org.virtualcampus.platform.security;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Puts {@link CampusServerAuthModule} in the place of Soteria's bridge module for this application.
 * Soteria registers its module while the container initializers run; listeners start after them,
 * and a second registration for the same layer and application replaces the first. Soteria's own
 * listener removes the registration when the application stops.
 */
@WebListener
public class CampusServerAuthInstaller implements ServletContextListener {

  @Inject CampusAuthenticationMechanism mechanism;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    AuthConfigFactory.getFactory()
        .registerServerAuthModule(new CampusServerAuthModule(mechanism), event.getServletContext());
  }
}
