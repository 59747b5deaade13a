package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The text of a homework draft as the educator has it now (saved as they write). */
@Schema(name = "DraftForm")
public class DraftForm implements Serializable {
  @Size(max = 50000, message = "text is at most 50,000 characters")
  @Schema(description = "Markdown; empty clears the text")
  private String text;

  public DraftForm() {}

  public DraftForm(String text) {
    this.text = text;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
