package org.virtualcampus.peerfeedback.boundary;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.peerfeedback.entity.FeedbackModel;
import org.virtualcampus.peerfeedback.entity.ModelElement;

/** A feedback model and its elements, in the observer's order. */
@Schema(name = "FeedbackModel")
public record ModelView(
    String id,
    String name,
    String summary,
    String source,
    @Schema(description = "Shipped with the campus (editable, or copy it)") boolean template,
    long version,
    List<ModelElement> elements)
    implements Serializable {

  static ModelView of(FeedbackModel m) {
    return new ModelView(
        m.id(), m.name(), m.summary(), m.source(), m.template(), m.version(), m.elements());
  }
}
