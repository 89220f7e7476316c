alter table dataelementgroup add column if not exists "description" text;
alter table indicatorgroup add column if not exists "description" text;