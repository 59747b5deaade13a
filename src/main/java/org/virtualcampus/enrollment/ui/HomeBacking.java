package org.virtualcampus.enrollment.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.virtualcampus.enrollment.boundary.NextSteps;
import org.virtualcampus.identity.boundary.CurrentActor;

/** The home page's "what next" for the person signed in, read once per request. */
@Named
@RequestScoped
public class HomeBacking {
  @Inject NextSteps nextSteps;
  @Inject CurrentActor current;

  private NextSteps.Dashboard dashboard;

  public NextSteps.Dashboard getDashboard() {
    if (dashboard == null) {
      dashboard = nextSteps.of(current.get());
    }
    return dashboard;
  }
}
