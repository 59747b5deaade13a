package org.virtualcampus.session.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.session.boundary.SessionView;
import org.virtualcampus.session.boundary.Sessions;

/** The signed-in member's next sessions, for the home page: "join" opens shortly before. */
@Named
@RequestScoped
public class UpcomingSessionsBacking {
  @Inject Sessions sessions;
  @Inject CurrentActor current;
  @Inject Clock clock;

  private List<SessionView> upcoming;

  public List<SessionView> getUpcoming() {
    if (upcoming == null) {
      upcoming = current.isSignedIn() ? sessions.upcoming(current.get(), 5) : List.of();
    }
    return upcoming;
  }

  public boolean joinable(SessionView session) {
    return session.joinable(clock.instant());
  }
}
