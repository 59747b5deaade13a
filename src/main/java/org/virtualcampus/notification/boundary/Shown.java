package org.virtualcampus.notification.boundary;

import org.virtualcampus.notification.entity.Notification;

/** A notification with its texts rendered for its recipient (without secrets). */
public record Shown(Notification notification, Rendered texts) {}
