-- Reminders sent before a session, one row per session, member and lead time: the key keeps two
-- instances (or two sweeps) from reminding anyone twice.
CREATE TABLE session_reminder (
  session_id VARCHAR(36) NOT NULL,
  member_id  VARCHAR(36) NOT NULL,
  lead       VARCHAR(8)  NOT NULL,
  sent_at    DATETIME(6) NOT NULL,
  CONSTRAINT pk_session_reminder PRIMARY KEY (session_id, member_id, lead),
  CONSTRAINT fk_reminder_session FOREIGN KEY (session_id) REFERENCES live_session (id),
  CONSTRAINT fk_reminder_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT ck_reminder_lead CHECK (lead IN ('DAY', 'HOUR'))
);
