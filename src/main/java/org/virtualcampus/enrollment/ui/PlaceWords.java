package org.virtualcampus.enrollment.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.virtualcampus.enrollment.boundary.EnrollmentView;
import org.virtualcampus.identity.ui.ViewerFormat;
import org.virtualcampus.platform.ui.PageMessages;

/** Where someone stands in a cohort, in plain words ("You are 3rd of 12 in line."). */
@Named
@ApplicationScoped
public class PlaceWords {
  @Inject ViewerFormat time;
  @Inject PageMessages messages;

  public String standing(EnrollmentView mine) {
    return switch (mine.status()) {
      case "ENROLLED" -> messages.text("catalogue.mine.enrolled");
      case "OFFERED" -> messages.text("catalogue.mine.offered", time.format(mine.offerExpiresAt()));
      case "WAITLISTED" ->
          messages.text("catalogue.mine.waitlisted", time.ordinal(mine.position()), mine.waiting());
      case "INTERESTED" ->
          messages.text("catalogue.mine.interested", time.ordinal(mine.position()), mine.waiting());
      case "REMOVED" -> messages.text("catalogue.mine.removed");
      default -> messages.text("catalogue.mine.before", messages.text("status." + mine.status()));
    };
  }
}
