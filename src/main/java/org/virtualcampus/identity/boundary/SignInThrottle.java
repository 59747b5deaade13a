package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.virtualcampus.platform.error.TooManyRequestsException;

/**
 * Carries a throttled sign-in from the identity store, which can only answer "invalid", to the
 * sign-in page, which tells the person how long to wait.
 */
@RequestScoped
public class SignInThrottle {
  private TooManyRequestsException refusal;

  void remember(TooManyRequestsException refusal) {
    this.refusal = refusal;
  }

  /** The refusal of this request's sign-in, when it was throttled. */
  public Optional<TooManyRequestsException> refusal() {
    return Optional.ofNullable(refusal);
  }
}
