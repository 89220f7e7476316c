ALTER TABLE keywords ALTER COLUMN keyword TYPE text;
