
-- Drop column 'programscope' of table 'trackedentityattribute'

alter table trackedentityattribute drop column if exists programscope;
