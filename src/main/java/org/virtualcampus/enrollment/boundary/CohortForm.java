package org.virtualcampus.enrollment.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.virtualcampus.identity.boundary.KnownTimeZone;

/**
 * A cohort as coordinators plan it (API body and page model). {@code offerHold} is an ISO-8601
 * duration such as PT72H or PT90M, kept to the second; admission and seatPolicy name the enum
 * constants. An edit carries the {@code version} of the cohort it was made on; a create needs none.
 */
public class CohortForm implements Serializable {
  @NotBlank(message = "courseId is required")
  private String courseId;

  @NotBlank(message = "name is required")
  @Size(max = 200)
  private String name;

  @NotNull(message = "capacity is required")
  @Min(value = 1, message = "capacity must be between 1 and 10000")
  @Max(value = 10000, message = "capacity must be between 1 and 10000")
  private Integer capacity;

  private OffsetDateTime interestOpensAt;
  private OffsetDateTime interestClosesAt;

  @NotNull(message = "startsOn is required")
  private LocalDate startsOn;

  @NotNull(message = "endsOn is required")
  private LocalDate endsOn;

  @NotBlank(message = "timeZone is required")
  @KnownTimeZone
  private String timeZone;

  private String admission = "OPEN_TO_COMMUNITY";
  private String seatPolicy = "IMMEDIATE";
  private String offerHold = "PT72H";

  @Min(value = 1, message = "professionCapPercent must be between 1 and 100")
  @Max(value = 100, message = "professionCapPercent must be between 1 and 100")
  private Integer professionCapPercent;

  private List<String> facilitatorIds = new ArrayList<>();

  private Long version;

  public String getCourseId() {
    return courseId;
  }

  public void setCourseId(String courseId) {
    this.courseId = courseId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public OffsetDateTime getInterestOpensAt() {
    return interestOpensAt;
  }

  public void setInterestOpensAt(OffsetDateTime v) {
    this.interestOpensAt = v;
  }

  public OffsetDateTime getInterestClosesAt() {
    return interestClosesAt;
  }

  public void setInterestClosesAt(OffsetDateTime v) {
    this.interestClosesAt = v;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getAdmission() {
    return admission;
  }

  public void setAdmission(String admission) {
    this.admission = admission;
  }

  public String getSeatPolicy() {
    return seatPolicy;
  }

  public void setSeatPolicy(String seatPolicy) {
    this.seatPolicy = seatPolicy;
  }

  public String getOfferHold() {
    return offerHold;
  }

  public void setOfferHold(String offerHold) {
    this.offerHold = offerHold;
  }

  public Integer getProfessionCapPercent() {
    return professionCapPercent;
  }

  public void setProfessionCapPercent(Integer v) {
    this.professionCapPercent = v;
  }

  public List<String> getFacilitatorIds() {
    return facilitatorIds;
  }

  public void setFacilitatorIds(List<String> v) {
    this.facilitatorIds = v == null ? new ArrayList<>() : v;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
