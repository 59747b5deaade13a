package org.virtualcampus.peerfeedback.boundary;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The groups planned for a peer feedback session, before it starts: each member with their
 * profession and whether they are checked in now (the plan is re-formed from those who are).
 */
@Schema(name = "PracticePlan")
public record PracticePlan(String sessionId, boolean roundsStarted, List<Group> groups)
    implements Serializable {

  /** One planned group, by number. */
  public record Group(int number, List<Seat> members) implements Serializable {}

  /** A planned member. */
  public record Seat(String memberId, String name, String profession, boolean checkedIn)
      implements Serializable {}
}
