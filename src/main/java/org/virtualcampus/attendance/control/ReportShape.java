package org.virtualcampus.attendance.control;

/** Which tool's export a report was recognised as. */
public enum ReportShape {
  ZOOM,
  TEAMS,
  /** The 2020–2021 Teams list: one row per join or leave action. */
  TEAMS_LEGACY
}
