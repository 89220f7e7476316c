ALTER TABLE selfservice_verification_flows DROP COLUMN session_id;

