package org.virtualcampus.enrollment.ui;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.virtualcampus.enrollment.boundary.CohortForm;
import org.virtualcampus.enrollment.entity.Cohort;
import org.virtualcampus.platform.ui.DurationInput;

/**
 * The cohort form as the page edits it: the interest window is entered in the cohort's own time
 * zone and the offer hold as a number and a unit (kept exact: 90 minutes stay 90 minutes), then
 * turned into the service's form. It keeps the version of the cohort it was filled from, so a save
 * on top of someone else's newer save is refused instead of overwriting it.
 */
public class CohortEditor implements Serializable {
  private String courseId;
  private String name;
  private Integer capacity;
  private LocalDateTime opens;
  private LocalDateTime closes;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String timeZone = "UTC";
  private String admission = "OPEN_TO_COMMUNITY";
  private String seatPolicy = "IMMEDIATE";
  private DurationInput offerHold = new DurationInput(72L, "HOURS");
  private Integer professionCapPercent;
  private List<String> facilitatorIds = new ArrayList<>();
  private Long version;

  public void fill(Cohort c) {
    courseId = c.courseId();
    name = c.name();
    capacity = c.capacity();
    timeZone = c.timeZone().getId();
    opens =
        c.interestOpensAt() == null
            ? null
            : LocalDateTime.ofInstant(c.interestOpensAt(), c.timeZone());
    closes =
        c.interestClosesAt() == null
            ? null
            : LocalDateTime.ofInstant(c.interestClosesAt(), c.timeZone());
    startsOn = c.startsOn();
    endsOn = c.endsOn();
    admission = c.admission().name();
    seatPolicy = c.seatPolicy().name();
    offerHold = DurationInput.of(c.offerHold());
    professionCapPercent = c.professionCapPercent();
    facilitatorIds = new ArrayList<>(c.facilitatorIds());
    version = c.editVersion();
  }

  public CohortForm toForm() {
    CohortForm form = new CohortForm();
    form.setCourseId(courseId);
    form.setName(name);
    form.setCapacity(capacity);
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone);
    } catch (RuntimeException e) {
      zone = ZoneId.of("UTC"); // the form's own time zone check reports the bad value
    }
    form.setInterestOpensAt(opens == null ? null : opens.atZone(zone).toOffsetDateTime());
    form.setInterestClosesAt(closes == null ? null : closes.atZone(zone).toOffsetDateTime());
    form.setStartsOn(startsOn);
    form.setEndsOn(endsOn);
    form.setTimeZone(timeZone);
    form.setAdmission(admission);
    form.setSeatPolicy(seatPolicy);
    Duration hold = offerHold.toDuration();
    // an empty or impossible amount is sent as such, so the service names the field
    form.setOfferHold(hold == null ? "" : hold.toString());
    form.setProfessionCapPercent(professionCapPercent);
    form.setFacilitatorIds(facilitatorIds);
    form.setVersion(version);
    return form;
  }

  public String getCourseId() {
    return courseId;
  }

  public void setCourseId(String v) {
    courseId = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer v) {
    capacity = v;
  }

  public LocalDateTime getOpens() {
    return opens;
  }

  public void setOpens(LocalDateTime v) {
    opens = v;
  }

  public LocalDateTime getCloses() {
    return closes;
  }

  public void setCloses(LocalDateTime v) {
    closes = v;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate v) {
    startsOn = v;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate v) {
    endsOn = v;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String v) {
    timeZone = v;
  }

  public String getAdmission() {
    return admission;
  }

  public void setAdmission(String v) {
    admission = v;
  }

  public String getSeatPolicy() {
    return seatPolicy;
  }

  public void setSeatPolicy(String v) {
    seatPolicy = v;
  }

  public DurationInput getOfferHold() {
    return offerHold;
  }

  public Long getVersion() {
    return version;
  }

  /** After a refused stale save: a second save knowingly replaces what is saved now. */
  public void setVersion(Long v) {
    version = v;
  }

  public Integer getProfessionCapPercent() {
    return professionCapPercent;
  }

  public void setProfessionCapPercent(Integer v) {
    professionCapPercent = v;
  }

  public List<String> getFacilitatorIds() {
    return facilitatorIds;
  }

  public void setFacilitatorIds(List<String> v) {
    facilitatorIds = v == null ? new ArrayList<>() : v;
  }
}
