package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.identity.control.ApiTokenRepository;
import org.virtualcampus.identity.control.TokenCallers;
import org.virtualcampus.identity.entity.ApiToken;
import org.virtualcampus.identity.entity.Caller;

/**
 * Revocable bearer tokens for the API. A token is issued for e-mail and password (the same check,
 * throttling included, as the sign-in page), expires after {@code campus.security.token-hours}, and
 * is revoked by its holder, by "sign out everywhere" and by a password change. Checking a token
 * costs at most one indexed query and none while the instance remembers it ({@link TokenCallers}),
 * never a password hash.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

  @Inject Credentials credentials;
  @Inject ApiTokenRepository tokens;
  @Inject TokenCallers callers;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "campus.security.token-hours", defaultValue = "12")
  int tokenHours;

  /** A new token for the member with this e-mail and password; empty when sign-in fails. */
  public Optional<TokenView> issue(
      @NotNull(message = "a request body is required") @Valid TokenRequest request) {
    return credentials
        .verifyCredentials(request.getEmail(), request.getPassword())
        .map(
            caller -> {
              ApiToken.Issued issued =
                  tokens.issue(
                      caller.memberId(),
                      clock.instant(),
                      Duration.ofHours(Math.max(1, tokenHours)));
              return new TokenView(
                  issued.token(), issued.stored().expiresAt().atOffset(ZoneOffset.UTC));
            });
  }

  /** The member a token stands for, with their roles now; empty when it no longer counts. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Caller> caller(String token) {
    return callers.caller(token, clock.instant());
  }

  /** Revokes the caller's own token (a token of someone else is left alone). */
  public Revocation revoke(String token, @NotNull String memberId) {
    return new Revocation(tokens.revoke(token, memberId));
  }
}
