-- A video or podcast item may play a file uploaded to the campus instead of (or besides) a link.
ALTER TABLE module_item ADD COLUMN media_file_id VARCHAR(36);
ALTER TABLE module_item ADD CONSTRAINT fk_item_media FOREIGN KEY (media_file_id) REFERENCES stored_file (id);
CREATE INDEX ix_item_media ON module_item (media_file_id);
