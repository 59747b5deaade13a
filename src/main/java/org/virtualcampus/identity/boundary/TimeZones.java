package org.virtualcampus.identity.boundary;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The time zones a member chooses from: the current IANA names by region. Outdated aliases (US/*,
 * Etc/*, Asia/Calcutta for Asia/Kolkata …) are still accepted from the API so old data stays valid,
 * but no list offers them.
 */
public final class TimeZones {
  static final Set<String> REGIONS =
      Set.of(
          "Africa",
          "America",
          "Antarctica",
          "Arctic",
          "Asia",
          "Atlantic",
          "Australia",
          "Europe",
          "Indian",
          "Pacific");

  /** Links kept by the tz database's "backward" file: older names of zones listed by another. */
  static final Set<String> ALIASES =
      Set.of(
          "Africa/Asmera",
          "Africa/Timbuktu",
          "America/Argentina/ComodRivadavia",
          "America/Atka",
          "America/Buenos_Aires",
          "America/Catamarca",
          "America/Coral_Harbour",
          "America/Cordoba",
          "America/Ensenada",
          "America/Fort_Wayne",
          "America/Godthab",
          "America/Indianapolis",
          "America/Jujuy",
          "America/Knox_IN",
          "America/Louisville",
          "America/Mendoza",
          "America/Montreal",
          "America/Nipigon",
          "America/Pangnirtung",
          "America/Porto_Acre",
          "America/Rainy_River",
          "America/Rosario",
          "America/Santa_Isabel",
          "America/Shiprock",
          "America/Thunder_Bay",
          "America/Virgin",
          "America/Yellowknife",
          "Antarctica/South_Pole",
          "Asia/Ashkhabad",
          "Asia/Calcutta",
          "Asia/Chongqing",
          "Asia/Chungking",
          "Asia/Dacca",
          "Asia/Harbin",
          "Asia/Istanbul",
          "Asia/Kashgar",
          "Asia/Katmandu",
          "Asia/Macao",
          "Asia/Rangoon",
          "Asia/Saigon",
          "Asia/Tel_Aviv",
          "Asia/Thimbu",
          "Asia/Ujung_Pandang",
          "Asia/Ulan_Bator",
          "Atlantic/Faeroe",
          "Atlantic/Jan_Mayen",
          "Australia/ACT",
          "Australia/Canberra",
          "Australia/Currie",
          "Australia/LHI",
          "Australia/NSW",
          "Australia/North",
          "Australia/Queensland",
          "Australia/South",
          "Australia/Tasmania",
          "Australia/Victoria",
          "Australia/West",
          "Australia/Yancowinna",
          "Europe/Belfast",
          "Europe/Kiev",
          "Europe/Nicosia",
          "Europe/Tiraspol",
          "Europe/Uzhgorod",
          "Europe/Zaporozhye",
          "Pacific/Enderbury",
          "Pacific/Johnston",
          "Pacific/Ponape",
          "Pacific/Samoa",
          "Pacific/Truk",
          "Pacific/Yap");

  private static final List<String> CURRENT =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.contains("/") && REGIONS.contains(id.substring(0, id.indexOf('/'))))
          .filter(id -> !ALIASES.contains(id))
          .sorted()
          .toList();

  private TimeZones() {}

  /** Current zone ids, sorted by region then place. */
  public static List<String> current() {
    return CURRENT;
  }
}
