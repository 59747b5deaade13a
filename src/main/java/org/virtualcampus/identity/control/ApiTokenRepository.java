package org.virtualcampus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.virtualcampus.identity.entity.ApiToken;
import org.virtualcampus.identity.entity.Caller;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.persistence.InstantConverter;

/** Stores, finds and revokes API tokens; callers hold the transaction. */
@ApplicationScoped
public class ApiTokenRepository {

  /** What {@link ApiToken#issue} hands out; anything else is not worth a query. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  @PersistenceContext EntityManager em;
  @Inject CallerStamps stamps;

  /** A new token for the member; their expired tokens go at the same time. */
  public ApiToken.Issued issue(String memberId, Instant now, Duration lifetime) {
    em.createNativeQuery("delete from api_token where member_id = ? and expires_at <= ?")
        .setParameter(1, memberId)
        .setParameter(2, InstantConverter.toColumn(now))
        .executeUpdate();
    ApiToken.Issued issued = ApiToken.issue(memberId, now, lifetime);
    em.persist(issued.stored());
    return issued;
  }

  /** Whether the text has the shape of a token this repository hands out. */
  public static boolean isWellFormed(String token) {
    return token != null && TOKEN.matcher(token).matches();
  }

  /** A token's member with their roles as they are now, and when the token expires. */
  public record Grant(Caller caller, Instant expiresAt) {}

  /**
   * The member a token (by its hash) belongs to, with their roles as they are now, in one indexed
   * query (token by its hash, joined to member and roles). Empty for an unknown, expired or revoked
   * token.
   */
  public Optional<Grant> grant(String tokenHash, Instant now) {
    List<Object[]> rows =
        em.createNamedQuery(ApiToken.CALLER, Object[].class)
            .setParameter("hash", tokenHash)
            .getResultList();
    if (rows.isEmpty() || !now.isBefore((Instant) rows.get(0)[1])) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    rows.forEach(row -> roles.add((Role) row[3]));
    return Optional.of(
        new Grant(
            new Caller((String) rows.get(0)[0], ((Number) rows.get(0)[2]).longValue(), roles),
            (Instant) rows.get(0)[1]));
  }

  /** Revokes one token of the member; another member's token is left alone. */
  public int revoke(String token, String memberId) {
    if (!isWellFormed(token)) {
      return 0;
    }
    stamps.changeAfterCommit(memberId);
    return em.createNamedQuery(ApiToken.REVOKE)
        .setParameter("hash", ApiToken.hash(token))
        .setParameter("member", memberId)
        .executeUpdate();
  }

  /** Revokes every token of the member; returns how many there were. */
  public int revokeAll(String memberId) {
    stamps.changeAfterCommit(memberId);
    return em.createNamedQuery(ApiToken.REVOKE_ALL)
        .setParameter("member", memberId)
        .executeUpdate();
  }
}
