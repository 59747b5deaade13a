package org.virtualcampus.notification.entity;

/**
 * How a member wants a kind of notice: by e-mail at once, in the daily digest, or in the app only.
 */
public enum Delivery {
  EMAIL,
  DIGEST,
  IN_APP
}
