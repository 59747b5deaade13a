package org.virtualcampus.identity.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.identity.boundary.Members;
import org.virtualcampus.identity.boundary.ProfileForm;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.platform.ui.PageMessages;

/** "My profile": the signed-in member edits their own profile and password. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {
  @Inject Members members;
  @Inject PageMessages messages;
  @Inject CurrentMember current;

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
  }

  public void save() {
    try {
      members.updateProfile(memberId, form);
      messages.info("profile.saved");
    } catch (RuntimeException e) {
      messages.failed(e, "profile");
    }
  }

  public void changePassword() {
    try {
      members.changePassword(
          memberId,
          currentPassword == null ? "" : currentPassword,
          newPassword == null ? "" : newPassword);
      messages.info("profile.passwordChanged");
    } catch (RuntimeException e) {
      messages.failed(e, "password");
    } finally {
      currentPassword = null;
      newPassword = null;
    }
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
