package org.virtualcampus.identity.control;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.virtualcampus.platform.persistence.AfterTransaction;

/**
 * One stamp per member that changes whenever what their API tokens stand for changes: roles, a
 * revoked token, a new password, "sign out everywhere". Remembered callers ({@link TokenCallers})
 * count only while their member's stamp is the one they were read under.
 *
 * <p>The stamps live in the instances' shared Hazelcast map, so a change made through one instance
 * counts at the next request on every instance: a put returns once the partition owner has it, and
 * every read asks the owner. A single instance started without clustering keeps them in memory. The
 * new stamp is written after the change commits, so no request can read the old rows under it.
 */
@ApplicationScoped
public class CallerStamps {

  static final String MAP = "campus-caller-stamps";

  /**
   * Longer than any remembered caller lives: an expired stamp reads as 0 again, which must not
   * revive an entry remembered under 0 before the change.
   */
  private static final long KEEP_MINUTES = 60;

  private static final Logger LOG = Logger.getLogger(CallerStamps.class.getName());

  @Resource TransactionSynchronizationRegistry transactions;

  private Map<String, Long> stamps;
  private final ExecutorService outsideRequests =
      Executors.newFixedThreadPool(
          8,
          work -> {
            Thread thread = new Thread(work, "campus-caller-stamps");
            thread.setDaemon(true);
            return thread;
          });
  private IMap<String, Long> shared;

  @PostConstruct
  void connect() {
    try {
      Object found = InitialContext.doLookup("payara/Hazelcast");
      if (found instanceof HazelcastInstance hazelcast
          && hazelcast.getLifecycleService().isRunning()) {
        // Created outside the application's context as well, so that Hazelcast ties no tenant
        // (Payara's application context) to the map's operations; the map holds only strings
        // and numbers.
        shared = outside(() -> hazelcast.getMap(MAP));
        stamps = shared;
        return;
      }
    } catch (NamingException | RuntimeException notClustered) {
      LOG.fine(() -> "No shared Hazelcast map for caller stamps: " + notClustered);
    }
    LOG.info("Caller stamps are kept in this instance only (started without clustering)");
    stamps = new ConcurrentHashMap<>();
  }

  @PreDestroy
  void stop() {
    outsideRequests.shutdownNow();
  }

  /**
   * The member's stamp now (0 while nothing changed lately); empty when the shared map does not
   * answer, and then nothing remembered may count.
   */
  public OptionalLong of(String memberId) {
    try {
      Long stamp = outside(() -> stamps.get(memberId));
      return OptionalLong.of(stamp == null ? 0L : stamp);
    } catch (IllegalStateException unanswered) {
      LOG.warning(() -> "Caller stamps did not answer: " + unanswered.getCause());
      return OptionalLong.empty();
    }
  }

  /** Gives the member a new stamp once the current transaction commits (at once without one). */
  public void changeAfterCommit(String memberId) {
    AfterTransaction.run(transactions, () -> change(memberId));
  }

  private void change(String memberId) {
    long stamp;
    do {
      stamp = ThreadLocalRandom.current().nextLong();
    } while (stamp == 0L);
    long next = stamp;
    outside(
        () ->
            shared != null
                ? shared.put(memberId, next, KEEP_MINUTES, TimeUnit.MINUTES)
                : stamps.put(memberId, next));
  }

  private <T> T outside(Supplier<T> operation) {
    try {
      return CompletableFuture.supplyAsync(operation, outsideRequests).get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw new IllegalStateException(e);
    }
  }
}
