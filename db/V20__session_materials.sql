-- Materials of a live session: module items of the cohort's course, in the order the facilitator
-- listed them. Removing an item from the course removes it from the sessions too.
CREATE TABLE session_material (
  session_id VARCHAR(36) NOT NULL,
  item_id    VARCHAR(36) NOT NULL,
  position   INT         NOT NULL,
  CONSTRAINT pk_session_material PRIMARY KEY (session_id, item_id),
  CONSTRAINT fk_material_session FOREIGN KEY (session_id) REFERENCES live_session (id),
  CONSTRAINT fk_material_item FOREIGN KEY (item_id) REFERENCES module_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_material_item ON session_material (item_id);
