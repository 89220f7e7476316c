alter table relationship add column if not exists "createdatclient" timestamp;
