package org.virtualcampus.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.virtualcampus.platform.persistence.Ids;

/**
 * A revocable API token of a member. The token itself (256 random bits, base64url) is shown once,
 * to the member who asked for it; the database keeps only its SHA-256, which is enough for a value
 * nobody can guess and cheap to check on every request. A token counts until it expires or is
 * revoked: by its holder, by "sign out everywhere", or by a change of the member's password.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.CALLER,
    query =
        "select t.memberId, t.expiresAt, m.credentialsVersion, r from ApiToken t, Member m"
            + " join m.roles r where t.tokenHash = :hash and m.id = t.memberId")
@NamedQuery(
    name = ApiToken.REVOKE,
    query = "delete from ApiToken t where t.tokenHash = :hash and t.memberId = :member")
@NamedQuery(name = ApiToken.REVOKE_ALL, query = "delete from ApiToken t where t.memberId = :member")
public class ApiToken {
  public static final String CALLER = "ApiToken.caller";
  public static final String REVOKE = "ApiToken.revoke";
  public static final String REVOKE_ALL = "ApiToken.revokeAll";

  private static final int TOKEN_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "member_id")
  private String memberId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected ApiToken() {}

  private ApiToken(String tokenHash, String memberId, Instant now, Duration lifetime) {
    this.id = Ids.newId();
    this.tokenHash = tokenHash;
    this.memberId = memberId;
    this.createdAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** A new token for a member: the entity to store and the token to hand out, once. */
  public static Issued issue(String memberId, Instant now, Duration lifetime) {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(new ApiToken(hash(token), memberId, now, lifetime), token);
  }

  /** The stored form of a token: SHA-256, hex. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  public String memberId() {
    return memberId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** A token just made: {@code token} exists nowhere else and must not be stored. */
  public record Issued(ApiToken stored, String token) {}
}
