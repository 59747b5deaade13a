package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.virtualcampus.identity.boundary.NewPassword;
import org.virtualcampus.identity.boundary.PasswordResets;
import org.virtualcampus.platform.ui.PageMessages;

/** The page a reset link opens: choose a new password, then sign in with it. */
@Named
@RequestScoped
public class ResetPasswordBacking {
  @Inject PasswordResets resets;
  @Inject PageMessages messages;

  private String token;
  private final NewPassword form = new NewPassword();

  public String reset() {
    try {
      resets.reset(token, form);
    } catch (RuntimeException e) {
      return messages.failed(e, "reset");
    }
    messages.info("reset.done");
    messages.keepForRedirect();
    return "/login.xhtml?faces-redirect=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public NewPassword getForm() {
    return form;
  }
}
