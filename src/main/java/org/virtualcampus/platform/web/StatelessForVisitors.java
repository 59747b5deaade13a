package org.virtualcampus.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Pages are stateless for visitors who are not signed in, so that looking at the home page, the
 * catalogue or the sign-in form creates no HTTP session (each would otherwise be kept, and shared
 * between instances through Hazelcast). The layout's {@code f:view transient} decides when the view
 * is built; this marks the new view earlier, right after it is created, because PrimeFaces stores
 * its script nonce in the view map of a stateful view before the view is built, and that alone
 * would create a session. A page that keeps state for visitors (the invitation answer) ends up
 * stateful again when its {@code f:view} is built.
 *
 * <p>Signed-in members keep stateful views, and with them the view state's protection against
 * forged posts.
 */
public class StatelessForVisitors implements PhaseListener {

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot view = faces.getViewRoot();
    if (view != null
        && !view.isTransient()
        && !faces.isPostback()
        && faces.getExternalContext().getUserPrincipal() == null) {
      view.setTransient(true);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}
}
