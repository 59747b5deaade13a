package org.virtualcampus.peerfeedback.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The breakout room a group meets in; empty clears it. */
@Schema(name = "BreakoutRoom")
public class BreakoutRoom implements Serializable {
  @Size(max = 2000, message = "url is at most 2000 characters")
  @Schema(description = "An https link to the group's breakout room")
  private String url;

  public BreakoutRoom() {}

  public BreakoutRoom(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
