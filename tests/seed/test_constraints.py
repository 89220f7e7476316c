"""Every constraint of a real schema is honoured by the seeded data, and every table is seeded.

The schema fragments are modelled on the failures measured on real applications: CHECKs calling
a SQL function, `direction = 1 OR direction = 2` and multi-column date checks (a 375-table
application lost 261 tables to them), a Prisma `User` with a text key, a unique partial index
with `!~`, a unique index on `lower(name)`, NULLS NOT DISTINCT, an exclusion constraint,
composite foreign keys, a foreign key to a unique non-PK column, a self-referencing tree, a
deferrable foreign key closing a cycle.
"""

from __future__ import annotations

import re

import pytest
from dbperf.config import Config
from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.catalog import read_schema
from dbperf.seed.seeder import seed

DDL = """
CREATE EXTENSION btree_gist;
CREATE FUNCTION valid_path(p text) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT p ~ '^[a-z0-9_./-]+$' $$;

CREATE TABLE "User" (
  id text NOT NULL,
  email text NOT NULL,
  name text,
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "User_pkey" PRIMARY KEY (id)
);
CREATE UNIQUE INDEX "User_email_key" ON "User" (email);

CREATE TABLE namespaces (
  id bigserial PRIMARY KEY,
  name varchar(255) NOT NULL,
  path varchar(255) NOT NULL CHECK (valid_path(path)),
  parent_id bigint REFERENCES namespaces (id),
  owner_id text NOT NULL REFERENCES "User" (id),
  direction smallint NOT NULL DEFAULT 1 CHECK (direction = 1 OR direction = 2),
  visibility integer NOT NULL CHECK (visibility = 0 OR visibility = 10 OR visibility = 20),
  starts_on date,
  ends_on date,
  code varchar(12),
  personal boolean NOT NULL DEFAULT false,
  CONSTRAINT personal_has_no_parent CHECK (NOT personal OR parent_id IS NULL),
  CONSTRAINT dates_ok CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on + 7),
  CONSTRAINT name_len CHECK (char_length(name) <= 50)
);
CREATE UNIQUE INDEX namespaces_lower_name ON namespaces (lower(name));
CREATE UNIQUE INDEX namespaces_path_not_numeric ON namespaces (path) WHERE path !~ '^[0-9 ]*$';
CREATE UNIQUE INDEX namespaces_code ON namespaces (code) NULLS NOT DISTINCT;

CREATE TABLE projects (
  id serial PRIMARY KEY,
  namespace_id bigint NOT NULL REFERENCES namespaces (id),
  name text NOT NULL
);

CREATE TABLE keyed (
  id varchar(25) PRIMARY KEY,
  public_id char(21) NOT NULL UNIQUE,
  uid text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE,
  kind text NOT NULL,
  label text NOT NULL,
  UNIQUE (kind, label)
);

CREATE TABLE subscriptions (
  id serial PRIMARY KEY,
  user_id text NOT NULL REFERENCES "User" (id),
  status text NOT NULL CHECK (status IN ('active', 'canceled', 'past_due'))
);
CREATE UNIQUE INDEX one_active_subscription ON subscriptions (user_id) WHERE status = 'active';

CREATE TABLE emails (
  id serial PRIMARY KEY,
  user_id text NOT NULL REFERENCES "User" (id),
  email text NOT NULL,
  "primary" boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX one_primary_email ON emails (user_id, (CASE WHEN "primary" THEN true END));

CREATE TABLE daily_reports (
  id serial PRIMARY KEY,
  user_id text NOT NULL REFERENCES "User" (id),
  created_at timestamp NOT NULL
);
CREATE UNIQUE INDEX one_report_a_day ON daily_reports (user_id, (created_at::date));

CREATE TABLE bookings (
  id serial PRIMARY KEY,
  room integer NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  during tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at)) STORED,
  CHECK (ends_at > starts_at),
  EXCLUDE USING gist (room WITH =, during WITH &&)
);

CREATE TABLE regions (country char(2) NOT NULL, code text NOT NULL, name text NOT NULL,
                      PRIMARY KEY (country, code));
CREATE TABLE shops (
  id serial PRIMARY KEY,
  country char(2) NOT NULL,
  region_code text NOT NULL,
  owner_email text REFERENCES "User" (email) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (country, region_code) REFERENCES regions (country, code)
);

CREATE TABLE teams (id text PRIMARY KEY, owner_id text NOT NULL, name text NOT NULL);
CREATE TABLE members (id text PRIMARY KEY, team_id text NOT NULL REFERENCES teams (id), email text NOT NULL);
ALTER TABLE teams ADD FOREIGN KEY (owner_id) REFERENCES members (id) DEFERRABLE INITIALLY DEFERRED;
"""

ROWS = {"User": 400, "namespaces": 3000, "projects": 2000, "keyed": 500, "subscriptions": 1200,
        "emails": 800, "daily_reports": 300, "bookings": 1500, "regions": 300, "shops": 600, "teams": 100, "members": 500}

CONSTRAINTS = """
SELECT c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid), c.convalidated,
       c.condeferrable, c.condeferred
FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace ORDER BY 1, 2
"""
INDEXES = """
SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), i.indisvalid
FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1
"""


@pytest.fixture(scope="module")
def seeded(pg_server):
    db = Database.scratch(pg_server.uri, name="constraints_seeded")
    try:
        db.execute(DDL)
        before = db.fetchall(CONSTRAINTS), db.fetchall(INDEXES)
        problems = Problems()
        result = seed(db, read_schema(db), Config(rows=ROWS), problems=problems)
        yield db, before, [p.message for p in problems], result
    finally:
        db.close()


def count(db: Database, sql: str) -> int:
    return int(db.fetchval(sql))


def test_every_table_is_seeded_to_its_planned_count(seeded):
    db, _, problems, result = seeded
    assert result.failed == []
    for table, rows in ROWS.items():
        seeded_rows = count(db, f'SELECT count(*) FROM "{table}"')
        assert result.rows[table] == seeded_rows
        if table == "bookings":  # an exclusion constraint: overlapping bookings of a room are left out
            assert 0.6 * rows <= seeded_rows < rows
        elif table == "daily_reports":  # a unique date(created_at) per user: the last resort removes rows
            assert 0.3 * rows <= seeded_rows < rows
        else:
            assert seeded_rows == rows, table


def test_every_constraint_and_index_exists_as_declared(seeded):
    db, (constraints, indexes), _, _ = seeded
    assert db.fetchall(CONSTRAINTS) == constraints  # definitions, DEFERRABLE, validated
    assert db.fetchall(INDEXES) == indexes  # partial, expression, NULLS NOT DISTINCT: all valid


def test_only_the_repairs_are_reported(seeded):
    _, _, problems, result = seeded
    expected = [
        r"table namespaces: CHECK dates_ok refused [\d,]+ of 3,000 generated rows; repaired",
        r"table namespaces: CHECK personal_has_no_parent refused [\d,]+ of 3,000 generated rows; repaired",
        r"table namespaces: CHECK namespaces_path_check refused 3,000 of 3,000 generated rows; repaired",
        r"table subscriptions: rows repeating a key of one_active_subscription "
        r"\(\"user_id\" WHERE status = CAST\('active' AS text\)\) moved out of it: "
        r"\"status\" = 'canceled'::text \(\d+ rows\)",
        r"table emails: rows repeating a key of one_primary_email \(\"user_id\", CASE WHEN "
        r"\"primary\" THEN TRUE ELSE CAST\(NULL AS boolean\) END\) moved out of it: \"primary\" = false \(\d+ rows\)",
        r"table daily_reports: \d+ rows removed that repeated a key of one_report_a_day "
        r"\(\"user_id\", CAST\(created_at AS date\)\)",
        r"table daily_reports: \d+ of 300 rows left out",
        r"table bookings: \d+ of 1500 rows left out",
    ]
    for message in problems:
        assert any(re.match(pattern, message) for pattern in expected), message
    for pattern in expected:
        assert any(re.match(pattern, message) for message in problems), pattern


def test_checks_hold_with_varied_values(seeded):
    db, _, _, _ = seeded
    directions = dict(db.fetchall("SELECT direction, count(*) FROM namespaces GROUP BY 1"))
    assert set(directions) == {1, 2} and min(directions.values()) > 300  # both values, not only the DEFAULT
    assert count(db, "SELECT count(DISTINCT visibility) FROM namespaces") == 3
    assert count(db, "SELECT count(*) FROM namespaces WHERE starts_on IS NOT NULL AND ends_on IS NOT NULL") > 1500
    assert count(db, "SELECT count(DISTINCT lower(name)) FROM namespaces") == ROWS["namespaces"]
    assert count(db, "SELECT count(*) FROM namespaces WHERE personal") > 0.1 * ROWS["namespaces"]


def test_partial_and_expression_unique_indexes_keep_the_rows_they_would_refuse_outside(seeded):
    db, _, _, _ = seeded
    statuses = dict(db.fetchall("SELECT status, count(*) FROM subscriptions GROUP BY 1"))
    assert statuses["active"] == count(db, "SELECT count(DISTINCT user_id) FROM subscriptions WHERE status = 'active'")
    assert statuses["canceled"] > statuses["active"]  # users keep older, canceled subscriptions
    primaries = count(db, 'SELECT count(*) FROM emails WHERE "primary"')  # one primary email per user
    assert primaries == count(db, 'SELECT count(DISTINCT user_id) FROM emails WHERE "primary"') > 100


def test_keys_look_like_the_applications_own(seeded):
    db, _, _, _ = seeded
    ids, public_ids, uids = zip(*db.fetchall("SELECT id, public_id, uid FROM keyed"))
    assert all(re.fullmatch(r"c[a-z0-9]{24}", i) for i in ids)  # cuid
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{21}", p) for p in public_ids)  # nanoid
    assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", u) for u in uids)
    # The key column that can hold the most values carries the row number: code, not char(2) country.
    assert count(db, "SELECT count(DISTINCT code) FROM regions") == ROWS["regions"]


def test_foreign_keys_hold_and_self_references_form_trees(seeded):
    db, _, _, _ = seeded
    assert count(db, "SELECT count(*) FROM shops s JOIN regions r ON (r.country, r.code) = (s.country, s.region_code)") \
        == ROWS["shops"]
    assert count(db, 'SELECT count(*) FROM shops s JOIN "User" u ON u.email = s.owner_email') > 0.8 * ROWS["shops"]
    assert count(db, "SELECT count(*) FROM teams t JOIN members m ON m.id = t.owner_id") == ROWS["teams"]
    roots = count(db, "SELECT count(*) FROM namespaces WHERE parent_id IS NULL")
    assert 0.1 * ROWS["namespaces"] < roots < 0.95 * ROWS["namespaces"]
    depth = count(db, """
        WITH RECURSIVE t AS (SELECT id, 1 AS depth FROM namespaces WHERE parent_id IS NULL
                             UNION ALL SELECT n.id, t.depth + 1 FROM namespaces n JOIN t ON n.parent_id = t.id)
        SELECT max(depth) FROM t""")
    assert 3 <= depth <= 50  # neither all roots nor one chain


def test_same_data_for_the_same_seed(seeded, pg_server):
    db, _, _, _ = seeded
    other = Database.scratch(pg_server.uri, name="constraints_twin")
    try:
        other.execute(DDL)
        seed(other, read_schema(other), Config(rows=ROWS), problems=Problems())
        for table in ("namespaces", "bookings", "subscriptions"):
            digest = f"SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM {table} t"
            assert db.fetchval(digest) == other.fetchval(digest), table
    finally:
        other.close()


def test_an_index_that_cannot_be_rebuilt_is_named_with_the_reason(scratch_db):
    db = scratch_db
    db.execute("""
        CREATE FUNCTION no_e(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE
          AS $$ BEGIN IF t LIKE '%e%' THEN RAISE EXCEPTION 'no e allowed'; END IF; RETURN t; END $$;
        CREATE TABLE tickets (id serial PRIMARY KEY, code text NOT NULL);
        CREATE INDEX tickets_code_idx ON tickets (no_e(code));
    """)
    problems = Problems()
    result = seed(db, read_schema(db), Config(rows={"tickets": 100}), problems=problems)
    assert result.rows == {"tickets": 100}
    messages = [(p.severity, p.message) for p in problems]
    assert messages == [("error", "index tickets_code_idx could not be re-created after seeding: "
                                  "no e allowed")]


def test_orphans_whose_null_key_would_break_a_partial_unique_index_are_removed(scratch_db):
    """trigger.dev: setting an orphan's parent NULL put it under `UNIQUE … WHERE parent_id IS NULL`,
    and the UniqueViolation ended seeding with a traceback. Such orphans are removed instead."""
    from dbperf.seed.repair import repair_orphans

    db = scratch_db
    db.execute("""
        CREATE TABLE envs (id int PRIMARY KEY);
        CREATE TABLE child_envs (id int PRIMARY KEY, project int NOT NULL, kind text NOT NULL, parent_id int);
        CREATE UNIQUE INDEX child_envs_root_key ON child_envs (project, kind) WHERE parent_id IS NULL;
        INSERT INTO envs VALUES (1);
        INSERT INTO child_envs VALUES (1, 7, 'STAGING', NULL), (2, 7, 'STAGING', 99), (3, 8, 'PREVIEW', 1);
    """)
    db.execute("ALTER TABLE child_envs ADD CONSTRAINT child_envs_parent_fkey FOREIGN KEY (parent_id) "
               "REFERENCES envs (id) NOT VALID")
    fk = read_schema(db).tables["child_envs"].foreign_keys[0]
    assert repair_orphans(db, read_schema(db), fk) == (0, 1)  # NULL would collide with row 1: removed
    assert db.fetchall("SELECT id FROM child_envs ORDER BY id") == [(1,), (3,)]
    db.execute("ALTER TABLE child_envs VALIDATE CONSTRAINT child_envs_parent_fkey")
