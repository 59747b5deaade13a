package org.virtualcampus.attendance.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The code the facilitator shows, the link its QR code carries, and when it works. */
@Schema(name = "CheckInCode")
public record CheckInCodeView(
    String sessionId, String code, String checkInUrl, Instant opensAt, Instant closesAt)
    implements Serializable {}
