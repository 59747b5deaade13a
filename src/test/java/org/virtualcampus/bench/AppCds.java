package org.virtualcampus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An application class-data sharing archive for the campus (README, "Performance"): Payara Micro
 * writes out its launcher jar, so that its classes load from a class path the JVM can archive; a
 * training start deploys the campus and stops ({@code --warmup}) with {@code
 * -XX:ArchiveClassesAtExit}; later starts map the archive instead of loading those classes again.
 */
final class AppCds {
  private AppCds() {}

  static Instance.Launch build(Path target, int port, int clusterPort, Map<String, String> env)
      throws IOException, InterruptedException {
    Path root = target.resolve("micro-root").toAbsolutePath();
    Path archive = target.resolve("campus-cds.jsa").toAbsolutePath();
    Files.deleteIfExists(archive);
    run(
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            target.resolve("payara-micro.jar").toString(),
            "--rootdir",
            root.toString(),
            "--outputlauncher"),
        target.resolve("bench-cds-launcher.log"));
    Path launcher = root.resolve("launch-micro.jar");
    ProcessBuilder training =
        Instance.command(
            target,
            port,
            clusterPort,
            env,
            new Instance.Launch(launcher, List.of("-XX:ArchiveClassesAtExit=" + archive)),
            List.of("--warmup"));
    run(training, target.resolve("bench-cds-training.log"));
    if (!Files.exists(archive)) {
      throw new IllegalStateException("no AppCDS archive; see target/bench-cds-training.log");
    }
    return new Instance.Launch(launcher, List.of("-XX:SharedArchiveFile=" + archive));
  }

  private static void run(ProcessBuilder builder, Path log)
      throws IOException, InterruptedException {
    Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("failed: " + builder.command() + "; see " + log);
    }
  }
}
