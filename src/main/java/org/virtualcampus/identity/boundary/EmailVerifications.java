package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.identity.control.MemberLinkRepository;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.MemberLink;

/**
 * Proving that an address is yours. Self sign-up mails a single-use verification link (valid for
 * {@code campus.security.verification-hours}); following it marks the address verified. Until then
 * the account gains no invitation-bound rights.
 */
@ApplicationScoped
@Transactional
public class EmailVerifications {

  @Inject Members members;
  @Inject MemberLinkRepository links;
  @Inject Clock clock;
  @Inject Event<MailLinkIssued> issued;

  @Inject
  @ConfigProperty(name = "campus.security.verification-hours", defaultValue = "48")
  int verificationHours;

  /** Runs in the sign-up transaction: the link exists exactly when the account does. */
  void onSignUp(@Observes MemberSignedUp signedUp) {
    Member member = members.require(signedUp.memberId());
    MemberLink.Issued link =
        links.issue(
            member,
            MemberLink.Purpose.VERIFY_EMAIL,
            clock.instant(),
            Duration.ofHours(Math.max(1, verificationHours)));
    issued.fire(MailLinkIssued.of(member, link));
  }

  /**
   * Marks the address of the link's member verified. An unknown token is refused with 400; a link
   * used already or expired with 410.
   */
  public EmailVerification verify(
      @NotNull(message = "a request body is required") @Valid LinkToken body) {
    MemberLink link = links.locked(body.getToken().trim());
    Member member = links.lockedMember(link);
    link.use(MemberLink.Purpose.VERIFY_EMAIL, member, clock.instant());
    member.verifyEmail();
    return new EmailVerification(member.email(), true);
  }
}
