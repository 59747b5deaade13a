package org.virtualcampus.session.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.platform.ui.PageMessages;
import org.virtualcampus.session.boundary.CohortSessions;
import org.virtualcampus.session.boundary.SessionForm;
import org.virtualcampus.session.boundary.SessionView;
import org.virtualcampus.session.boundary.Sessions;
import org.virtualcampus.session.entity.SessionKind;

/** A cohort's sessions for its facilitators and coordinators: schedule, change, cancel. */
@Named
@ViewScoped
public class CohortSessionsBacking implements Serializable {
  @Inject Sessions sessions;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String cohort;
  private CohortSessions shown;
  private SessionForm form = new SessionForm();
  private LocalDateTime start;
  private String editing;
  private boolean wholeSeries;

  public void load() {
    try {
      shown = sessions.ofCohort(cohort, current.get());
    } catch (RuntimeException e) {
      shown = null;
      messages.failed(e, null);
    }
  }

  public void newSession() {
    editing = null;
    wholeSeries = false;
    form = new SessionForm();
    form.setKind(SessionKind.CLASS);
    form.setMinutes(90);
    form.setWeeks(1);
    start = null;
  }

  public void edit(SessionView session) {
    editing = session.id();
    wholeSeries = false;
    form = new SessionForm();
    form.setKind(session.kind());
    form.setTitle(session.title());
    form.setMinutes(session.minutes());
    form.setJoinUrl(session.joinUrl());
    form.setFacilitatorId(session.facilitatorId());
    form.setDescription(session.description());
    form.setMaterialItemIds(
        new ArrayList<>(session.materials().stream().map(m -> m.itemId()).toList()));
    start = LocalDateTime.ofInstant(session.startsAt(), ZoneId.of(session.timeZone()));
  }

  public void save() {
    form.setStartsAt(start == null ? null : start.toString());
    try {
      if (editing == null) {
        merge(sessions.schedule(cohort, form, current.get()));
        messages.info("sessions.scheduled");
      } else {
        merge(sessions.change(editing, form, wholeSeries, current.get()));
        messages.info("sessions.changed");
      }
    } catch (RuntimeException e) {
      messages.failed(e, "sessionForm");
    }
  }

  public void cancel(String sessionId, boolean series) {
    try {
      merge(sessions.cancel(sessionId, series, current.get()));
      messages.info("sessions.cancelled");
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  /** The answer of a change replaces those sessions in the list, which stays in time order. */
  private void merge(List<SessionView> changed) {
    Map<String, SessionView> byId = new LinkedHashMap<>();
    shown.sessions().forEach(v -> byId.put(v.id(), v));
    changed.forEach(v -> byId.put(v.id(), v));
    List<SessionView> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing(SessionView::startsAt).thenComparing(SessionView::id));
    shown =
        new CohortSessions(
            shown.cohortId(),
            shown.cohortName(),
            shown.timeZone(),
            shown.schedules(),
            all,
            shown.materialChoices());
  }

  public String title() {
    return shown == null
        ? messages.text("sessions.title")
        : messages.text("sessions.titleOf", shown.cohortName());
  }

  public String startsAtLabel() {
    return messages.text("sessions.startsAt", shown == null ? "" : shown.timeZone());
  }

  /** "Module · item" for the materials picker. */
  public String materialLabel(org.virtualcampus.session.boundary.SessionMaterial m) {
    return m.moduleTitle() + " · " + m.title();
  }

  public SessionKind[] getKinds() {
    return SessionKind.values();
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public CohortSessions getShown() {
    return shown;
  }

  public SessionForm getForm() {
    return form;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public boolean isWholeSeries() {
    return wholeSeries;
  }

  public void setWholeSeries(boolean wholeSeries) {
    this.wholeSeries = wholeSeries;
  }
}
