alter table users add column if not exists accountexpiry timestamp without time zone default null;
