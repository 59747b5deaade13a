-- The changes of an attendance record in the order they were made, even when two share an instant:
-- the record counts its changes, and each history row keeps the count it made.
ALTER TABLE attendance_record ADD COLUMN changes INT NOT NULL DEFAULT 0;
ALTER TABLE attendance_change ADD COLUMN revision INT NOT NULL DEFAULT 0;
