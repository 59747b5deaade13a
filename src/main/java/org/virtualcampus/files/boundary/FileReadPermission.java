package org.virtualcampus.files.boundary;

import org.virtualcampus.identity.entity.Actor;

/**
 * Implemented by the features that hold files (CDI beans): a file may be read by its owner, or when
 * one of them says the actor may. Everyone else is told there is no such file.
 */
public interface FileReadPermission {
  boolean mayRead(String fileId, Actor actor);
}
