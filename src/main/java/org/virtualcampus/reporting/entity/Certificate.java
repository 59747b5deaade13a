package org.virtualcampus.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * A certificate of completion: who earned it in which cohort, and the code anyone can verify it by.
 * The code is random (not derived from ids) so it cannot be guessed from what is public.
 */
@Entity
@Table(name = "certificate")
public class Certificate {
  /* No 0/O or 1/I/L: the code is read off paper and typed in. */
  private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(length = 16)
  private String code;

  @Column(name = "cohort_id")
  private String cohortId;

  @Column(name = "member_id")
  private String memberId;

  @Column(name = "issued_at")
  private Instant issuedAt;

  protected Certificate() {}

  public Certificate(String cohortId, String memberId, Instant issuedAt) {
    this.code = newCode();
    this.cohortId = cohortId;
    this.memberId = memberId;
    this.issuedAt = issuedAt;
  }

  /** 12 characters of 31: about 59 bits, far beyond guessing through a rate-limited API. */
  static String newCode() {
    StringBuilder code = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  public String code() {
    return code;
  }

  public String cohortId() {
    return cohortId;
  }

  public String memberId() {
    return memberId;
  }

  public Instant issuedAt() {
    return issuedAt;
  }
}
