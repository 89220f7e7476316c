CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  country text NOT NULL
);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id),
  status text NOT NULL,
  reference uuid NOT NULL,
  total_cents integer NOT NULL
);

CREATE TABLE events (
  id bigint NOT NULL,
  user_id bigint NOT NULL,
  kind text NOT NULL,
  request_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_default PARTITION OF events DEFAULT;

CREATE VIEW order_details AS
  SELECT o.id, o.status, o.reference, o.total_cents, u.email, u.country
  FROM orders o JOIN users u ON u.id = o.user_id;
CREATE VIEW big_orders AS
  SELECT d.id, d.email, d.total_cents FROM order_details d WHERE d.total_cents > 10000;
CREATE VIEW "ActiveUsers" AS SELECT id, email FROM users WHERE country <> 'XX';
CREATE MATERIALIZED VIEW revenue_by_country AS
  SELECT u.country, count(*) AS orders, sum(o.total_cents) AS revenue
  FROM orders o JOIN users u ON u.id = o.user_id GROUP BY u.country;

CREATE TABLE notes (id bigserial PRIMARY KEY, body text NOT NULL);
CREATE TABLE user_notes (user_id bigint NOT NULL) INHERITS (notes);

CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id),
  paid boolean NOT NULL DEFAULT false,
  amount_cents integer NOT NULL
);
CREATE VIEW billing.open_invoices AS SELECT id, user_id, amount_cents FROM billing.invoices WHERE NOT paid;

CREATE EXTENSION IF NOT EXISTS file_fdw;
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE imported_rates (currency text, rate numeric)
  SERVER files OPTIONS (filename '/nonexistent/rates.csv', format 'csv');
