package org.virtualcampus.notification.boundary;

/** One mail the relay is about to send, rendered with its secret: never stored, never shown. */
public record OutgoingMail(String notificationId, String to, Rendered texts, int attempts) {}
