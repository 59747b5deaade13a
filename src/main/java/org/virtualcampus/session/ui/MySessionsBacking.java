package org.virtualcampus.session.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.session.boundary.CalendarFeeds;
import org.virtualcampus.session.boundary.FeedAddress;
import org.virtualcampus.session.boundary.SessionView;
import org.virtualcampus.session.boundary.Sessions;

/** A member's sessions to come, each as an .ics file, and their calendar subscribe address. */
@Named
@ViewScoped
public class MySessionsBacking implements Serializable {
  @Inject Sessions sessions;
  @Inject CalendarFeeds feeds;
  @Inject CurrentActor current;
  @Inject PageMessages messages;
  @Inject Clock clock;

  private List<SessionView> upcoming = List.of();
  private FeedAddress feed;

  public void load() {
    upcoming = sessions.upcoming(current.get(), 50);
  }

  /** A new subscribe address, shown this once; the one before stops working. */
  public void resetFeed() {
    feed = feeds.reset(current.get());
    messages.info("calendar.newAddress");
  }

  public StreamedContent calendarOf(String sessionId) {
    byte[] ics = sessions.calendarOf(sessionId, current.get()).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("session.ics")
        .contentType("text/calendar")
        .contentLength((long) ics.length)
        .stream(() -> new ByteArrayInputStream(ics))
        .build();
  }

  public boolean joinable(SessionView session) {
    return session.joinable(clock.instant());
  }

  public List<SessionView> getUpcoming() {
    return upcoming;
  }

  public FeedAddress getFeed() {
    return feed;
  }
}
