package org.virtualcampus.session.entity;

/** What a live session is for. */
public enum SessionKind {
  CLASS,
  /** Practice of feedback conversations in small role-play groups. */
  PEER_FEEDBACK,
  OFFICE_HOUR,
  REUNION,
  BOOK_CLUB
}
