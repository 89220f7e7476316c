"""Writes measured on the pool beside the reads of other tables (explain/pool.py): each starts once
the reads of every table it may touch are done, one write at a time, and measures what a
one-connection run measures after all its reads."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pglast
import pytest

import dbperf.explain.pool as pool
from dbperf.captured import CapturedStatement
from dbperf.config import Config
from dbperf.diagnostics import Origin
from dbperf.explain.runner import Runner
from dbperf.postgres.database import Database
from dbperf.schema.catalog import read_schema
from dbperf.workload import QueryGroup

pytestmark = pytest.mark.db


@dataclass
class Shape:
    """Stand-in for dbperf.sql.shape.QueryShape: what the pool reads of it."""

    tables: list[str] = field(default_factory=list)
    param_columns: dict = field(default_factory=dict)
    kind: str = "select"


def group(sql: str) -> QueryGroup:
    example = CapturedStatement(sql=sql, origin=Origin("app.sql", 1))
    return QueryGroup(fingerprint=pglast.fingerprint(sql), sql=sql, example=example, calls=1,
                      kind="update" if sql.startswith("UPDATE") else "select")


@pytest.fixture
def db(scratch_db: Database) -> Database:
    scratch_db.execute("CREATE TABLE slow (id bigint PRIMARY KEY, n int NOT NULL)")
    scratch_db.execute("CREATE TABLE quick (id bigint PRIMARY KEY, n int NOT NULL)")
    scratch_db.execute("CREATE TABLE child (id bigint PRIMARY KEY, slow_id bigint REFERENCES slow, n int NOT NULL)")
    for table in ("slow", "quick"):
        scratch_db.execute(f"INSERT INTO {table} SELECT g, g % 100 FROM generate_series(1, 20000) g")
    scratch_db.execute("INSERT INTO child SELECT g, g, g % 100 FROM generate_series(1, 20000) g")
    scratch_db.execute("VACUUM ANALYZE slow, quick, child")
    return scratch_db


SLOW_READ = group("SELECT count(*) FROM slow WHERE CASE WHEN n = 7 THEN pg_sleep(0.004) IS NOT NULL END")  # ~1 s
QUICK_READ = group("SELECT count(*) FROM quick WHERE n = 7")
CHILD_READ = group("SELECT count(*) FROM child WHERE n = 7")
QUICK_WRITE = group("UPDATE quick SET n = n + 1 WHERE n < 50")
CHILD_WRITE = group("UPDATE child SET n = n + 1 WHERE n < 50")  # its foreign key reaches slow
GROUPS = [SLOW_READ, QUICK_READ, CHILD_READ, QUICK_WRITE, CHILD_WRITE]
SHAPES = {SLOW_READ.fingerprint: Shape(["slow"]), QUICK_READ.fingerprint: Shape(["quick"]),
          CHILD_READ.fingerprint: Shape(["child"]), QUICK_WRITE.fingerprint: Shape(["quick"], kind="update"),
          CHILD_WRITE.fingerprint: Shape(["child"], kind="update")}


def _timeline(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(event, fingerprint) as the pool starts and ends each measurement."""
    events: list[tuple[str, str]] = []
    lock = threading.Lock()
    measure = pool.measure_group

    def recorded(conn, g, sql=None):
        with lock:
            events.append(("start", g.fingerprint))
        try:
            return measure(conn, g, sql)
        finally:
            with lock:
                events.append(("end", g.fingerprint))

    monkeypatch.setattr(pool, "measure_group", recorded)
    return events


def verdict(m) -> tuple:
    return (m.error, m.rows, m.buffers, [n.node_type for n in m.plan.walk()] if m.plan else None)


def test_a_write_runs_beside_reads_of_other_tables_and_measures_the_same(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    schema = read_schema(db)
    alone = Runner(db, Config(repeats=1), SHAPES, schema=schema).measure_all(GROUPS)
    events = _timeline(monkeypatch)
    side = Runner(db, Config(repeats=1), SHAPES, schema=schema).measure_all(GROUPS, jobs=2)
    at = {e: n for n, e in enumerate(events)}
    # The write on quick waits for quick's read only: it runs while slow is still being read.
    assert at[("end", QUICK_READ.fingerprint)] < at[("start", QUICK_WRITE.fingerprint)]
    assert at[("start", QUICK_WRITE.fingerprint)] < at[("end", SLOW_READ.fingerprint)]
    # The write on child reaches slow through its foreign key: it waits for slow's read too, and
    # for the write before it (writes go one at a time, in order).
    assert at[("end", SLOW_READ.fingerprint)] < at[("start", CHILD_WRITE.fingerprint)]
    assert at[("end", QUICK_WRITE.fingerprint)] < at[("start", CHILD_WRITE.fingerprint)]
    for fingerprint, a in alone.items():
        assert a.ok, a.error
        assert verdict(side[fingerprint]) == verdict(a)


def test_a_write_on_a_table_with_a_trigger_waits_for_every_read(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    db.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")
    db.execute("CREATE TRIGGER quick_touch BEFORE UPDATE ON quick FOR EACH ROW EXECUTE FUNCTION touch()")
    events = _timeline(monkeypatch)
    Runner(db, Config(repeats=1), SHAPES, schema=read_schema(db)).measure_all(GROUPS, jobs=2)
    reads_done = max(events.index(("end", g.fingerprint)) for g in (SLOW_READ, QUICK_READ, CHILD_READ))
    assert events.index(("start", QUICK_WRITE.fingerprint)) > reads_done
