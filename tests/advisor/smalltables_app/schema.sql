CREATE TABLE events (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL,
  kind text NOT NULL,
  payload char(200) NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE verifications (
  id bigserial PRIMARY KEY,
  identifier text NOT NULL,
  value char(64) NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE TABLE tags (id bigserial PRIMARY KEY, label text NOT NULL);
