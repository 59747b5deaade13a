package org.virtualcampus.learning.entity;

/** What a content item is; the kind decides which fields it needs and how it is shown. */
public enum ItemKind {
  /** Text to read, written in Markdown (shown sanitised). */
  READING,
  /** A video by link; well-known hosts are embedded without tracking cookies. */
  VIDEO,
  /** An audio episode by link. */
  PODCAST,
  /** A question for the cohort to discuss, in Markdown. */
  DISCUSSION,
  /**
   * A situation for the feedback giver (Markdown) and a private brief for the receiver, for the
   * peer feedback practice sessions.
   */
  ROLE_PLAY,
  /** A page elsewhere. */
  LINK;

  /** Video, podcast and link items point somewhere; the others carry their own text. */
  public boolean needsLink() {
    return this == VIDEO || this == PODCAST || this == LINK;
  }
}
