package org.virtualcampus.session.control;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryImpl;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.virtualcampus.session.entity.SessionPlan;
import org.virtualcampus.session.entity.SessionStatus;

/**
 * Writes sessions as iCalendar (RFC 5545) with iCal4j: each event in its cohort's time zone, with
 * the VTIMEZONE definitions it refers to, a UID that stays the same for the session's whole life
 * and a SEQUENCE that rises with each change, so calendar apps update the event they have.
 */
public final class CalendarWriter {
  private static final TimeZoneRegistry ZONES = new TimeZoneRegistryImpl();
  private static final String DOMAIN = "@virtual-campus";

  private CalendarWriter() {}

  public static String write(String name, List<CalendarEvent> events, Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Virtual Campus//Sessions//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    Set<String> zones = new LinkedHashSet<>();
    for (CalendarEvent e : events) {
      zones.add(e.zone().getId());
    }
    for (String zone : zones) {
      calendar.add(ZONES.getTimeZone(zone).getVTimeZone());
    }
    for (CalendarEvent e : events) {
      calendar.add(event(e, now));
    }
    return calendar.toString();
  }

  private static VEvent event(CalendarEvent e, Instant now) {
    SessionPlan plan = e.session().plan();
    VEvent event =
        new VEvent(
            plan.startsAt().atZone(ZONES.getTimeZone(e.zone().getId()).toZoneId()),
            Duration.ofMinutes(plan.minutes()),
            plan.title());
    event.add(new Uid(e.session().id() + DOMAIN));
    event.add(new DtStamp(now));
    event.add(new Sequence(e.session().sequence()));
    event.add(
        e.session().status() == SessionStatus.CANCELLED
            ? new Status(Status.VALUE_CANCELLED)
            : new Status(Status.VALUE_CONFIRMED));
    StringBuilder text = new StringBuilder(e.cohortName());
    if (plan.joinUrl() != null) {
      text.append("\n\nJoin: ").append(plan.joinUrl());
      event.add(new Location(plan.joinUrl()));
      event.add(new Url(java.net.URI.create(plan.joinUrl())));
    }
    if (plan.description() != null) {
      text.append("\n\n").append(plan.description());
    }
    event.add(new Description(text.toString()));
    return event;
  }
}
