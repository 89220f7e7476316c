ALTER TABLE identity_recovery_tokens
ADD token_type int NOT NULL DEFAULT 0;
