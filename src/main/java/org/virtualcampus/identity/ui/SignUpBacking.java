package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.virtualcampus.identity.boundary.Members;
import org.virtualcampus.identity.boundary.SignUpForm;
import org.virtualcampus.platform.ui.PageMessages;

/** Self sign-up page. */
@Named
@RequestScoped
public class SignUpBacking {
  @Inject Members members;
  @Inject PageMessages messages;

  private final SignUpForm form = new SignUpForm();

  public boolean isEnabled() {
    return members.selfSignUpEnabled();
  }

  public String signUp() {
    try {
      members.signUp(form);
    } catch (RuntimeException e) {
      return messages.failed(e, "signup");
    }
    messages.info("signup.done");
    messages.keepForRedirect();
    return "/login.xhtml?faces-redirect=true";
  }

  public SignUpForm getForm() {
    return form;
  }
}
