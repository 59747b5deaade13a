package org.virtualcampus.session.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.boundary.CourseItems;

/** A module item to prepare for or bring to a session. */
@Schema(name = "SessionMaterial")
public record SessionMaterial(String itemId, String title, String moduleId, String moduleTitle)
    implements java.io.Serializable {

  static SessionMaterial of(CourseItems.ItemRef item) {
    return new SessionMaterial(item.itemId(), item.title(), item.moduleId(), item.moduleTitle());
  }
}
