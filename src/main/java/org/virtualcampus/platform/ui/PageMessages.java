package org.virtualcampus.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.ResourceBundle;
import org.virtualcampus.platform.error.DomainException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.rest.ConstraintViolationMapperSupport;

/**
 * Turns the services' exceptions into page messages, so a page shows the same reasons the API
 * returns. Field errors are attached to the input of the same id inside {@code formId}.
 */
@ApplicationScoped
public class PageMessages {

  public void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /**
   * Shows why a service call failed; returns null so an action can {@code return
   * messages.failed(e)}.
   */
  public String failed(RuntimeException e, String formId) {
    if (e instanceof ConstraintViolationException cve) {
      cve.getConstraintViolations()
          .forEach(
              v ->
                  add(
                      clientId(formId, ConstraintViolationMapperSupport.fieldName(v)),
                      FacesMessage.SEVERITY_ERROR,
                      v.getMessage()));
    } else if (e instanceof InvalidInputException invalid) {
      if (invalid.fieldErrors().size() > 1
          || invalid.fieldErrors().stream().anyMatch(f -> clientId(formId, f.field()) == null)) {
        add(null, FacesMessage.SEVERITY_ERROR, invalid.detail());
      }
      for (var f : invalid.fieldErrors()) {
        String target = clientId(formId, f.field());
        // a field without an input on this page (such as "line 3" of an upload) is named in the
        // text
        add(
            target,
            FacesMessage.SEVERITY_ERROR,
            target == null ? f.field() + ": " + f.message() : f.message());
      }
    } else if (e instanceof DomainException domain) {
      add(null, FacesMessage.SEVERITY_ERROR, domain.detail());
    } else {
      throw e;
    }
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  public void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public String text(String key, Object... args) {
    ResourceBundle bundle =
        FacesContext.getCurrentInstance()
            .getApplication()
            .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return args.length == 0 ? pattern : java.text.MessageFormat.format(pattern, args);
  }

  private static String clientId(String formId, String field) {
    if (formId == null || field == null) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String candidate = formId + ":" + field;
    return faces.getViewRoot().findComponent(":" + candidate) != null ? candidate : null;
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
