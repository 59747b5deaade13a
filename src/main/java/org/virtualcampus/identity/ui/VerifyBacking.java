package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.virtualcampus.identity.boundary.EmailVerifications;
import org.virtualcampus.identity.boundary.LinkToken;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The page a verification link opens. The address is confirmed by the button, not by opening the
 * page, so a mail scanner that follows links does not use up the single-use link.
 */
@Named
@RequestScoped
public class VerifyBacking {
  @Inject EmailVerifications verifications;
  @Inject PageMessages messages;

  private String token;
  private boolean done;

  public void verify() {
    try {
      verifications.verify(new LinkToken(token));
    } catch (RuntimeException e) {
      messages.failed(e, "verify");
      return;
    }
    done = true;
    messages.info("verify.done");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isDone() {
    return done;
  }
}
