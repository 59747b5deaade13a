package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.platform.limits.RateLimit;
import org.virtualcampus.platform.limits.RateLimits;
import org.virtualcampus.platform.web.ClientAddress;

/** How often self sign-up may be tried, per client and per e-mail address. */
@ApplicationScoped
public class SignUpLimits {
  /** Accounts one client may create; a hospital network signs many people up at once. */
  static final RateLimit PER_ADDRESS =
      RateLimit.of("sign-ups-per-address", 20, Duration.ofHours(1));

  /** Sign-ups for one address, each mailing it a confirmation link: no mail-bombing an inbox. */
  static final RateLimit PER_EMAIL = RateLimit.of("sign-ups-per-email", 3, Duration.ofHours(1));

  @Inject RateLimits limits;
  @Inject ClientAddress client;

  /** Spends one sign-up of this client and of this e-mail address; refused when none is left. */
  public void spend(String email) {
    limits.spend(PER_ADDRESS, client.value());
    limits.spend(PER_EMAIL, Member.normalize(email));
  }
}
