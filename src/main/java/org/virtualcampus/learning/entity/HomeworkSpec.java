package org.virtualcampus.learning.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What a module's homework asks for: instructions (Markdown), when it is due (a day counted from
 * the cohort's first day, at a time of day in the cohort's zone), text and/or files, which file
 * types and how large, and the rubric it is scored with.
 */
public record HomeworkSpec(
    String instructions,
    int dueDay,
    LocalTime dueTime,
    boolean expectsText,
    boolean expectsFiles,
    List<String> fileTypes,
    int maxFileMb,
    String rubricId)
    implements Serializable {

  public HomeworkSpec {
    fileTypes = fileTypes == null ? List.of() : List.copyOf(fileTypes);
  }

  public Instant dueAt(LocalDate cohortStart, ZoneId cohortZone) {
    return cohortStart.plusDays(dueDay).atTime(dueTime).atZone(cohortZone).toInstant();
  }
}
