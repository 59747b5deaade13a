package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.virtualcampus.learning.entity.HomeworkSpec;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * A module's homework as coordinators write it. Due {@code dueDay} days after the cohort's first
 * day (0 = that day) at {@code dueTime} ("HH:mm") in the cohort's zone; text and/or files; file
 * types from a known list; files up to {@code maxFileMb} (20 unless said otherwise).
 */
public class HomeworkForm implements Serializable {
  /** File types a submission may carry: documents, images and audio. */
  public static final Set<String> KNOWN_TYPES =
      Set.of("pdf", "docx", "doc", "odt", "txt", "png", "jpg", "gif", "mp3", "m4a", "wav");

  @NotBlank(message = "instructions are required")
  @Size(max = 20000)
  private String instructions;

  @NotNull(message = "dueDay is required")
  @Min(value = 0, message = "dueDay must be between 0 and 400")
  @Max(value = 400, message = "dueDay must be between 0 and 400")
  private Integer dueDay;

  @NotBlank(message = "dueTime is required, as HH:mm")
  private String dueTime;

  private boolean expectsText = true;
  private boolean expectsFiles;
  private List<String> fileTypes = new ArrayList<>();

  @Min(value = 1, message = "maxFileMb must be between 1 and 200")
  @Max(value = 200, message = "maxFileMb must be between 1 and 200")
  private Integer maxFileMb = 20;

  private String rubricId;

  public HomeworkForm() {}

  public static HomeworkForm of(HomeworkSpec spec) {
    HomeworkForm form = new HomeworkForm();
    form.instructions = spec.instructions();
    form.dueDay = spec.dueDay();
    form.dueTime = spec.dueTime().toString();
    form.expectsText = spec.expectsText();
    form.expectsFiles = spec.expectsFiles();
    form.fileTypes = new ArrayList<>(spec.fileTypes());
    form.maxFileMb = spec.maxFileMb();
    form.rubricId = spec.rubricId();
    return form;
  }

  /** The spec; 400 naming the field for a bad time, nothing expected, or an unknown file type. */
  HomeworkSpec spec() {
    LocalTime time;
    try {
      time = LocalTime.parse(dueTime.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("dueTime", "dueTime must be a time of day such as 23:59");
    }
    if (!expectsText && !expectsFiles) {
      throw new InvalidInputException("expectsText", "ask for text, files or both");
    }
    List<String> types = new ArrayList<>();
    for (String type : fileTypes == null ? List.<String>of() : fileTypes) {
      String known = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
      if (!KNOWN_TYPES.contains(known)) {
        throw new InvalidInputException(
            "fileTypes",
            "unknown file type \""
                + type
                + "\"; known: "
                + String.join(", ", KNOWN_TYPES.stream().sorted().toList()));
      }
      if (!types.contains(known)) {
        types.add(known);
      }
    }
    if (expectsFiles && types.isEmpty()) {
      throw new InvalidInputException("fileTypes", "name the file types a submission may carry");
    }
    return new HomeworkSpec(
        instructions,
        dueDay,
        time,
        expectsText,
        expectsFiles,
        types,
        maxFileMb == null ? 20 : maxFileMb,
        rubricId == null || rubricId.isBlank() ? null : rubricId);
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public Integer getDueDay() {
    return dueDay;
  }

  public void setDueDay(Integer dueDay) {
    this.dueDay = dueDay;
  }

  public String getDueTime() {
    return dueTime;
  }

  public void setDueTime(String dueTime) {
    this.dueTime = dueTime;
  }

  public boolean isExpectsText() {
    return expectsText;
  }

  public void setExpectsText(boolean expectsText) {
    this.expectsText = expectsText;
  }

  public boolean isExpectsFiles() {
    return expectsFiles;
  }

  public void setExpectsFiles(boolean expectsFiles) {
    this.expectsFiles = expectsFiles;
  }

  public List<String> getFileTypes() {
    return fileTypes;
  }

  public void setFileTypes(List<String> fileTypes) {
    this.fileTypes = fileTypes;
  }

  public Integer getMaxFileMb() {
    return maxFileMb;
  }

  public void setMaxFileMb(Integer maxFileMb) {
    this.maxFileMb = maxFileMb;
  }

  public String getRubricId() {
    return rubricId;
  }

  public void setRubricId(String rubricId) {
    this.rubricId = rubricId;
  }
}
