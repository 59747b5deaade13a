package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.identity.control.MemberLinkRepository;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.MemberLink;
import org.virtualcampus.platform.limits.RateLimit;
import org.virtualcampus.platform.limits.RateLimits;
import org.virtualcampus.platform.web.ClientAddress;

/**
 * "Forgot password?": a single-use link (valid for {@code campus.security.reset-minutes}) mailed to
 * the address of the account, and setting a new password through it. Asking answers the same
 * whether an account has the address or not. Setting the password ends every session and API token
 * of the member and verifies the address (the link proves control of the mailbox), so the owner of
 * an address always recovers the account someone else created with it.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

  @Inject Members members;
  @Inject MemberLinkRepository links;
  @Inject Validator validator;
  @Inject Clock clock;
  @Inject Event<MailLinkIssued> issued;

  static final RateLimit RESETS_PER_ADDRESS =
      RateLimit.of("password-resets-per-address", 10, Duration.ofHours(1));

  /** Reset links mailed to one address, whether or not it has an account (which stays unsaid). */
  static final RateLimit RESETS_PER_EMAIL =
      RateLimit.of("password-resets-per-email", 3, Duration.ofHours(1));

  @Inject RateLimits limits;
  @Inject ClientAddress client;

  @Inject
  @ConfigProperty(name = "campus.security.reset-minutes", defaultValue = "60")
  int resetMinutes;

  /**
   * Mails a reset link when an account has this address (an earlier unused link stops counting);
   * otherwise does nothing. Either way the caller learns nothing about the address.
   */
  public ResetRequested request(
      @NotNull(message = "a request body is required") @Valid ResetRequest body) {
    limits.spend(RESETS_PER_ADDRESS, client.value());
    limits.spend(RESETS_PER_EMAIL, Member.normalize(body.getEmail()));
    members
        .byEmail(body.getEmail())
        .ifPresent(
            member -> {
              MemberLink.Issued link =
                  links.issue(
                      member,
                      MemberLink.Purpose.RESET_PASSWORD,
                      clock.instant(),
                      Duration.ofMinutes(Math.max(5, resetMinutes)));
              issued.fire(MailLinkIssued.of(member, link));
            });
    return new ResetRequested(
        "If an account has this address, a link to set a new password is on its way to it.");
  }

  /**
   * Sets a new password through a reset link: checked by the password policy, the address counts as
   * verified, and every session and API token of the member ends. An unknown token is refused with
   * 400; a link used already or expired with 410.
   */
  public Revocation reset(
      String token, @NotNull(message = "a request body is required") @Valid NewPassword body) {
    String password = body.getPassword();
    MemberLink link = links.locked(token == null ? null : token.trim());
    Member member = links.lockedMember(link);
    link.use(MemberLink.Purpose.RESET_PASSWORD, member, clock.instant());
    members.requireStrong("password", password);
    member.changePasswordHash(members.hash(password));
    member.verifyEmail();
    return members.signOutEverywhere(member.id());
  }
}
