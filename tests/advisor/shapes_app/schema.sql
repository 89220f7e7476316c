CREATE TABLE customers (id bigserial PRIMARY KEY, name text NOT NULL, region text NOT NULL);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  total_cents integer NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE order_events (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  kind text NOT NULL,
  handled boolean NOT NULL DEFAULT false
);
CREATE TABLE payments (
  id bigserial PRIMARY KEY,
  order_ref bigint NOT NULL,
  amount_cents integer NOT NULL,
  paid_at timestamptz NOT NULL
);
CREATE VIEW open_orders AS SELECT id, status, total_cents, created_at FROM orders WHERE total_cents > 0;
CREATE VIEW settled_payments AS SELECT id, order_ref, amount_cents, paid_at FROM payments WHERE amount_cents > 0;
CREATE TABLE readings (
  device_id bigint NOT NULL,
  taken_at timestamptz NOT NULL,
  value double precision NOT NULL
) PARTITION BY RANGE (taken_at);
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE readings_2026 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE SCHEMA "Billing";
CREATE TABLE "Billing"."Customer" ("id" bigserial PRIMARY KEY, "Name" text NOT NULL);
CREATE TABLE "Billing"."InvoiceLine" (
  "id" bigserial PRIMARY KEY,
  "customerId" bigint NOT NULL REFERENCES "Billing"."Customer" ("id"),
  "amountCents" integer NOT NULL
);
CREATE TABLE shipments (id bigserial PRIMARY KEY, order_no bigint NOT NULL, carrier text NOT NULL);
CREATE TABLE audit_log (id bigserial PRIMARY KEY, actor text NOT NULL, action text NOT NULL);
