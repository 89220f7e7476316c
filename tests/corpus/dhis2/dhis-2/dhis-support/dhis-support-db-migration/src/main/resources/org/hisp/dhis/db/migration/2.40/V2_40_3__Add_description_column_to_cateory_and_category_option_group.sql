alter table dataelementcategory add column if not exists "description" text;
alter table categoryoptiongroup add column if not exists "description" text;