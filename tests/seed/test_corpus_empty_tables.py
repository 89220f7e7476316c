"""The causes that left tables of the corpus (tests/corpus) empty, each on a schema shaped like the
application's: after seeding, every table has rows and every constraint and index is back."""

from __future__ import annotations

import psycopg
import pytest

from dbperf.config import Config
from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.catalog import read_schema
from dbperf.seed.load import vacuum_analyze
from dbperf.seed.seeder import seed


def _load(db: Database, ddl: str) -> None:
    for statement in ddl.split(";\n"):
        if statement.strip():
            db.execute(statement)


def _seed(db: Database, rows: dict[str, int]) -> tuple[dict[str, int], list[str]]:
    problems = Problems()
    result = seed(db, read_schema(db), Config(rows=rows), problems=problems)
    return result.rows, [p.message for p in problems]


def _objects(db: Database) -> set[tuple]:
    return set(db.fetchall("SELECT conrelid::regclass::text, conname, convalidated FROM pg_constraint "
                           "WHERE connamespace = 'public'::regnamespace UNION ALL "
                           "SELECT indrelid::regclass::text, indexrelid::regclass::text, indisvalid "
                           "FROM pg_index WHERE indrelid::regclass::text NOT LIKE 'pg_%'"))


# danbooru db/structure.sql: a unique inet column (`{row}::text` was "1", not an address).
INET_KEY = """
CREATE TABLE ip_geolocations (id bigserial PRIMARY KEY, ip_addr inet NOT NULL, network cidr,
  mac macaddr, day date NOT NULL);
CREATE UNIQUE INDEX index_ip_geolocations_on_ip_addr ON ip_geolocations (ip_addr);
CREATE UNIQUE INDEX index_ip_geolocations_on_network ON ip_geolocations (network);
CREATE UNIQUE INDEX index_ip_geolocations_on_mac ON ip_geolocations (mac);
CREATE UNIQUE INDEX index_ip_geolocations_on_day ON ip_geolocations (day)
"""


def test_unique_keys_of_address_and_date_types_never_repeat(scratch_db: Database) -> None:
    _load(scratch_db, INET_KEY)
    declared = _objects(scratch_db)
    rows, problems = _seed(scratch_db, {"ip_geolocations": 3000})
    assert rows == {"ip_geolocations": 3000}, problems
    assert _objects(scratch_db) == declared
    assert scratch_db.fetchval("SELECT count(DISTINCT day) FROM ip_geolocations") == 3000


# crates.io migrations: a NOT NULL bytea checksum whose CHECK wants 32 bytes (a SHA-256), and DHIS2's
# V2_42_30: identifiers checked by a plpgsql function (a letter, then 10 letters or digits).
CHECKED_SHAPES = """
CREATE FUNCTION check_uid(uid varchar) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN RETURN uid ~ '^[A-Za-z]' AND uid ~ '^[A-Za-z0-9]{11}$'; END; $$;
CREATE TABLE versions (id serial PRIMARY KEY, num varchar NOT NULL, tar_sha256 bytea NOT NULL,
  zip_sha256 bytea CONSTRAINT versions_zip_sha256_len CHECK (octet_length(zip_sha256) = 32));
ALTER TABLE versions ADD CONSTRAINT versions_tar_sha256_len CHECK (octet_length(tar_sha256) = 32) NOT VALID;
CREATE TABLE potentialduplicate (potentialduplicateid bigint PRIMARY KEY, uid varchar(11) NOT NULL UNIQUE,
  original varchar(11) NOT NULL, duplicate varchar(11), status varchar(255) NOT NULL,
  CONSTRAINT potentialduplicate_teia_teib UNIQUE (original, duplicate));
ALTER TABLE potentialduplicate ADD CONSTRAINT potentialduplicate_check_uid CHECK (check_uid(uid));
ALTER TABLE potentialduplicate ADD CONSTRAINT potentialduplicate_check_original CHECK (check_uid(original));
ALTER TABLE potentialduplicate ADD CONSTRAINT potentialduplicate_check_duplicate CHECK (check_uid(duplicate))
"""


def test_checks_on_digest_lengths_and_identifier_shapes_are_met(scratch_db: Database) -> None:
    _load(scratch_db, CHECKED_SHAPES)
    declared = _objects(scratch_db)
    rows, problems = _seed(scratch_db, {"versions": 500, "potentialduplicate": 400})
    assert rows == {"versions": 500, "potentialduplicate": 400}, problems
    assert _objects(scratch_db) == declared
    assert scratch_db.fetchval("SELECT count(*) FROM versions WHERE octet_length(tar_sha256) = 32") == 500
    assert scratch_db.fetchval("SELECT bool_and(check_uid(uid) AND check_uid(original)) FROM potentialduplicate")


# langfuse in_app_agent_*: project_id is in a one-column foreign key to projects and in composite ones
# to the conversation and to the run (both keyed by (id, project_id)).
OVERLAPPING_KEYS = """
CREATE TABLE projects (id text PRIMARY KEY);
CREATE TABLE conversations (id text NOT NULL, project_id text NOT NULL REFERENCES projects (id),
  PRIMARY KEY (id, project_id));
CREATE TABLE runs (id text NOT NULL, project_id text NOT NULL REFERENCES projects (id),
  conversation_id text NOT NULL, PRIMARY KEY (id, project_id),
  FOREIGN KEY (conversation_id, project_id) REFERENCES conversations (id, project_id));
CREATE TABLE events (project_id text NOT NULL REFERENCES projects (id), conversation_id text NOT NULL,
  sequence_number integer NOT NULL, run_id text, PRIMARY KEY (project_id, conversation_id, sequence_number),
  FOREIGN KEY (conversation_id, project_id) REFERENCES conversations (id, project_id),
  FOREIGN KEY (run_id, project_id) REFERENCES runs (id, project_id))
"""


def test_a_column_shared_by_composite_foreign_keys_follows_the_widest(scratch_db: Database) -> None:
    _load(scratch_db, OVERLAPPING_KEYS)
    declared = _objects(scratch_db)
    rows, problems = _seed(scratch_db, {"projects": 20, "conversations": 300, "runs": 600, "events": 2000})
    assert rows["runs"] == 600, problems  # every run keeps its conversation (550 of 600 were lost)
    assert rows["events"] >= 1900, problems
    assert _objects(scratch_db) == declared  # every foreign key back, validated


# A tree inside a tenant: the composite self-reference shares tenant_id with the tenant's key.
TENANT_TREE = """
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE folders (id bigint NOT NULL, tenant_id bigint NOT NULL REFERENCES tenants (id), parent_id bigint,
  PRIMARY KEY (id, tenant_id), FOREIGN KEY (parent_id, tenant_id) REFERENCES folders (id, tenant_id))
"""


def test_a_composite_self_reference_does_not_set_the_shared_column(scratch_db: Database) -> None:
    _load(scratch_db, TENANT_TREE)
    declared = _objects(scratch_db)
    rows, problems = _seed(scratch_db, {"tenants": 10, "folders": 500})
    assert rows == {"tenants": 10, "folders": 500}, problems
    assert _objects(scratch_db) == declared
    assert scratch_db.fetchval("SELECT count(*) FROM folders WHERE parent_id IS NOT NULL") > 0


# trigger.dev: partitioned tables whose partitions the application creates at run time.
NO_PARTITION = """
CREATE TABLE task_events (id text NOT NULL, created_at timestamp(3) NOT NULL, trace_id text NOT NULL,
  PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE INDEX task_events_trace_id_idx ON task_events (trace_id);
CREATE TABLE shards (id bigint NOT NULL, PRIMARY KEY (id)) PARTITION BY HASH (id)
"""


def test_a_partitioned_table_without_partitions_gets_a_default_one(scratch_db: Database) -> None:
    _load(scratch_db, NO_PARTITION)
    rows, problems = _seed(scratch_db, {"task_events": 1000, "shards": 100})
    assert rows == {"task_events": 1000, "shards": 100}, problems
    assert scratch_db.fetchval("SELECT count(*) FROM task_events_default") == 1000
    assert any("task_events has no partition" in p and "task_events_default" in p for p in problems)
    assert read_schema(scratch_db).tables["task_events"].partitions  # plans name it: it is known


# hexpm priv/repo/structure.sql: a materialized view grouped by (package_id, release_id), unique on
# release_id alone (a release belongs to one package), over a table without that foreign key.
MATVIEW = """
CREATE TABLE packages (id bigserial PRIMARY KEY);
CREATE TABLE downloads (id serial PRIMARY KEY, release_id integer NOT NULL, downloads integer NOT NULL,
  day date NOT NULL, package_id bigint NOT NULL REFERENCES packages (id));
CREATE MATERIALIZED VIEW release_downloads AS SELECT downloads.package_id, downloads.release_id,
  sum(downloads.downloads) AS downloads FROM downloads GROUP BY downloads.package_id, downloads.release_id
  WITH NO DATA;
CREATE UNIQUE INDEX release_downloads_release_id_idx ON release_downloads (release_id)
"""


def test_a_matview_unique_index_holds_after_the_refresh(scratch_db: Database) -> None:
    _load(scratch_db, MATVIEW)
    rows, problems = _seed(scratch_db, {"packages": 50, "downloads": 3000})
    assert rows["release_downloads"] > 0, problems
    assert any("given the package_id of the first row with the same release_id" in p for p in problems)
    assert scratch_db.fetchval("SELECT count(*) FROM (SELECT release_id FROM downloads GROUP BY 1 "
                               "HAVING count(DISTINCT package_id) > 1) d") == 0


def test_vacuum_after_seeding_is_not_cut_by_the_statement_timeout(scratch_db: Database) -> None:
    # The cold audit of dhis2 on a loaded machine died of "canceling statement due to statement
    # timeout" in a table's VACUUM (ANALYZE), which cannot run inside a transaction (SET LOCAL).
    scratch_db.execute("CREATE TABLE big AS SELECT g AS id, md5(g::text) AS label FROM generate_series(1, 100000) g")
    scratch_db.statement_timeout_ms = 1
    scratch_db.execute("SET statement_timeout = 1")
    vacuum_analyze(scratch_db, "public.big")
    with pytest.raises(psycopg.errors.QueryCanceled):  # the connection's own timeout is back
        scratch_db.execute("SELECT pg_sleep(0.1)")
    scratch_db.execute("SET statement_timeout = 0")
    assert scratch_db.fetchval("SELECT reltuples FROM pg_class WHERE relname = 'big'") == 100000
