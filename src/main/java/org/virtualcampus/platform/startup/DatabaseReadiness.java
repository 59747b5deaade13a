package org.virtualcampus.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the migrations are applied and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject SchemaMigration schema;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database").withData("migrated", schema.applied());
    if (!schema.applied()) {
      return response.down().build();
    }
    try (Connection c = schema.dataSource().getConnection()) {
      return response.status(c.isValid(2)).build();
    } catch (SQLException e) {
      return response.withData("error", e.getClass().getSimpleName()).down().build();
    }
  }
}
