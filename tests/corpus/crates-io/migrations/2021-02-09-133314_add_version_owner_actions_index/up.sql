CREATE INDEX IF NOT EXISTS index_version_owner_actions_by_version_id ON version_owner_actions (version_id);
