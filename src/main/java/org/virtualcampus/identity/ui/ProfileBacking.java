package org.virtualcampus.identity.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import org.virtualcampus.identity.boundary.Members;
import org.virtualcampus.identity.boundary.ProfileForm;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.platform.security.SessionStamp;
import org.virtualcampus.platform.text.Formats;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * "My profile": the signed-in member edits their own profile and password, and can sign out
 * everywhere.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {
  @Inject Members members;
  @Inject PageMessages messages;
  @Inject CurrentMember current;
  @Inject SignInBacking signIn;

  private String memberId;
  private String email;
  private String roles;
  private ProfileForm form;
  private String currentPassword;
  private String newPassword;

  @PostConstruct
  void load() {
    Member m = current.get();
    memberId = m.id();
    email = m.email();
    roles = current.getRoleNames();
    form =
        new ProfileForm(
            m.displayName(),
            m.profession().name(),
            m.professionOther(),
            m.institution(),
            m.country(),
            m.timeZone().getId(),
            m.bio());
    form.setLanguage(m.language());
  }

  /**
   * Saves and shows the page again from the start, so a new language or time zone shows at once
   * (the saved message already in the new language).
   */
  public String save() {
    try {
      members.updateProfile(memberId, form);
    } catch (RuntimeException e) {
      return messages.failed(e, "profile");
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (form.getLanguage() != null) {
      faces.getViewRoot().setLocale(Formats.locale(form.getLanguage()));
    }
    messages.info("profile.saved");
    messages.keepForRedirect();
    return "/me/profile.xhtml?faces-redirect=true";
  }

  public void changePassword() {
    try {
      Member changed =
          members.changePassword(
              memberId,
              currentPassword == null ? "" : currentPassword,
              newPassword == null ? "" : newPassword);
      // Every other session of the member has ended; this one carries on.
      SessionStamp.keep(
          (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true),
          changed.credentialsVersion());
      messages.info("profile.passwordChanged");
    } catch (RuntimeException e) {
      messages.failed(e, "password");
    } finally {
      currentPassword = null;
      newPassword = null;
    }
  }

  /** Ends every session of the member, this one too, and revokes their API tokens. */
  public void signOutEverywhere() throws IOException, ServletException {
    members.signOutEverywhere(memberId);
    signIn.signOut();
  }

  public String getEmail() {
    return email;
  }

  public String getRoles() {
    return roles;
  }

  public ProfileForm getForm() {
    return form;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String v) {
    currentPassword = v;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String v) {
    newPassword = v;
  }
}
