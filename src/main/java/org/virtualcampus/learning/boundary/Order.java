package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole list in its new order (modules of a course, items of a module), by id. */
@Schema(name = "Order", description = "Every id of the list, each once, in the new order.")
public class Order implements Serializable {
  @NotNull(message = "ids is required")
  private List<String> ids = new ArrayList<>();

  public Order() {}

  public Order(List<String> ids) {
    this.ids = new ArrayList<>(ids);
  }

  public List<String> getIds() {
    return ids;
  }

  public void setIds(List<String> ids) {
    this.ids = ids;
  }
}
