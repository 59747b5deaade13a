package org.virtualcampus.reporting.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.reporting.boundary.Certificates;
import org.virtualcampus.reporting.boundary.CompletionStanding;

/**
 * A member's certificates page: in each cohort, attendance and homework against the completion
 * rule, and the certificate once the rule is met. The PDF is served through the page session (the
 * REST API does not accept page cookies); asking for it issues the certificate first.
 */
@Named
@ViewScoped
public class MyCertificatesBacking implements Serializable {
  @Inject Certificates certificates;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private List<CompletionStanding> mine = List.of();

  public void load() {
    try {
      mine = certificates.standings(current.get());
    } catch (RuntimeException e) {
      mine = List.of();
      messages.failed(e, null);
    }
  }

  /** The cohort's certificate as a PDF, issued now if it was not yet. */
  public StreamedContent pdf(String cohortId) {
    certificates.earn(cohortId, current.get());
    byte[] pdf = certificates.minePdf(cohortId, current.get());
    return DefaultStreamedContent.builder()
        .name("certificate.pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }

  public List<CompletionStanding> getMine() {
    return mine;
  }
}
