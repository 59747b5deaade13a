package org.virtualcampus.learning.boundary;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.HomeworkSpec;
import org.virtualcampus.platform.text.MarkdownText;

/** A module's homework as participants see it: what to do, by when, in what form, scored how. */
@Schema(name = "HomeworkView")
public record HomeworkView(
    @Schema(description = "The instructions as sanitised HTML") String html,
    @Schema(description = "Due at this instant (the cohort's day and time in its zone)")
        Instant dueAt,
    boolean expectsText,
    boolean expectsFiles,
    List<String> fileTypes,
    int maxFileMb,
    @Schema(description = "The rubric it is scored with; null for none") RubricView rubric)
    implements java.io.Serializable {

  /** "pdf, docx, mp3" for the page. */
  public String fileTypesText() {
    return String.join(", ", fileTypes);
  }

  static HomeworkView of(HomeworkSpec spec, Instant dueAt, RubricView rubric) {
    return new HomeworkView(
        MarkdownText.toHtml(spec.instructions()),
        dueAt,
        spec.expectsText(),
        spec.expectsFiles(),
        spec.fileTypes(),
        spec.maxFileMb(),
        rubric);
  }
}
