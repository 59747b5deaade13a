/**
 * Notifications through a transactional outbox: features queue a notice (a kind and named
 * parameters, never text or secrets for display) in the same transaction as the change it tells
 * about; it is rendered from templates in the recipient's language when shown or sent. A relay
 * sends queued notices with Jakarta Mail when SMTP is configured, at least once, retrying for at
 * least 48 hours, and writes each member's daily digest; members choose per kind between e-mail,
 * digest and in-app only, and mark notices read.
 */
package org.virtualcampus.notification;
