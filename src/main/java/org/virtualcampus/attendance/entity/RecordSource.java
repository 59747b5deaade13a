package org.virtualcampus.attendance.entity;

/** Where an attendance record came from, kept with it and with every change. */
public enum RecordSource {
  ROLL_CALL,
  CHECK_IN,
  IMPORT,
  EXCUSE
}
