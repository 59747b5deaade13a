package org.virtualcampus.learning.entity;

/** What an item says, as its author wrote it (Markdown in body and brief). */
public record ItemContent(
    ItemKind kind, String title, String body, String linkUrl, int minutes, String privateBrief)
    implements java.io.Serializable {}
