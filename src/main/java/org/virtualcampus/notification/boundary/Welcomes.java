package org.virtualcampus.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.virtualcampus.identity.boundary.MemberSignedUp;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.notification.entity.Params;

/**
 * Welcomes members who signed up themselves (the text comes from the templates, in their language).
 * Identity only announces the sign-up; the observer runs in the sign-up transaction, so the welcome
 * exists exactly when the account does.
 */
@ApplicationScoped
public class Welcomes {
  @Inject Notifications notifications;

  void welcome(@Observes MemberSignedUp signedUp) {
    notifications.queue(NotificationKind.WELCOME, signedUp.memberId(), Params.empty());
  }
}
