CREATE INDEX index_crates_name_ordering ON crates (name);
