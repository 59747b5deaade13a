package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.virtualcampus.identity.boundary.PasswordResets;
import org.virtualcampus.identity.boundary.ResetRequest;
import org.virtualcampus.platform.ui.PageMessages;

/** "Forgot password?": asks for the address; the answer is the same whoever has it. */
@Named
@RequestScoped
public class ForgotPasswordBacking {
  @Inject PasswordResets resets;
  @Inject PageMessages messages;

  private final ResetRequest form = new ResetRequest();
  private boolean sent;

  public void send() {
    try {
      resets.request(form);
    } catch (RuntimeException e) {
      messages.failed(e, "forgot");
      return;
    }
    sent = true;
    messages.info("forgot.sent");
  }

  public ResetRequest getForm() {
    return form;
  }

  public boolean isSent() {
    return sent;
  }
}
