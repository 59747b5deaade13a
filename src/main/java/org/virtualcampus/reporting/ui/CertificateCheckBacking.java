package org.virtualcampus.reporting.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.reporting.boundary.CertificateView;
import org.virtualcampus.reporting.boundary.Certificates;

/**
 * The public page that verifies a certificate by its code, for employers and licensing boards: no
 * sign-in, nothing but what the certificate itself says.
 */
@Named
@RequestScoped
public class CertificateCheckBacking {
  @Inject Certificates certificates;

  private String code;
  private CertificateView found;

  public void load() {
    found = null;
    if (code == null || code.isBlank()) {
      return;
    }
    try {
      found = certificates.verify(code.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (NotFoundException e) {
      found = null;
    }
  }

  /** A code was given and no certificate has it. */
  public boolean isUnknown() {
    return code != null && !code.isBlank() && found == null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CertificateView getFound() {
    return found;
  }
}
