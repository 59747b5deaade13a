package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.files.boundary.FileReadPermission;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Who may read a file handed in with homework: the educator who handed it in and the staff of that
 * cohort (its facilitators, coordinators). Nobody else, whoever else shares the cohort.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubmissionFileReaders implements FileReadPermission {
  @Inject Attachments attachments;
  @Inject CohortAccess access;

  @Override
  public boolean mayRead(String fileId, Actor actor) {
    for (Object[] holder : attachments.holdersOf(fileId)) {
      if (actor.memberId().equals(holder[2])) {
        return true;
      }
      if ("DRAFT".equals(holder[3])) {
        continue; // a draft is the educator's own until handed in
      }
      try {
        if (access.standing((String) holder[1], actor).readsRoster()) {
          return true;
        }
      } catch (NotFoundException hidden) {
        // a draft cohort its facilitator cannot see yet: not theirs to read either
      }
    }
    return false;
  }
}
