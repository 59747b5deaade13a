package org.virtualcampus.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 through Jakarta Security, at 600,000 iterations by default (OWASP's figure).
 * Each stored hash records its algorithm and iteration count ({@code
 * PBKDF2WithHmacSHA256:600000:salt:hash}), so raising the setting strengthens new passwords without
 * breaking old ones, and {@link #needsRehash} tells when a hash is weaker than the setting: the
 * members facade then hashes the password again at the next successful sign-in.
 */
@ApplicationScoped
public class PasswordHasher {
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int LEAST_ITERATIONS = 1024;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "campus.security.pbkdf2-iterations", defaultValue = "600000")
  int iterations;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            Integer.toString(iterations()),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32"));
  }

  private String dummyHash;

  /** Costs what checking a real password costs; used when the e-mail is unknown. */
  public void matchesDummy(String password) {
    if (dummyHash == null) {
      dummyHash = hash("not-a-real-password");
    }
    pbkdf2.verify(password.toCharArray(), dummyHash);
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Whether a stored hash is weaker than what this campus hashes new passwords with now. */
  public boolean needsRehash(String storedHash) {
    return needsRehash(storedHash, iterations());
  }

  private int iterations() {
    return Math.max(LEAST_ITERATIONS, iterations);
  }

  /**
   * A hash needs hashing again when it uses another algorithm or fewer iterations than {@code
   * configured}; one with more iterations is left alone (lowering the setting weakens nothing). A
   * hash this class cannot read is left alone too: it fails verification anyway.
   */
  static boolean needsRehash(String storedHash, int configured) {
    String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
    if (parts.length != 4) {
      return false;
    }
    try {
      return !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < configured;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
