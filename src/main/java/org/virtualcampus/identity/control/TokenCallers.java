package org.virtualcampus.identity.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.virtualcampus.identity.entity.ApiToken;
import org.virtualcampus.identity.entity.Caller;

/**
 * The caller behind a bearer token, remembered by this instance so that a request costs no query
 * while nothing about the member changed. An entry counts only while the member's {@link
 * CallerStamps stamp} is the one it was read under (a role change, a revocation, a new password
 * each give a new stamp, on every instance) and the token has not expired. Entries also go after
 * {@link #REMEMBER} at the latest, which bounds what a misconfigured, unclustered set of instances
 * could serve.
 */
@ApplicationScoped
public class TokenCallers {

  static final Duration REMEMBER = Duration.ofSeconds(30);

  @Inject ApiTokenRepository tokens;
  @Inject CallerStamps stamps;

  private final Cache<String, Known> known =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(REMEMBER).build();

  /** Whose each recently seen token is. */
  private final Cache<String, String> owners =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();

  /** Who the token stands for now; empty when it is unknown, expired or revoked. */
  public Optional<Caller> caller(String token, Instant now) {
    if (!ApiTokenRepository.isWellFormed(token)) {
      return Optional.empty();
    }
    String hash = ApiToken.hash(token);
    Known remembered = known.getIfPresent(hash);
    if (remembered != null
        && now.isBefore(remembered.grant().expiresAt())
        && stamps.of(remembered.grant().caller().memberId()).equals(remembered.stamp())) {
      return Optional.of(remembered.grant().caller());
    }
    String owner =
        remembered != null ? remembered.grant().caller().memberId() : owners.getIfPresent(hash);
    if (owner == null) {
      return firstSight(hash, now);
    }
    return readUnderStamp(hash, owner, now);
  }

  /**
   * A token seen for the first time is read once to answer this request and to learn whose it is (a
   * token never changes hands). It is not remembered yet: its stamp could only be read after this
   * read, and a change committing in between would leave the old answer under the new stamp. A
   * client that uses a token once (a crowd asking for seats) costs one query instead of two.
   */
  private Optional<Caller> firstSight(String hash, Instant now) {
    Optional<ApiTokenRepository.Grant> grant = tokens.grant(hash, now);
    grant.ifPresent(g -> owners.put(hash, g.caller().memberId()));
    return grant.map(ApiTokenRepository.Grant::caller);
  }

  /**
   * Reads the token under the member's stamp as it was before the read: a change that commits
   * meanwhile gives a new stamp afterwards, so this entry will not count.
   */
  private Optional<Caller> readUnderStamp(String hash, String memberId, Instant now) {
    OptionalLong stamp = stamps.of(memberId);
    Optional<ApiTokenRepository.Grant> grant = tokens.grant(hash, now);
    if (grant.isEmpty() || stamp.isEmpty()) {
      known.invalidate(hash);
    } else {
      known.put(hash, new Known(grant.get(), stamp));
    }
    return grant.map(ApiTokenRepository.Grant::caller);
  }

  private record Known(ApiTokenRepository.Grant grant, OptionalLong stamp) {}
}
