package org.virtualcampus.session.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.session.entity.SessionKind;
import org.virtualcampus.session.entity.SessionPlan;

/**
 * A session as coordinators and facilitators schedule it. The start is a wall-clock time in the
 * cohort's time zone ("2027-03-03T18:00"); {@code weeks} repeats it weekly at the same local time.
 */
@Schema(name = "SessionForm")
public class SessionForm implements Serializable {
  @NotNull(message = "kind is required")
  private SessionKind kind;

  @NotBlank(message = "title is required")
  @Size(max = 200)
  private String title;

  @NotBlank(message = "startsAt is required, as yyyy-MM-ddTHH:mm in the cohort's time zone")
  @Schema(description = "Local date and time in the cohort's time zone, yyyy-MM-ddTHH:mm")
  private String startsAt;

  @NotNull(message = "minutes is required")
  @Min(value = 1, message = "minutes must be between 1 and 600")
  @Max(value = 600, message = "minutes must be between 1 and 600")
  private Integer minutes;

  @Size(max = 2000)
  private String joinUrl;

  @Size(max = 36)
  private String facilitatorId;

  @Size(max = 4000)
  private String description;

  // Module items of the cohort's course to prepare or bring, in order.
  @Size(max = 20, message = "materialItemIds lists at most 20 items")
  private List<String> materialItemIds = new ArrayList<>();

  @Min(value = 1, message = "weeks must be between 1 and 52")
  @Max(value = 52, message = "weeks must be between 1 and 52")
  @Schema(description = "Schedule this many weekly sessions (1: only this one); new sessions only")
  private Integer weeks;

  public SessionForm() {}

  /** The local start, 400 naming the field when it is not a date and time. */
  LocalDateTime localStart() {
    try {
      return LocalDateTime.parse(startsAt.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "startsAt", "startsAt must be a date and time such as 2027-03-03T18:00");
    }
  }

  SessionPlan planAt(LocalDateTime local, ZoneId zone) {
    if (joinUrl != null && !joinUrl.isBlank() && !isWebLink(joinUrl.strip())) {
      throw new InvalidInputException("joinUrl", "the join link must start with https://");
    }
    return new SessionPlan(
        kind, title, local.atZone(zone).toInstant(), minutes, joinUrl, facilitatorId, description);
  }

  int weeks() {
    return weeks == null ? 1 : weeks;
  }

  public List<String> getMaterialItemIds() {
    return materialItemIds;
  }

  public void setMaterialItemIds(List<String> materialItemIds) {
    this.materialItemIds = materialItemIds == null ? new ArrayList<>() : materialItemIds;
  }

  /** The material ids without blanks or repeats, in the order given. */
  List<String> materials() {
    return materialItemIds.stream()
        .filter(id -> id != null && !id.isBlank())
        .map(String::strip)
        .distinct()
        .toList();
  }

  private static boolean isWebLink(String link) {
    try {
      URI uri = URI.create(link);
      return uri.getHost() != null && "https".equalsIgnoreCase(uri.getScheme());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public SessionKind getKind() {
    return kind;
  }

  public void setKind(SessionKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(String startsAt) {
    this.startsAt = startsAt;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public String getJoinUrl() {
    return joinUrl;
  }

  public void setJoinUrl(String joinUrl) {
    this.joinUrl = joinUrl;
  }

  public String getFacilitatorId() {
    return facilitatorId;
  }

  public void setFacilitatorId(String facilitatorId) {
    this.facilitatorId = facilitatorId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getWeeks() {
    return weeks;
  }

  public void setWeeks(Integer weeks) {
    this.weeks = weeks;
  }
}
