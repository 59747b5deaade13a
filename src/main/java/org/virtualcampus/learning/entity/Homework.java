package org.virtualcampus.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.virtualcampus.platform.persistence.Ids;

/** The one homework of a module (the table's unique key on the module keeps it to one). */
@Entity
@Table(name = "homework")
public class Homework {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "module_id")
  private String moduleId;

  private String instructions;

  @Column(name = "due_day")
  private int dueDay;

  @Column(name = "due_time")
  private LocalTime dueTime;

  @Column(name = "expects_text")
  private boolean expectsText;

  @Column(name = "expects_files")
  private boolean expectsFiles;

  @Column(name = "file_types")
  private String fileTypes;

  @Column(name = "max_file_mb")
  private int maxFileMb;

  @Column(name = "rubric_id")
  private String rubricId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Homework() {}

  public Homework(String moduleId, HomeworkSpec spec, Instant now) {
    this.id = Ids.newId();
    this.moduleId = moduleId;
    this.createdAt = now;
    describe(spec);
  }

  public final void describe(HomeworkSpec spec) {
    this.instructions = spec.instructions().strip();
    this.dueDay = spec.dueDay();
    this.dueTime = spec.dueTime();
    this.expectsText = spec.expectsText();
    this.expectsFiles = spec.expectsFiles();
    this.fileTypes =
        spec.expectsFiles() && !spec.fileTypes().isEmpty()
            ? String.join(",", spec.fileTypes())
            : null;
    this.maxFileMb = spec.maxFileMb();
    this.rubricId = spec.rubricId();
  }

  public HomeworkSpec spec() {
    List<String> types = fileTypes == null ? List.of() : Arrays.asList(fileTypes.split(","));
    return new HomeworkSpec(
        instructions, dueDay, dueTime, expectsText, expectsFiles, types, maxFileMb, rubricId);
  }

  /** The same homework for a copy of its module, scored with the copy's rubric. */
  public Homework copyInto(String otherModuleId, String otherRubricId, Instant now) {
    HomeworkSpec mine = spec();
    return new Homework(
        otherModuleId,
        new HomeworkSpec(
            mine.instructions(),
            mine.dueDay(),
            mine.dueTime(),
            mine.expectsText(),
            mine.expectsFiles(),
            mine.fileTypes(),
            mine.maxFileMb(),
            otherRubricId),
        now);
  }

  public String id() {
    return id;
  }

  public String moduleId() {
    return moduleId;
  }

  public long version() {
    return version;
  }
}
