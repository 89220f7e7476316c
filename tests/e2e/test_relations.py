"""Relations beyond plain tables, end to end on seeded data (embedded PostgreSQL 18, ~60,000 rows).

One small project holds a table partitioned by month (plus a DEFAULT partition), a view joining two
tables, a materialized view, an INHERITS child and a foreign table. Audited once for the module, with
its database kept open (`pipeline.measured`) so that the written migration is applied to the very
database that was seeded:

- the partitioned table is seeded through its parent, its rows inside the declared partitions;
  `missing-index` names the parent (not a partition), and the migration (ON ONLY, CONCURRENTLY per
  partition, ATTACH) applies and leaves a valid index the query then uses;
- a query on the view is measured, and `missing-index` is found on the base table it filters;
- the materialized view is refreshed after seeding and its query measured;
- a query on the INHERITS parent is measured over the parent and its child;
- the foreign table is noted (stage "schema"), its query left unmeasured, nothing fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pglast
import pytest

from dbperf.findings import Finding
from dbperf.migrate.fix import index_changes
from dbperf.migrate.sql_files import write_sql_migration
from dbperf.pipeline import AuditOptions, Measured, measured, run_rules
from dbperf.project import discover

SCHEMA = """\
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  country text NOT NULL
);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id),
  status text NOT NULL,
  total_cents integer NOT NULL
);
CREATE INDEX orders_user_id_idx ON orders (user_id);

CREATE TABLE events (
  id bigint NOT NULL,
  user_id bigint NOT NULL,
  kind text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE TABLE events_2024_03 PARTITION OF events FOR VALUES FROM ('2024-03-01') TO ('2024-04-01');
CREATE TABLE events_default PARTITION OF events DEFAULT;
CREATE INDEX events_user_id_idx ON events (user_id);

CREATE VIEW order_details AS
  SELECT o.id, o.status, o.total_cents, u.email, u.country
  FROM orders o JOIN users u ON u.id = o.user_id;
CREATE MATERIALIZED VIEW revenue_by_country AS
  SELECT u.country, count(*) AS orders, sum(o.total_cents) AS revenue
  FROM orders o JOIN users u ON u.id = o.user_id GROUP BY u.country;

CREATE TABLE notes (id bigserial PRIMARY KEY, body text NOT NULL);
CREATE TABLE user_notes (user_id bigint NOT NULL) INHERITS (notes);

CREATE EXTENSION IF NOT EXISTS file_fdw;
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE imported_rates (currency text, rate numeric)
  SERVER files OPTIONS (filename '/nonexistent/rates.csv', format 'csv');
"""
QUERIES = """\
SELECT id, user_id FROM events WHERE kind = 'signup';
SELECT id, email FROM order_details WHERE status = 'refunded';
SELECT country, revenue FROM revenue_by_country WHERE country = 'FR';
SELECT currency, rate FROM imported_rates WHERE currency = 'EUR';
SELECT id, body FROM notes WHERE id = 42;
"""
CONFIG = """\
schema = "schema.sql"
queries = ["queries"]

[seed.rows]
users = 2000
orders = 20000
events = 20000
notes = 2000
user_notes = 2000

[thresholds]
large_table_rows = 1000
repeats = 1
"""
EVENTS_LINE, VIEW_LINE, MATVIEW_LINE, FOREIGN_LINE, NOTES_LINE = 1, 2, 3, 4, 5


@dataclass
class Audit:
    root: Path
    m: Measured
    findings: list[Finding]

    def group(self, line: int):
        return next(g for g in self.m.context.groups() if any(o.line == line for o in g.origins))

    def measurement(self, line: int):
        return self.m.context.measurements.get(self.group(line).fingerprint)

    def missing_index(self, table: str) -> Finding:
        found = [f for f in self.findings if f.rule == "missing-index" and f.table == table]
        assert found, f"no missing-index on {table}: {[(f.rule, f.table, f.message) for f in self.findings]}"
        return found[0]


@pytest.fixture(scope="module")
def audit(pg_server, tmp_path_factory) -> Iterator[Audit]:
    root = tmp_path_factory.mktemp("relations") / "app"
    (root / "queries").mkdir(parents=True)
    (root / "schema.sql").write_text(SCHEMA)
    (root / "queries" / "app.sql").write_text(QUERIES)
    (root / "dbperf.toml").write_text(CONFIG)
    with measured(discover(root), AuditOptions(server_uri=pg_server.uri, cache=False)) as m:
        yield Audit(root, m, run_rules(m.context, m.problems))


def test_partitioned_table_is_seeded_through_its_parent_inside_the_partitions(audit: Audit) -> None:
    db = audit.m.where.db
    assert audit.m.seeded.rows["events"] == 20000
    assert audit.m.context.schema.tables["events"].kind == "partitioned"
    per_partition = dict(db.fetchall("SELECT tableoid::regclass::text, count(*) FROM events GROUP BY 1"))
    for month in ("events_2024_01", "events_2024_02", "events_2024_03"):
        assert per_partition.get(month, 0) > 5000, per_partition  # an even share each, not a few strays
    assert not [p for p in audit.m.problems if p.stage == "seed" and p.severity == "error"], \
        [str(p) for p in audit.m.problems]
    # its index, dropped for the load, comes back whole: valid, on every partition
    assert db.fetchval("SELECT indisvalid FROM pg_index WHERE indexrelid = 'events_user_id_idx'::regclass")
    assert db.fetchval("SELECT count(*) FROM pg_inherits WHERE inhparent = 'events_user_id_idx'::regclass") == 4


def test_missing_index_on_the_partitioned_parent_and_its_migration_applies(audit: Audit, tmp_path: Path) -> None:
    finding = audit.missing_index("events")
    assert finding.columns == ("kind",)
    assert "events (4 partitions)" in finding.message
    assert len(finding.evidence["partitions"]) == 4
    assert not [f for f in audit.findings if f.table and f.table.startswith("events_")], "never on a partition"

    changes = [c for c in index_changes([finding])]
    up, down = write_sql_migration(changes, tmp_path, timestamp_label="20300101000000")
    db = audit.m.where.db
    for statement in pglast.split(up.read_text()):  # autocommit, one at a time, as `psql -f` runs it
        db.execute(statement)
    valid = db.fetchval("SELECT indisvalid FROM pg_index WHERE indexrelid = 'events_kind_idx'::regclass")
    attached = db.fetchval("SELECT count(*) FROM pg_inherits WHERE inhparent = 'events_kind_idx'::regclass")
    assert valid and attached == 4
    plan = audit.m.context.lab.measure(audit.group(EVENTS_LINE)).plan
    assert {n.index_name for n in plan.walk() if n.index_name} >= {"events_2024_01_kind_idx"}, plan.shape()

    for statement in pglast.split(down.read_text()):
        db.execute(statement)
    assert db.fetchval("SELECT to_regclass('events_kind_idx')") is None
    assert db.fetchval("SELECT to_regclass('events_2024_01_kind_idx')") is None


def test_query_on_a_view_is_measured_and_indexed_on_its_base_table(audit: Audit) -> None:
    m = audit.measurement(VIEW_LINE)
    assert m is not None and m.ok, m
    assert {n.relation for n in m.plan.walk() if n.relation} == {"orders", "users"}
    finding = audit.missing_index("orders")
    assert finding.columns == ("status",)
    assert "read through view order_details" in finding.message
    assert finding.evidence["views"] == ["order_details"]
    assert "ON orders (status)" in finding.fix.sql
    assert not [p for p in audit.m.problems if "order_details" in p.message], "the view is no unknown table"


def test_materialized_view_is_refreshed_after_seeding_and_measured(audit: Audit) -> None:
    db = audit.m.where.db
    rows = db.fetchval("SELECT count(*) FROM revenue_by_country")
    assert rows > 0 and audit.m.seeded.rows["revenue_by_country"] == rows
    assert audit.m.context.schema.tables["revenue_by_country"].kind == "matview"
    m = audit.measurement(MATVIEW_LINE)
    assert m is not None and m.ok and "revenue_by_country" in {n.relation for n in m.plan.walk()}


def test_query_on_an_inheritance_parent_reads_parent_and_child(audit: Audit) -> None:
    assert audit.m.seeded.rows["user_notes"] == 2000
    assert audit.m.context.schema.tables["user_notes"].inherits == ("notes",)
    m = audit.measurement(NOTES_LINE)
    assert m is not None and m.ok
    assert {n.relation for n in m.plan.walk() if n.relation} == {"notes", "user_notes"}


def test_foreign_table_is_noted_and_not_fatal(audit: Audit) -> None:
    schema = audit.m.context.schema
    if "imported_rates" not in schema.foreign:
        failed = [str(p) for p in audit.m.problems if "file_fdw" in p.message or "imported_rates" in p.message]
        pytest.skip(f"file_fdw is not available in this PostgreSQL build, so no foreign table: {failed}")
    assert "imported_rates" not in schema.tables and "imported_rates" not in audit.m.seeded.rows
    notes = [p for p in audit.m.problems if p.stage == "schema" and "foreign table imported_rates" in p.message]
    assert notes and notes[0].severity == "info" and notes[0].origin is not None
    assert audit.measurement(FOREIGN_LINE) is None
    skipped = [p for p in audit.m.problems if p.stage == "capture" and "imported_rates" in p.message]
    assert skipped and skipped[0].origin.line == FOREIGN_LINE and skipped[0].severity == "info"
