package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.virtualcampus.identity.boundary.TimeZones;
import org.virtualcampus.identity.entity.Profession;
import org.virtualcampus.platform.text.Formats;

/**
 * Lists the pages offer in profile forms, in the viewer's language: professions, countries by their
 * localized names, and time zones grouped by region with their offset now.
 */
@Named
@RequestScoped
public class ProfileChoices {
  @Inject ViewerFormat format;

  private List<SelectItem> zones;
  private List<SelectItem> countries;

  public List<String> getProfessions() {
    return Arrays.stream(Profession.values()).map(Enum::name).toList();
  }

  /**
   * Current IANA zones (no aliases such as US/Eastern or Asia/Calcutta) grouped by region, each
   * labelled "Buenos Aires, Argentina · UTC−03:00"; UTC first.
   */
  public List<SelectItem> getTimeZones() {
    if (zones == null) {
      Instant now = format.now();
      Map<String, List<SelectItem>> byRegion = new LinkedHashMap<>();
      for (String id : TimeZones.current()) {
        String region = id.substring(0, id.indexOf('/'));
        byRegion
            .computeIfAbsent(region, r -> new ArrayList<>())
            .add(new SelectItem(id, place(id) + " · " + Formats.offset(ZoneId.of(id), now)));
      }
      zones = new ArrayList<>();
      List<SelectItem> universal = new ArrayList<>(List.of(new SelectItem("UTC", "UTC")));
      String own = format.getZone().getId();
      if (!own.equals("UTC") && !TimeZones.current().contains(own)) {
        // an older name the member chose before: kept, so saving the form does not change it
        universal.add(new SelectItem(own, own + " · " + Formats.offset(format.getZone(), now)));
      }
      zones.add(group("UTC", universal));
      byRegion.forEach((region, items) -> zones.add(group(region, items)));
    }
    return zones;
  }

  /** Every ISO country by its name in the viewer's language, in that language's order. */
  public List<SelectItem> getCountries() {
    if (countries == null) {
      Locale locale = format.getLocale();
      Collator order = Collator.getInstance(locale);
      countries =
          Arrays.stream(Locale.getISOCountries())
              .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale)))
              .sorted(Comparator.comparing(SelectItem::getLabel, order))
              .toList();
    }
    return countries;
  }

  private SelectItemGroup group(String region, List<SelectItem> items) {
    SelectItemGroup group = new SelectItemGroup(format.text("region." + region));
    group.setSelectItems(items);
    return group;
  }

  /** "America/Argentina/Buenos_Aires" reads "Buenos Aires, Argentina". */
  static String place(String id) {
    String[] parts = id.substring(id.indexOf('/') + 1).replace('_', ' ').split("/");
    if (parts.length == 1) {
      return parts[0];
    }
    return parts[parts.length - 1]
        + ", "
        + String.join(", ", Arrays.copyOf(parts, parts.length - 1));
  }
}
