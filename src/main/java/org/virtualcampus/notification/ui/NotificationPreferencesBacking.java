package org.virtualcampus.notification.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.identity.ui.CurrentMember;
import org.virtualcampus.notification.boundary.NotificationPreferences;
import org.virtualcampus.notification.entity.Delivery;
import org.virtualcampus.platform.ui.PageMessages;

/** "How I get notices": one choice per kind of notice, saved at once. */
@Named
@ViewScoped
public class NotificationPreferencesBacking implements Serializable {
  @Inject NotificationPreferences preferences;
  @Inject CurrentMember current;
  @Inject PageMessages messages;

  /** Kind name to delivery name, in the order of the kinds. */
  private final Map<String, String> choices = new LinkedHashMap<>();

  @PostConstruct
  void load() {
    preferences.of(current.getId()).forEach((kind, d) -> choices.put(kind.name(), d.name()));
  }

  public String save() {
    try {
      preferences.change(current.getId(), new LinkedHashMap<>(choices));
      messages.info("preferences.saved");
    } catch (RuntimeException e) {
      return messages.failed(e, "preferences");
    }
    return null;
  }

  public List<String> getKinds() {
    return new ArrayList<>(choices.keySet());
  }

  public List<String> getDeliveries() {
    return java.util.Arrays.stream(Delivery.values()).map(Enum::name).toList();
  }

  public Map<String, String> getChoices() {
    return choices;
  }
}
