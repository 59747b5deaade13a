-- Transactional outbox: a notification is written in the same transaction as the change it tells
-- about, and sent later by the relay. claimed_until lets several instances relay without sending twice.
-- seq keeps the order of writing (see WriteOrder): timestamps alone tie.
CREATE TABLE notification (
  id              VARCHAR(36)   NOT NULL,
  seq             BIGINT        NOT NULL DEFAULT 0,
  kind            VARCHAR(40)   NOT NULL,
  recipient_id    VARCHAR(36),
  recipient_email VARCHAR(254)  NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  body            VARCHAR(8000) NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  sent_at         DATETIME(6),
  attempts        INT           NOT NULL DEFAULT 0,
  last_error      VARCHAR(500),
  claimed_until   DATETIME(6),
  CONSTRAINT pk_notification PRIMARY KEY (id),
  CONSTRAINT fk_notification_member FOREIGN KEY (recipient_id) REFERENCES member (id) ON DELETE SET NULL
);
CREATE INDEX ix_notification_unsent ON notification (sent_at, created_at);
CREATE INDEX ix_notification_seq ON notification (seq);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, created_at);
