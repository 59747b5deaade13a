package org.virtualcampus.files.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.platform.startup.SchemaMigration;

/**
 * Removes what no one will ask for again: files nothing claimed for a day (an upload never
 * attached, a file taken off a draft), temporary files of broken uploads, and bytes without a row
 * (an upload whose transaction rolled back). Runs on every instance sharing the storage: a row is
 * deleted with its "unclaimed" condition, and only the instance whose delete counted removes the
 * bytes.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FileCleanup {
  private static final Logger LOG = Logger.getLogger(FileCleanup.class.getName());
  static final Duration ORPHAN_AGE = Duration.ofHours(1);
  private static final int BATCH = 500;

  @Resource TimerService timers;
  @Inject FileRows rows;
  @Inject Files files;
  @Inject Clock clock;
  @Inject SchemaMigration schema;

  @Inject
  @ConfigProperty(name = "campus.files.cleanup-seconds", defaultValue = "3600")
  int periodSeconds;

  @Inject
  @ConfigProperty(name = "campus.files.unclaimed-hours", defaultValue = "24")
  int unclaimedHours;

  @PostConstruct
  void schedule() {
    long period = Duration.ofSeconds(Math.max(1, periodSeconds)).toMillis();
    timers.createIntervalTimer(period, period, new TimerConfig("file-cleanup", false));
  }

  @Timeout
  void onTimer() {
    if (schema.applied()) {
      sweep();
    }
  }

  /** One pass; returns how many stored files were removed. */
  public int sweep() {
    Instant now = clock.instant();
    int removed = 0;
    for (String id : rows.unclaimedBefore(now.minus(Duration.ofHours(unclaimedHours)), BATCH)) {
      try {
        if (rows.deleteIfUnclaimed(id)) {
          java.nio.file.Files.deleteIfExists(files.store().pathOf(id));
          removed++;
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Could not remove stored file " + id + "; will try again", e);
      }
    }
    // Files on disk age by the wall clock that stamps them, not by the campus clock (which tests
    // move ahead): otherwise an upload under way could look an hour old.
    removeStrays(Instant.now().minus(ORPHAN_AGE));
    return removed;
  }

  /** Temporary files of broken uploads and bytes that never got a row, once an hour old. */
  private void removeStrays(Instant before) {
    Path root = files.store().root();
    if (!java.nio.file.Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> all = java.nio.file.Files.walk(root, 2)) {
      all.filter(java.nio.file.Files::isRegularFile)
          .filter(p -> olderThan(p, before))
          .filter(p -> p.getParent().endsWith("tmp") || !rows.exists(p.getFileName().toString()))
          .forEach(FileCleanup::delete);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not look through the file storage; will try again", e);
    }
  }

  private static boolean olderThan(Path p, Instant before) {
    try {
      return java.nio.file.Files.getLastModifiedTime(p).toInstant().isBefore(before);
    } catch (IOException e) {
      return false;
    }
  }

  private static void delete(Path p) {
    try {
      java.nio.file.Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove " + p, e);
    }
  }
}
