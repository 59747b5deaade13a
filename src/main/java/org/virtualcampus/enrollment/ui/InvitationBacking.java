package org.virtualcampus.enrollment.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.enrollment.boundary.InvitationView;
import org.virtualcampus.enrollment.boundary.Invitations;
import org.virtualcampus.identity.boundary.SignUpForm;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The page an invitation link opens: see the cohort, say interested (with an account) or no thanks.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {
  @Inject Invitations invitations;
  @Inject PageMessages messages;

  private String token;
  private InvitationView invitation;
  private boolean unknown;
  private final SignUpForm account = new SignUpForm();

  public void load() {
    if (invitation != null) {
      return;
    }
    try {
      invitation = invitations.show(token);
    } catch (NotFoundException e) {
      unknown = true;
    }
  }

  public void interested() {
    answer(true);
  }

  public void noThanks() {
    answer(false);
  }

  private void answer(boolean interested) {
    try {
      invitation = invitations.answer(token, interested, invitation.hasAccount() ? null : account);
      messages.info(interested ? "invitation.thanksInterested" : "invitation.thanksDeclined");
    } catch (RuntimeException e) {
      messages.failed(e, "account");
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public InvitationView getInvitation() {
    return invitation;
  }

  public boolean isUnknown() {
    return unknown;
  }

  public SignUpForm getAccount() {
    return account;
  }
}
