-- The query shapes of issue 16 that dbperf advise must handle as well as Supabase's index_advisor
-- (bench/peers.py): no secondary index at all, so every shape below needs one.

CREATE TABLE accounts (
    id         bigint PRIMARY KEY,
    name       text NOT NULL,
    region     text NOT NULL
);

CREATE TABLE orders (
    id         bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    status     text NOT NULL,
    total      numeric(12, 2) NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE order_items (
    id         bigint PRIMARY KEY,
    order_id   bigint NOT NULL REFERENCES orders (id),
    sku        text NOT NULL,
    qty        integer NOT NULL
);

CREATE VIEW recent_orders AS
    SELECT id, account_id, status, total, created_at FROM orders WHERE total > 0;

CREATE TABLE readings (
    id         bigint NOT NULL,
    sensor_id  integer NOT NULL,
    taken_at   timestamptz NOT NULL,
    value      double precision NOT NULL
) PARTITION BY RANGE (taken_at);
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE readings_2026 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE SCHEMA crm;
CREATE TABLE crm."Contact" (
    "Id"           bigint PRIMARY KEY,
    "AccountId"    bigint NOT NULL REFERENCES accounts (id),
    "EmailAddress" text NOT NULL,
    "LastSeenAt"   timestamptz
);
