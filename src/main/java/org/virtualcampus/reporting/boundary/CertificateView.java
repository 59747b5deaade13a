package org.virtualcampus.reporting.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certificate as anyone with its code may read it. */
@Schema(name = "Certificate")
public record CertificateView(
    @Schema(description = "The verification code printed on the certificate") String code,
    String holderName,
    String courseTitle,
    String cohortName,
    LocalDate startsOn,
    LocalDate endsOn,
    @Schema(description = "The course's weeks × weekly hours") int hours,
    Instant issuedAt)
    implements Serializable {}
