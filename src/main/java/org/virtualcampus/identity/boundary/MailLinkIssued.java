package org.virtualcampus.identity.boundary;

import java.time.Instant;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.MemberLink;

/**
 * Fired synchronously inside the transaction that made a single-use link, so that the mail carrying
 * it is queued exactly when the link exists. {@code token} is the raw token: observers hand it only
 * to the mail and never store or show it anywhere else.
 */
public record MailLinkIssued(
    MemberLink.Purpose purpose,
    String email,
    String displayName,
    String language,
    String token,
    Instant expiresAt) {

  /** The link just made for the member, to their current address. */
  static MailLinkIssued of(Member member, MemberLink.Issued link) {
    return new MailLinkIssued(
        link.stored().purpose(),
        member.email(),
        member.displayName(),
        member.language(),
        link.token(),
        link.stored().expiresAt());
  }
}
