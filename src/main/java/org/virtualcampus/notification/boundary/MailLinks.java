package org.virtualcampus.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.virtualcampus.identity.boundary.MailLinkIssued;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.Params;

/**
 * Mails the single-use links identity makes (address verification, password reset), always by
 * e-mail to the address the link is for. The raw token goes only into the notification's secret,
 * which the relay alone reads and wipes once the mail is sent; pages and the API show the notice
 * without it.
 */
@ApplicationScoped
public class MailLinks {
  @Inject Notifications notifications;

  void mail(@Observes MailLinkIssued link) {
    NotificationKind kind =
        switch (link.purpose()) {
          case VERIFY_EMAIL -> NotificationKind.EMAIL_VERIFICATION;
          case RESET_PASSWORD -> NotificationKind.PASSWORD_RESET;
        };
    notifications.queueTo(
        kind,
        link.email(),
        Params.empty()
            .with("inviteeName", link.displayName())
            .with("language", link.language())
            .with("expiresAt", link.expiresAt()),
        link.token());
  }
}
