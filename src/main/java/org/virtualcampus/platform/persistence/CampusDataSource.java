package org.virtualcampus.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * The one data source of the application. Defaults give an embedded H2 database in memory; the run
 * command points it at a file under {@code data/}, and production sets CAMPUS_DB_URL,
 * CAMPUS_DB_USER, CAMPUS_DB_PASSWORD and CAMPUS_DB_DATASOURCE_CLASS for MySQL or MariaDB.
 *
 * <p>Read committed: seat allocation locks the cohort row and then counts, and must see rows
 * committed by other instances after it got the lock, which repeatable read would hide.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = "java:app/jdbc/campus",
    className = "${MPCONFIG=campus.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
    url =
        "${MPCONFIG=campus.db.url:jdbc:h2:mem:campus;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE}",
    user = "${MPCONFIG=campus.db.user:sa}",
    password = "${MPCONFIG=campus.db.password:}",
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      // A ping (Connection.isValid) at most every 10 s per connection, not two SET statements
      // before every statement as the auto-commit method sent.
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=10",
      "fish.payara.fail-all-connections=true",
      // Connections are all alike: matching them on every request serialised the pool.
      "fish.payara.match-connections=false",
      // MySQL Connector/J (other drivers have no such setters and skip them): keep session state
      // on the client instead of asking the server for the isolation level before every
      // statement, and parse each statement once.
      "useLocalSessionState=true",
      "useLocalTransactionState=true",
      "cachePrepStmts=true",
      "prepStmtCacheSize=250",
      "prepStmtCacheSqlLimit=2048",
      "cacheServerConfiguration=true",
      "maintainTimeStats=false",
      "openTelemetry=DISABLED"
    })
public class CampusDataSource {}
