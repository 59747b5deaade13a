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
  /** Videos and podcasts may play a file uploaded to the campus instead of a link. */
  public boolean playsMedia() {
    return this == VIDEO || this == PODCAST;
  }

  /** The file types an uploaded video or podcast may be. */
  public java.util.List<String> mediaTypes() {
    return this == VIDEO
        ? java.util.List.of("mp4", "webm")
        : this == PODCAST ? java.util.List.of("mp3", "m4a", "wav", "ogg") : java.util.List.of();
  }

  public boolean needsLink() {
    return this == VIDEO || this == PODCAST || this == LINK;
  }
}
