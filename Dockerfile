# Build stage: the WAR, with the same Maven build as on a developer's machine (tests run in CI).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -DexcludeArtifactIds=payara-micro || true
COPY db db
COPY src src
RUN mvn -B -q -DskipTests package

# Runtime stage: the official Payara Micro image; ROOT.war serves the campus at /.
FROM payara/micro:6.2025.10-jdk17
COPY --chown=payara:payara config/pre-boot-commands.asadmin /opt/payara/config/pre-boot-commands.asadmin
COPY --from=build --chown=payara:payara /src/target/campus.war /opt/payara/deployments/ROOT.war
# The image's entry point is "java -jar payara-micro.jar"; the JDK launcher adds JDK_JAVA_OPTIONS.
ENV CAMPUS_DEMO_DATA=false \
    CAMPUS_DB_DATASOURCE_CLASS=com.mysql.cj.jdbc.MysqlDataSource \
    JDK_JAVA_OPTIONS="-Duser.timezone=UTC"
EXPOSE 8080 6900
# Readiness for orchestrators: GET /health/ready (UP once migrations ran and the database answers).
CMD ["--deploymentDir", "/opt/payara/deployments", "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin"]
