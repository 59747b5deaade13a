package org.virtualcampus.platform.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.virtualcampus.platform.error.TooManyRequestsException;

/**
 * Abuse limits with Bucket4j, the buckets kept in the database so every instance counts the same
 * tries. Each call runs in its own short database transaction, outside the caller's: a refused or
 * failed attempt still counts when the caller's work rolls back. Call it before the caller's own
 * work touches the database, so a request never holds two pooled connections.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class RateLimits {

  @Resource(lookup = "java:app/jdbc/campus")
  DataSource dataSource;

  @Inject Clock clock;
  @Inject Config config;

  private final Map<String, RateLimit> configured = new ConcurrentHashMap<>();
  private BucketStore store;

  @PostConstruct
  void open() {
    store = new BucketStore(dataSource, clock);
  }

  /** Forgets the buckets that are full again; returns how many. */
  public int forgetRefilled() {
    return BucketTransaction.deleteRefilled(dataSource, clock.instant());
  }

  /** Spends one try of {@code client} under {@code limit}; refused when none is left. */
  public void spend(RateLimit limit, String client) {
    var probe = bucket(limit, client).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
  }

  /** Counts one try of {@code client} (a failure), whether or not any was left. */
  public void count(RateLimit limit, String client) {
    bucket(limit, client).tryConsume(1);
  }

  /** How long {@code client} must wait before its next try; zero when it may try now. */
  public Duration waitFor(RateLimit limit, String client) {
    var estimate = bucket(limit, client).estimateAbilityToConsume(1);
    return estimate.canBeConsumed()
        ? Duration.ZERO
        : Duration.ofNanos(estimate.getNanosToWaitForRefill());
  }

  /** Refuses when {@code client} has no try left under {@code limit}, spending nothing. */
  public void require(RateLimit limit, String client) {
    Duration wait = waitFor(limit, client);
    if (!wait.isZero()) {
      throw new TooManyRequestsException(wait);
    }
  }

  private BucketProxy bucket(RateLimit limit, String client) {
    RateLimit effective = effective(limit);
    BucketConfiguration configuration =
        BucketConfiguration.builder()
            .addLimit(
                Bandwidth.builder()
                    .capacity(effective.capacity())
                    .refillGreedy(effective.capacity(), effective.period())
                    .build())
            .build();
    return store
        .builder()
        .withImplicitConfigurationReplacement(
            effective.configurationVersion(), TokensInheritanceStrategy.PROPORTIONALLY)
        .build(new BucketKey(key(effective.name(), client), effective.period()), configuration);
  }

  /** The limit with its setting applied, read once per limit. */
  RateLimit effective(RateLimit limit) {
    return configured.computeIfAbsent(
        limit.name(),
        name ->
            config
                .getOptionalValue("campus.limits." + name, String.class)
                .filter(s -> !s.isBlank())
                .map(limit::configuredAs)
                .orElse(limit));
  }

  /** Neither addresses nor e-mail addresses are stored: the key is a digest. */
  static String key(String limitName, String client) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest(
              (limitName + '\u0000' + (client == null ? "" : client))
                  .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
