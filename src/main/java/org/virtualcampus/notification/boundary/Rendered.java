package org.virtualcampus.notification.boundary;

/** A notification's texts in one reader's language: subject, plain text and the same as HTML. */
public record Rendered(String subject, String text, String html) {}
