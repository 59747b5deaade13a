package org.virtualcampus.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.virtualcampus.notification.control.Preferences;
import org.virtualcampus.notification.entity.Delivery;
import org.virtualcampus.notification.entity.NotificationKind;
import org.virtualcampus.platform.error.FieldError;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * A member's choice per kind of notice: e-mail at once, in the daily digest, or in the app only.
 * Invitations and the welcome are always e-mailed. A choice applies to notices queued after it.
 */
@ApplicationScoped
@Transactional
public class NotificationPreferences {
  @Inject Preferences preferences;

  public Map<NotificationKind, Delivery> of(String memberId) {
    return preferences.of(memberId);
  }

  /**
   * Changes some of the member's choices, given as kind name to delivery name. All or nothing: any
   * unknown kind or delivery is a 400 naming it and nothing changes.
   */
  public Map<NotificationKind, Delivery> change(String memberId, Map<String, String> choices) {
    List<FieldError> errors = new ArrayList<>();
    Map<NotificationKind, Delivery> parsed = new EnumMap<>(NotificationKind.class);
    if (choices == null || choices.isEmpty()) {
      throw new InvalidInputException("preferences", "name at least one kind of notice");
    }
    choices.forEach(
        (kindName, deliveryName) -> {
          NotificationKind kind = parse(NotificationKind.class, kindName);
          Delivery delivery = parse(Delivery.class, deliveryName);
          if (kind == null || !kind.isChoosable()) {
            errors.add(new FieldError(String.valueOf(kindName), "not a kind of notice you choose"));
          } else if (delivery == null) {
            errors.add(
                new FieldError(kind.name(), "choose EMAIL, DIGEST or IN_APP, not " + deliveryName));
          } else {
            parsed.put(kind, delivery);
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Some choices are not valid; nothing was changed.", errors);
    }
    parsed.forEach((kind, delivery) -> preferences.set(memberId, kind, delivery));
    return preferences.of(memberId);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    if (name == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
