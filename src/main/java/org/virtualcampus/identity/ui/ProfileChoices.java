package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.virtualcampus.identity.entity.Profession;

/** Lists the pages offer in profile forms. */
@Named
@ApplicationScoped
public class ProfileChoices {
  private final List<String> zones =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
          .sorted()
          .toList();

  public List<String> getProfessions() {
    return Arrays.stream(Profession.values()).map(Enum::name).toList();
  }

  public List<String> getTimeZones() {
    return zones;
  }
}
