package org.virtualcampus.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.ResourceBundle;
import org.virtualcampus.platform.error.DomainException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.TooManyRequestsException;
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
      add(null, FacesMessage.SEVERITY_ERROR, said(domain));
    } else {
      throw e;
    }
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  /**
   * Rows of an upload or list that were refused all at once: the summary {@code summaryKey} with
   * their count (a choice format says "1 row" or "3 rows"), then each row's reason.
   */
  public String failedRows(InvalidInputException e, String summaryKey) {
    add(null, FacesMessage.SEVERITY_ERROR, text(summaryKey, e.fieldErrors().size()));
    for (var f : e.fieldErrors()) {
      String row =
          f.field().matches("line \\d+")
              ? text("rows.line", Long.parseLong(f.field().substring(5)))
              : f.field();
      add(null, FacesMessage.SEVERITY_ERROR, row + ": " + f.message());
    }
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  /**
   * What a page says about a refused action: the bundle's words for the problem ("problem." and the
   * title in camel case: "Cohort full" is problem.cohortFull), in the viewer's language; the
   * service's own detail only for a problem the bundle does not know yet.
   */
  public String said(DomainException e) {
    if (e instanceof TooManyRequestsException wait) {
      return text("problem.tooManyAttempts", wait.minutesToWait());
    }
    String key = problemKey(e.title());
    String text = text(key);
    return text.equals(key) ? e.detail() : text;
  }

  /** "Cohort not found" → problem.cohortNotFound; "E-mail already registered" → problem.eMail… */
  public static String problemKey(String title) {
    StringBuilder key = new StringBuilder("problem.");
    boolean first = true;
    for (String word : (title == null ? "" : title).split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      key.append(
          first
              ? word.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + word.substring(1)
              : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1));
      first = false;
    }
    return key.toString();
  }

  public void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public String text(String key, Object... args) {
    ResourceBundle bundle =
        FacesContext.getCurrentInstance()
            .getApplication()
            .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
    if (!bundle.containsKey(key)) {
      return key;
    }
    String pattern = bundle.getString(key);
    return args.length == 0
        ? pattern
        : new java.text.MessageFormat(
                pattern, FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(args);
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
