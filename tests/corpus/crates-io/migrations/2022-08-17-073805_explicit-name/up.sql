ALTER TABLE dependencies
    ADD COLUMN explicit_name VARCHAR NULL;
