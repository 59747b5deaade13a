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
ENV JDK_JAVA_OPTIONS="-Duser.timezone=UTC"
# A faster start: Payara Micro's runtime unpacked once (a launcher jar whose class path the JVM can
# archive), and an AppCDS archive of every class a start loads, written by a training start that
# deploys the campus on the embedded database and stops (--warmup). Rebuilt with the image, so it
# always matches this JDK and this WAR.
RUN java -jar payara-micro.jar --rootdir /opt/payara/micro-root --outputlauncher \
 && CAMPUS_DEMO_DATA=false java -XX:ArchiveClassesAtExit=/opt/payara/campus.jsa \
      -jar /opt/payara/micro-root/launch-micro.jar --deploymentDir /opt/payara/deployments \
      --prebootcommandfile /opt/payara/config/pre-boot-commands.asadmin --warmup \
 && test -s /opt/payara/campus.jsa
ENV CAMPUS_DEMO_DATA=false \
    CAMPUS_DB_DATASOURCE_CLASS=com.mysql.cj.jdbc.MysqlDataSource \
    JVM_ARGS="-XX:SharedArchiveFile=/opt/payara/campus.jsa -Djdk.util.zip.disableZip64ExtraFieldValidation=true"
EXPOSE 8080 6900
# The image's own entry point starts payara-micro.jar; this one starts the unpacked launcher the
# archive was made with (tini forwards SIGTERM, so Payara Micro shuts down cleanly).
ENTRYPOINT ["tini", "--", "sh", "-c", "exec java -XX:MaxRAMPercentage=\"$MEM_MAX_RAM_PERCENTAGE\" -Xss\"$MEM_XSS\" $JVM_ARGS -jar /opt/payara/micro-root/launch-micro.jar \"$@\"", "campus"]
# Readiness for orchestrators: GET /health/ready (UP once migrations ran and the database answers).
CMD ["--deploymentDir", "/opt/payara/deployments", "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin"]
