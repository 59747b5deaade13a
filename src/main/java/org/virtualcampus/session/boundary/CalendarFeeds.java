package org.virtualcampus.session.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortFacts;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.session.control.CalendarEvent;
import org.virtualcampus.session.control.CalendarWriter;
import org.virtualcampus.session.control.SessionQueries;
import org.virtualcampus.session.entity.CalendarFeed;
import org.virtualcampus.session.entity.LiveSession;

/**
 * Personal calendar feeds: one subscribe address per member that calendar apps poll, listing the
 * sessions of every cohort they take part in (cancelled ones as cancelled, so they disappear from
 * the apps). Resetting the address makes the old one answer 404.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {
  static final Duration HISTORY = Duration.ofDays(30);
  private static final int MAX_EVENTS = 500;

  @PersistenceContext EntityManager em;
  @Inject SessionQueries queries;
  @Inject CohortAccess access;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "campus.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Transactional(Transactional.TxType.SUPPORTS)
  public FeedAddress mine(Actor actor) {
    requireMember(actor);
    return queries
        .feedOf(actor.memberId())
        .map(f -> new FeedAddress(true, null, f.createdAt()))
        .orElse(new FeedAddress(false, null, null));
  }

  /** A new address; the one before (if any) stops working at once. */
  public FeedAddress reset(Actor actor) {
    requireMember(actor);
    queries.feedOf(actor.memberId()).ifPresent(em::remove);
    em.flush();
    String token = CalendarFeed.newToken();
    CalendarFeed feed = new CalendarFeed(actor.memberId(), token, clock.instant());
    em.persist(feed);
    em.flush();
    return new FeedAddress(true, address(token), feed.createdAt());
  }

  /** The feed behind an address; 404 for an unknown or replaced one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String feed(String token) {
    CalendarFeed feed =
        (token == null || token.length() > 100 ? null : queries.feedByToken(token).orElse(null));
    if (feed == null) {
      throw new NotFoundException("Calendar feed", "that address");
    }
    Instant now = clock.instant();
    List<String> cohorts = access.cohortsOf(feed.memberId());
    Map<String, CohortFacts> facts = new HashMap<>();
    List<CalendarEvent> events = new ArrayList<>();
    for (LiveSession s : queries.ofCohortsFrom(cohorts, now.minus(HISTORY), MAX_EVENTS)) {
      CohortFacts cohort = facts.computeIfAbsent(s.cohortId(), access::facts);
      events.add(new CalendarEvent(s, cohort.name(), cohort.timeZone()));
    }
    return CalendarWriter.write("Virtual Campus", events, now);
  }

  private String address(String token) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + "/api/v1/calendar-feeds/" + token;
  }

  private static void requireMember(Actor actor) {
    if (actor.memberId() == null) {
      throw new AccessDeniedException("Sign in first.");
    }
  }
}
