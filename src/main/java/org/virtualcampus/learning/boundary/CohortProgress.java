package org.virtualcampus.learning.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where each participant of a cohort stands, by the one completion rule. */
@Schema(name = "CohortProgress")
public record CohortProgress(
    String cohortId,
    String cohortName,
    @Schema(description = "Modules of the course") int modules,
    @Schema(description = "Modules open now") int openModules,
    List<MemberProgress> members)
    implements java.io.Serializable {

  /** One participant: how many modules they have completed. */
  @Schema(name = "MemberProgress")
  public record MemberProgress(String memberId, String name, int modulesComplete)
      implements java.io.Serializable {}

  public int percentOf(MemberProgress member) {
    return modules == 0 ? 0 : member.modulesComplete() * 100 / modules;
  }
}
