package org.virtualcampus.enrollment.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.virtualcampus.enrollment.boundary.InvitationView;
import org.virtualcampus.enrollment.boundary.Invitations;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.platform.ui.PagedDataModel;

/** The Invitations tab of the cohort workspace: invite by addresses or a CSV file, and the list. */
@Named
@ViewScoped
public class CohortInvitesBacking implements Serializable {
  @Inject CohortBacking workspace;
  @Inject Invitations invitations;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String inviteText;
  // a plain file input (h:inputFile): PrimeFaces' simple upload hides its input from screen readers
  // while it still takes the focus
  private transient Part inviteCsv;
  private final PagedDataModel<InvitationView> list =
      new PagedDataModel<>(
          paging -> invitations.listOf(workspace.getId(), current.get(), paging),
          InvitationView::id);

  /**
   * Sends the invitations; on success the page is fetched again on this tab, and a refused list
   * stays in the form with every bad row named.
   */
  public String invite() {
    String id = workspace.getId();
    try {
      Invitations.ImportResult result =
          inviteCsv != null && inviteCsv.getSize() > 0
              ? invitations.inviteFromCsv(
                  id, new String(csvBytes(), StandardCharsets.UTF_8), current.get())
              : invitations.inviteFromText(id, inviteText, current.get());
      messages.info("invite.done", result.invited(), result.alreadyInvited().size());
      inviteText = null;
      return workspace.redirectTo("invitations");
    } catch (InvalidInputException e) {
      if (!e.fieldErrors().isEmpty()
          && e.fieldErrors().stream().allMatch(f -> f.field().startsWith("line "))) {
        messages.failedRows(e, "invite.badRows");
      } else {
        messages.failed(e, "invite");
      }
    } catch (RuntimeException e) {
      messages.failed(e, null);
    } finally {
      inviteCsv = null;
    }
    return null;
  }

  private byte[] csvBytes() {
    try (var in = inviteCsv.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PagedDataModel<InvitationView> getList() {
    return list;
  }

  public String getInviteText() {
    return inviteText;
  }

  public void setInviteText(String inviteText) {
    this.inviteText = inviteText;
  }

  public Part getInviteCsv() {
    return inviteCsv;
  }

  public void setInviteCsv(Part inviteCsv) {
    this.inviteCsv = inviteCsv;
  }
}
