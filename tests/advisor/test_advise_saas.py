"""Proof loop of the index advisor on fixtures/saas, on the real embedded PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pglast
import pytest

from dbperf.advisor.advise import Advice, advise
from dbperf.advisor.session import measured_context
from dbperf.diagnostics import Problems
from dbperf.migrate.writer import write_migrations
from dbperf.pipeline import AuditOptions
from dbperf.postgres.database import Database
from dbperf.project import discover
from dbperf.schema.loader import load_schema

SAAS = Path(__file__).resolve().parents[2] / "fixtures" / "saas"
MIGRATIONS = SAAS / "lib" / "db" / "migrations"
NOW = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
LABEL = "20300102030405"


@dataclass
class Run:
    advice: Advice
    index_names: set[str]  # indexes of the lab database after advise(): the trials left nothing behind
    index_names_before: set[str]


def _names(db: Database) -> set[str]:
    return {r[0] for r in db.fetchall("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}


@pytest.fixture(scope="module")
def run(pg_server) -> Run:
    with measured_context(discover(SAAS), AuditOptions(server_uri=pg_server.uri)) as ctx:
        before = _names(ctx.lab.db)
        advice = advise(ctx, min_gain=0.002)
        after = _names(ctx.lab.db)
    print(f"\nsaas workload {advice.before_ms:.1f} ms -> {advice.after_ms:.1f} ms "
          f"({advice.before_ms / advice.after_ms:.2f}x), {len(advice.creates)} creates, {len(advice.drops)} drops")
    return Run(advice, after, before)


def test_json_contract(run: Run) -> None:
    data = run.advice.to_json()
    assert list(data) == ["version", "workload", "proposals"] and data["version"] == 1
    assert list(data["workload"]) == ["before_ms", "after_ms", "queries"]
    keys = ["action", "table", "columns", "sql", "queries", "before_ms", "after_ms", "size_bytes",
            "write_overhead_calls"]
    assert data["proposals"] and all(list(p) == keys for p in data["proposals"])
    assert all(p["action"] in ("create", "drop") for p in data["proposals"])


def test_proposals_lower_the_workload(run: Run) -> None:
    a = run.advice
    assert a.creates, "the example has missing indexes"
    assert a.after_ms < a.before_ms
    served_before = sum(p.before_ms for p in a.creates)
    served_after = sum(p.after_ms for p in a.creates)
    # The whole workload cannot drop 5x: most of its time is a leading-wildcard ILIKE over the prose
    # column posts.content and an UPDATE of every usage row, which no index serves. The queries the
    # proposals are for must drop at least 5x.
    assert served_before >= 5 * served_after, (served_before, served_after)


def test_no_useless_proposal(run: Run) -> None:
    for p in run.advice.creates:
        # verified() on each of its queries (half the rows or buffers); and the workload time it saves is real
        assert p.queries and p.after_ms < 0.9 * p.before_ms, (p.change.name, p.before_ms, p.after_ms)
        assert " ms" in p.change.reason and p.size_bytes and p.size_bytes > 0


def test_duplicate_email_idx_is_dropped(run: Run) -> None:
    drops = {p.change.name: p for p in run.advice.drops}
    assert "email_idx" in drops and drops["email_idx"].size_bytes
    assert "user_email_unique" not in drops


def test_no_created_index_is_a_prefix_of_another(run: Run) -> None:
    plain = [p.change for p in run.advice.creates if p.change.method == "btree" and not p.change.where]
    assert not [(a.name, b.name) for a in plain for b in plain if a is not b and a.table == b.table
                and b.columns[: len(a.columns)] == a.columns]


def test_trials_and_choices_leave_the_lab_as_it_was(run: Run) -> None:
    assert run.index_names == run.index_names_before


def test_migration_applies_and_down_restores(run: Run, scratch_db: Database, tmp_path: Path) -> None:
    problems = Problems()
    load_schema([MIGRATIONS], scratch_db, problems)
    original = set(scratch_db.fetchall(
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
    written = write_migrations(run.advice.changes(), tmp_path, None, now=NOW)
    up = tmp_path / f"{LABEL}_dbperf_indexes.up.sql"
    down = tmp_path / f"{LABEL}_dbperf_indexes.down.sql"
    assert up in written and down in written
    for statement in pglast.split(up.read_text()):
        scratch_db.execute(statement)
    names = _names(scratch_db)
    assert {p.change.name for p in run.advice.creates} <= names
    assert not {c.name for c in run.advice.changes() if c.action == "drop"} & names
    assert scratch_db.fetchall("SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid") == []
    for statement in pglast.split(down.read_text()):
        scratch_db.execute(statement)
    assert set(scratch_db.fetchall(
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")) == original
