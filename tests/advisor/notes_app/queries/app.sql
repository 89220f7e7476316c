SELECT id, title FROM notes WHERE account_id = 42;
SELECT id, title FROM notes WHERE title ILIKE '%graph%' OR content ILIKE '%graph%';
UPDATE notes SET updated_at = now();
