package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.files.boundary.FileReadPermission;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.control.ModuleQueries;

/**
 * Who may play a video or podcast uploaded for a module item: the course's authors and the people
 * taking part in a cohort of the course (enrolled or facilitating).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemMediaReaders implements FileReadPermission {
  @Inject ModuleQueries queries;
  @Inject CohortAccess access;

  @Override
  public boolean mayRead(String fileId, Actor actor) {
    for (String courseId : queries.coursesPlaying(fileId)) {
      if (actor.managesCohorts() || access.takesPartInCourse(courseId, actor.memberId())) {
        return true;
      }
    }
    return false;
  }
}
