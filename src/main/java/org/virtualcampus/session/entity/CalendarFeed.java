package org.virtualcampus.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A member's calendar feed. Its address carries a random secret (calendar apps cannot send a
 * password); only the secret's SHA-256 is kept, so the database alone does not give the feed away.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(name = "member_id", length = 36)
  private String memberId;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private Instant createdAt;

  protected CalendarFeed() {}

  public CalendarFeed(String memberId, String token, Instant now) {
    this.memberId = memberId;
    this.tokenHash = hash(token);
    this.createdAt = now;
  }

  /** A new secret for a feed address: 32 random bytes, URL-safe. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String memberId() {
    return memberId;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
