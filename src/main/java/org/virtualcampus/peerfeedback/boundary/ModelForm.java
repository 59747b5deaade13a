package org.virtualcampus.peerfeedback.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feedback model as a coordinator writes it. */
@Schema(name = "FeedbackModelForm")
public class ModelForm implements Serializable {
  @NotBlank(message = "name is required")
  @Size(max = 120, message = "name is at most 120 characters")
  private String name;

  @Size(max = 1000, message = "summary is at most 1000 characters")
  private String summary;

  @Size(max = 300, message = "source is at most 300 characters")
  private String source;

  // The observer's checklist, in order: 1 to 12 elements.
  @NotEmpty(message = "elements is required: at least one element")
  @Size(max = 12, message = "elements has at most 12 elements")
  @Valid
  private List<ElementForm> elements = new ArrayList<>();

  /** One element: a key (kept when the title changes; made from the title when new). */
  @Schema(name = "FeedbackModelElementForm")
  public static class ElementForm implements Serializable {
    @Size(max = 40, message = "key is at most 40 characters")
    private String key;

    @NotBlank(message = "title is required")
    @Size(max = 200, message = "title is at most 200 characters")
    private String title;

    @Size(max = 500, message = "description is at most 500 characters")
    private String description;

    public ElementForm() {}

    public ElementForm(String key, String title, String description) {
      this.key = key;
      this.title = title;
      this.description = description;
    }

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public List<ElementForm> getElements() {
    return elements;
  }

  public void setElements(List<ElementForm> elements) {
    this.elements = elements == null ? new ArrayList<>() : elements;
  }
}
