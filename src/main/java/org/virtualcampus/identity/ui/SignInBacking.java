package org.virtualcampus.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.virtualcampus.identity.boundary.SignInThrottle;
import org.virtualcampus.platform.ui.PageMessages;

/** The sign-in and sign-out actions. */
@Named
@RequestScoped
public class SignInBacking {
  @Inject SecurityContext security;
  @Inject PageMessages messages;
  @Inject SignInThrottle throttle;

  private String email;
  private String password;
  private String next;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email, password == null ? "" : password))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> {
        external.redirect(external.getRequestContextPath() + safeNext());
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default ->
          throttle
              .refusal()
              .ifPresentOrElse(
                  wait -> messages.error("problem.tooManyAttempts", wait.minutesToWait()),
                  () -> messages.error("signin.failed"));
    }
  }

  public void signOut() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    faces.responseComplete();
  }

  /** Only paths inside this application, so the link cannot send people elsewhere. */
  private String safeNext() {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/index.xhtml";
    }
    return next;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
