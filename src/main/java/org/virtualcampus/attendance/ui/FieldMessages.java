package org.virtualcampus.attendance.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.virtualcampus.platform.error.DomainException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * Puts the reason a service refused something next to the input the person acted on (a row's radio
 * group, the code field, the upload field), whatever the field the service named.
 */
@ApplicationScoped
public class FieldMessages {
  @Inject PageMessages messages;

  /** Shows why {@code e} happened at {@code clientId}; returns null for actions. */
  public String failedAt(RuntimeException e, String clientId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason(e), null));
    faces.validationFailed();
    return null;
  }

  String reason(RuntimeException e) {
    if (e instanceof ConstraintViolationException cve) {
      return cve.getConstraintViolations().stream()
          .map(ConstraintViolation::getMessage)
          .sorted()
          .collect(Collectors.joining("; "));
    }
    if (e instanceof InvalidInputException invalid && !invalid.fieldErrors().isEmpty()) {
      return invalid.fieldErrors().stream().map(f -> f.message()).collect(Collectors.joining("; "));
    }
    if (e instanceof DomainException domain) {
      return messages.said(domain);
    }
    throw e;
  }
}
