DROP INDEX IF EXISTS "identity_recovery_codes_identity_id_nid_idx";

DROP INDEX IF EXISTS "identity_verification_codes_verifiable_address_nid_idx";

DROP INDEX IF EXISTS "selfservice_settings_flows_identity_id_nid_idx";

DROP INDEX IF EXISTS "continuity_containers_identity_id_nid_idx";

DROP INDEX IF EXISTS "selfservice_recovery_flows_recovered_identity_id_nid_idx";

DROP INDEX IF EXISTS "identity_recovery_tokens_identity_id_nid_idx";

DROP INDEX IF EXISTS "identity_recovery_codes_identity_recovery_address_id_nid_idx";
