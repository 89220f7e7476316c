CREATE INDEX identities_nid_organization_id_idx ON identities (organization_id);
