package org.virtualcampus.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Payara Micro running the campus WAR (at /) and the bare ceiling WAR (at /bare) with {@code
 * -Xmx512m}, on loopback, against the benchmark's MariaDB database. Knows how long it took to
 * become ready and how much memory it holds.
 */
final class Instance implements AutoCloseable {
  final int port;
  final Duration startUp;
  private final Process process;

  private Instance(int port, Process process, Duration startUp) {
    this.port = port;
    this.process = process;
    this.startUp = startUp;
  }

  /** How the JVM is launched: Payara Micro's jar, and JVM options of the launch. */
  record Launch(Path jar, List<String> jvm) {
    static Launch plain(Path target) {
      return new Launch(target.resolve("payara-micro.jar"), List.of());
    }
  }

  static Instance start(Path target, int port, int clusterPort, Map<String, String> env)
      throws IOException, InterruptedException {
    return start(target, port, clusterPort, env, Launch.plain(target));
  }

  static Instance start(
      Path target, int port, int clusterPort, Map<String, String> env, Launch launch)
      throws IOException, InterruptedException {
    ProcessBuilder builder = command(target, port, clusterPort, env, launch, List.of());
    long started = System.nanoTime();
    Process process = builder.start();
    // An interrupted benchmark must not leave a Payara Micro behind.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    HttpClient http = HttpClient.newHttpClient();
    URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
    try {
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofMinutes(4))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> !process.isAlive() || isReady(http, ready));
      if (process.isAlive()) {
        return new Instance(port, process, Duration.ofNanos(System.nanoTime() - started));
      }
    } catch (org.awaitility.core.ConditionTimeoutException tooSlow) {
      // reported below
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "the instance did not become ready; see target/bench-instance-" + port + ".log");
  }

  /** The command line of an instance, with further Payara Micro {@code arguments}. */
  static ProcessBuilder command(
      Path target,
      int port,
      int clusterPort,
      Map<String, String> env,
      Launch launch,
      List<String> arguments)
      throws IOException {
    Path preboot = target.resolve("pre-boot-bench.asadmin");
    Files.writeString(
        preboot,
        Files.readString(Path.of("config/pre-boot-commands.asadmin"))
            + "\n"
            + Files.readString(Path.of(".ci/loopback.asadmin")));
    Path tmp = Files.createDirectories(target.resolve("tmp"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Extra JVM options for a profiling run, e.g.
    // -Dbench.jvm=-XX:FlightRecorderOptions:stackdepth=256
    String extra = System.getProperty("bench.jvm", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(launch.jvm());
    command.addAll(
        List.of(
            "-Xmx512m",
            "-Duser.timezone=UTC",
            "-Djava.io.tmpdir=" + tmp,
            "-jar",
            launch.jar().toString(),
            "--deploy",
            target.resolve("campus.war") + ":/",
            "--deploy",
            BareWar.write(target) + ":/bare",
            "--port",
            String.valueOf(port),
            "--clustername",
            "campus-bench-" + ProcessHandle.current().pid(),
            "--clustermode",
            "tcpip:127.0.0.1:" + clusterPort,
            "--interfaces",
            "127.0.0.1",
            "--startport",
            String.valueOf(clusterPort),
            "--prebootcommandfile",
            preboot.toString()));
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(target.resolve("bench-instance-" + port + ".log").toFile());
    builder.environment().putAll(env);
    return builder;
  }

  private static boolean isReady(HttpClient http, URI ready) throws InterruptedException {
    try {
      return http.send(
                  HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException notListeningYet) {
      return false;
    }
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Resident memory of the instance's JVM, in MiB (VmRSS from /proc). */
  long residentMiB() {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException gone) {
      return -1;
    }
    return -1;
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
