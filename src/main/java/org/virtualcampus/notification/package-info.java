/**
 * Notifications through a transactional outbox: features queue a message in the same transaction as
 * the change it tells about; a relay sends queued messages with Jakarta Mail when SMTP is
 * configured, and the app shows them to their recipients and to coordinators either way.
 */
package org.virtualcampus.notification;
