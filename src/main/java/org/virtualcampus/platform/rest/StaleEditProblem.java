package org.virtualcampus.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.virtualcampus.platform.error.FieldChange;
import org.virtualcampus.platform.error.StaleEditException;

/**
 * The 409 problem of an edit based on an old version: a problem detail plus the current version and
 * the fields whose current values differ from what the client sent.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "currentVersion", "changes"})
public record StaleEditProblem(
    String type,
    String title,
    int status,
    String detail,
    long currentVersion,
    List<FieldChange> changes) {

  public static StaleEditProblem of(StaleEditException e) {
    return new StaleEditProblem(
        Problem.typeUri("stale-edit"), e.title(), 409, e.detail(), e.currentVersion(), e.changes());
  }

  public Response toResponse() {
    return Response.status(status).type(Problem.MEDIA).entity(this).build();
  }
}
