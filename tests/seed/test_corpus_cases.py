"""Seeding schemas shaped like real applications' (tests/corpus) where generated data once failed."""

from __future__ import annotations

from dbperf.config import Config
from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.catalog import read_schema
from dbperf.seed.seeder import seed

# harbor make/migrations/postgresql/0001_initial_schema.up.sql: the first migration creates the
# admin user and the default project, and later tables point at them.
HARBOR = """
CREATE TABLE harbor_user (
  user_id SERIAL PRIMARY KEY NOT NULL,
  username varchar(255),
  email varchar(255),
  sysadmin_flag boolean DEFAULT false NOT NULL,
  UNIQUE (username),
  UNIQUE (email)
);
INSERT INTO harbor_user (username, email, sysadmin_flag) VALUES
('admin', 'admin@example.com', true),
('anonymous', 'anonymous@example.com', false);
CREATE TABLE project (
  project_id SERIAL PRIMARY KEY NOT NULL,
  owner_id int NOT NULL,
  name varchar (255) NOT NULL,
  FOREIGN KEY (owner_id) REFERENCES harbor_user(user_id),
  UNIQUE (name)
);
INSERT INTO project (owner_id, name) SELECT user_id, 'library' FROM harbor_user WHERE username = 'admin';
CREATE TABLE project_member (
  id SERIAL NOT NULL,
  project_id int NOT NULL REFERENCES project(project_id),
  entity_id int NOT NULL,
  role int NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT unique_project_entity_type UNIQUE (project_id, entity_id)
);
INSERT INTO project_member (project_id, entity_id, role) VALUES (1, 1, 1);
"""


def test_rows_the_migrations_inserted_make_way_for_the_seeded_ones(scratch_db: Database) -> None:
    for statement in HARBOR.split(";\n"):
        if statement.strip():
            scratch_db.execute(statement)
    problems = Problems()
    rows = {"harbor_user": 300, "project": 100, "project_member": 1000}
    result = seed(scratch_db, read_schema(scratch_db), Config(rows=rows), problems=problems)

    assert result.rows == rows  # no table lost to a key collision
    notes = [p.message for p in problems]
    assert notes == [
        (
            "3 table(s) held rows inserted by the migrations, removed before seeding (seeded keys "
            "would collide with them): harbor_user (2), project (1), project_member (1)"
        )
    ]
    for table, key in (("harbor_user", "user_id"), ("project", "project_id")):
        assert scratch_db.fetchval(f"SELECT count(DISTINCT {key}) FROM {table}") == rows[table]
    # every member belongs to a seeded project, every project to a seeded user
    assert scratch_db.fetchval(
        "SELECT count(*) FROM project_member m JOIN project p USING (project_id) "
        "JOIN harbor_user u ON u.user_id = p.owner_id"
    ) == rows["project_member"]
    # the migration's admin row is gone, the sequence continues after the seeded keys
    assert scratch_db.fetchval("SELECT count(*) FROM harbor_user WHERE username = 'admin'") == 0
    assert scratch_db.fetchval("SELECT nextval('harbor_user_user_id_seq')") > rows["harbor_user"]


# kestra jdbc-postgres V1_1__initial.sql: every entity is a JSON document, its fields generated columns.
KESTRA = """
CREATE TYPE log_level AS ENUM ('ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE');
CREATE FUNCTION LOGLEVEL_FROMTEXT(text) RETURNS log_level LANGUAGE SQL IMMUTABLE
  RETURN CAST($1 AS log_level);
CREATE FUNCTION PARSE_ISO8601_DATETIME(text) RETURNS timestamptz LANGUAGE SQL IMMUTABLE
  RETURN $1::timestamptz;
CREATE TABLE flows (
  key VARCHAR(250) NOT NULL PRIMARY KEY,
  value JSONB NOT NULL,
  deleted BOOL NOT NULL GENERATED ALWAYS AS (CAST(value ->> 'deleted' AS BOOL)) STORED,
  id VARCHAR(100) NOT NULL GENERATED ALWAYS AS (value ->> 'id') STORED,
  namespace VARCHAR(150) NOT NULL GENERATED ALWAYS AS (value ->> 'namespace') STORED,
  revision INT NOT NULL GENERATED ALWAYS AS (CAST(value ->> 'revision' AS INT)) STORED,
  source_code TEXT NOT NULL
);
CREATE TABLE logs (
  key VARCHAR(30) NOT NULL PRIMARY KEY,
  value JSONB NOT NULL,
  level log_level NOT NULL GENERATED ALWAYS AS (LOGLEVEL_FROMTEXT(value ->> 'level')) STORED,
  timestamp TIMESTAMPTZ NOT NULL GENERATED ALWAYS AS (PARSE_ISO8601_DATETIME(value ->> 'timestamp')) STORED,
  destination_namespace VARCHAR(150) NOT NULL
    GENERATED ALWAYS AS (value #>> '{destination, namespace}') STORED
)
"""


def test_json_documents_hold_the_keys_their_generated_columns_read(scratch_db: Database) -> None:
    from dbperf.seed.profile import apply_profiles

    for statement in KESTRA.split(";\n"):
        scratch_db.execute(statement)
    schema = read_schema(scratch_db)
    config = Config(rows={"flows": 500, "logs": 2000})
    problems = Problems()
    apply_profiles(scratch_db, schema, config, None, problems)
    result = seed(scratch_db, schema, config, problems=problems)

    assert result.rows == {"flows": 500, "logs": 2000}, [p.message for p in problems]
    assert list(problems) == []
    assert scratch_db.fetchval("SELECT count(DISTINCT deleted) FROM flows") == 2
    assert scratch_db.fetchval("SELECT min(revision) >= 1 AND max(revision) <= 10 FROM flows")
    assert scratch_db.fetchval("SELECT count(DISTINCT namespace) > 1 FROM flows")
    assert scratch_db.fetchval("SELECT count(DISTINCT level) FROM logs") == 5
    assert scratch_db.fetchval("SELECT count(*) FROM logs WHERE value #>> '{destination,namespace}' "
                               "= destination_namespace") == 2000
