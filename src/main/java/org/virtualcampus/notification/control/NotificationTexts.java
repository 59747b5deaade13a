package org.virtualcampus.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.virtualcampus.identity.boundary.Recipient;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.notification.boundary.Rendered;
import org.virtualcampus.notification.entity.Notification;
import org.virtualcampus.notification.entity.NotificationKind;

/**
 * Renders stored notifications for whoever reads them: on pages and in the API without secrets, in
 * the relay's mail with them. Recipients are looked up in one statement per list.
 */
@ApplicationScoped
public class NotificationTexts {
  @Inject Templates templates;
  @Inject Recipients members;

  /** Each notification's addressee: members' current settings, invitees from the parameters. */
  public Map<String, Addressee> addressees(Collection<Notification> notifications) {
    Map<String, Recipient> found =
        members.recipients(
            notifications.stream()
                .map(Notification::recipientId)
                .filter(Objects::nonNull)
                .toList());
    Map<String, Addressee> result = new HashMap<>();
    for (Notification n : notifications) {
      result.put(n.id(), addressee(n, found.get(n.recipientId())));
    }
    return result;
  }

  public Addressee addressee(Notification n) {
    return addressee(n, members.recipient(n.recipientId()).orElse(null));
  }

  private static Addressee addressee(Notification n, Recipient member) {
    if (member != null) {
      return new Addressee(
          member.displayName(), member.email(), member.language(), member.timeZone());
    }
    var params = n.params();
    return new Addressee(
        params.get("inviteeName").orElse(n.recipientEmail()),
        n.recipientEmail(),
        params.get("language").orElse("en"),
        params.get("timeZone").map(ZoneId::of).orElse(ZoneOffset.UTC));
  }

  /** As pages and the API show it: secrets withheld, a digest as its summary. */
  public Rendered forDisplay(Notification n, Addressee to) {
    if (n.legacySubject().isPresent()) {
      return templates.legacy(
          n.legacySubject().get(), n.legacyBody().orElse(""), to, Optional.empty());
    }
    return templates.render(n.kind(), n.params(), to, Optional.empty());
  }

  /**
   * The mail the relay sends: with the secret link, a digest with every notice it carries, and for
   * members the footer that says where to choose how they are told.
   */
  public Rendered forMail(Notification n, Addressee to, List<Notification> digestNotices) {
    if (n.legacySubject().isPresent()) {
      return templates.legacy(
          n.legacySubject().get(), n.legacyBody().orElse(""), to, n.secretForSending());
    }
    if (n.kind() == NotificationKind.DAILY_DIGEST) {
      return templates.renderDigest(
          n.params(),
          digestNotices.stream()
              .map(d -> templates.render(d.kind(), d.params(), to, Optional.empty()))
              .toList(),
          to);
    }
    Rendered r = templates.render(n.kind(), n.params(), to, n.secretForSending());
    return n.recipientId() == null ? r : templates.withFooter(r, to);
  }
}
