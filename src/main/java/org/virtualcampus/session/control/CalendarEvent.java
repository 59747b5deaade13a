package org.virtualcampus.session.control;

import java.time.ZoneId;
import org.virtualcampus.session.entity.LiveSession;

/** A session as a calendar shows it: in its cohort's zone, with the cohort named. */
public record CalendarEvent(LiveSession session, String cohortName, ZoneId zone) {}
