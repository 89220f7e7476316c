
-- Add fontstyle column to visualization table

alter table visualization add column "fontstyle" jsonb;
