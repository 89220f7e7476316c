"""The index advisor on fixtures/saas, on the real embedded PostgreSQL: its proposals, the JSON
contract, the migrations it writes (SQL and drizzle-kit) and the proof loop (the migration applied,
the workload measured again)."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pglast
import pytest

from dbperf.advisor.advise import advise
from dbperf.advisor.decision import migration_plan
from dbperf.advisor.model import REASONS, Advice
from dbperf.advisor.workload_cost import Workload
from dbperf.diagnostics import Problems
from dbperf.migrate.plan import MigrationPlan
from dbperf.migrate.sql_files import up_sql
from dbperf.migrate.writer import write_migrations
from dbperf.pipeline import AuditOptions, measured_context
from dbperf.postgres.database import Database
from dbperf.project import discover
from dbperf.rules import leading_wildcard, missing_index, unbounded_write
from dbperf.schema.loader import load_schema
from tests.seeded import shared_seed

SAAS = Path(__file__).resolve().parents[2] / "fixtures" / "saas"
MIGRATIONS = SAAS / "lib" / "db" / "migrations"
NOW = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
LABEL = "20300102030405"
BREAKPOINT = "--> statement-breakpoint"
SEARCH = "where (\"posts\".\"title\" ilike $1 or \"posts\".\"content\" ilike $2)"  # /blog?q=…


@dataclass
class Run:
    advice: Advice
    index_names: set[str]  # indexes of the lab database after advise(): the trials left nothing behind
    index_names_before: set[str]
    missing: list  # missing-index findings of the audit rules on the same measured database
    audit_plan: MigrationPlan  # the audit's migration (missing-index, leading-wildcard, unbounded-write findings)
    addressable_buffers: int  # shared buffers (calls ×) of the index-addressable queries before the advice


def _names(db: Database) -> set[str]:
    return {r[0] for r in db.fetchall("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}


def _addressable_buffers(ctx) -> int:
    w = Workload(ctx)
    return sum(w.buffers(fp) for fp in w.base if w.addressable(fp))


@pytest.fixture(scope="module")
def run(pg_server, saas_audit) -> Run:
    """`dbperf advise` after `dbperf audit` of the example, with the cache: the seeded database and the
    audit's measurements (`saas_audit`, tests/conftest.py) are reused; every trial of the advisor's own
    candidates, and every index it builds, is measured here."""
    with measured_context(discover(SAAS), shared_seed(pg_server, memo=True)) as ctx:
        before = _names(ctx.lab.db)
        addressable_buffers = _addressable_buffers(ctx)
        advice = advise(ctx, min_gain=0.0)  # every index with a measured gain: the proof loop checks them all
        after = _names(ctx.lab.db)
        missing = list(missing_index.check(ctx))
        findings = missing + list(leading_wildcard.check(ctx)) + list(unbounded_write.check(ctx))
        audit_plan = migration_plan(ctx, findings)
    print(f"\nsaas workload {advice.before_ms:.1f} ms -> {advice.after_ms:.1f} ms "
          f"({advice.before_ms / advice.after_ms:.2f}x), {len(advice.creates)} creates, {len(advice.drops)} drops")
    return Run(advice, after, before, missing, audit_plan, addressable_buffers)


def test_json_contract(run: Run) -> None:
    data = run.advice.to_json()
    assert list(data) == ["version", "workload", "proposals", "rejected", "rewrites", "writes_not_counted",
                          "queries_changed"]
    # each query a create serves, measured before and with the proposals in place (the HTML report's bars)
    served = {fp for p in data["proposals"] if p["action"] == "create" for fp in p["queries"]}
    changed = {c["query"]: c for c in data["queries_changed"]}
    assert served and served <= set(changed)
    assert sum(changed[fp]["after_buffers"] for fp in served) < sum(changed[fp]["before_buffers"] for fp in served)
    assert data["version"] == 1
    assert list(data["workload"]) == ["before_ms", "after_ms", "queries", "index_addressable",
                                      "not_index_addressable", "unmeasured"]
    assert data["workload"]["unmeasured"] == []  # every saas query is measured
    assert data["workload"]["queries"] == run.advice.queries > 0
    assert 0 < data["workload"]["after_ms"] < data["workload"]["before_ms"]
    part = data["workload"]["index_addressable"]
    assert list(part) == ["before_ms", "after_ms", "queries"] and 0 < part["queries"] < data["workload"]["queries"]
    assert part["before_ms"] <= data["workload"]["before_ms"]
    keys = ["action", "kind", "table", "columns", "sql", "queries", "before_ms", "after_ms", "before_buffers",
            "after_buffers", "size_bytes", "write_overhead_calls", "write_overhead_ms", "build_ms", "together_with", "reason"]
    assert data["proposals"] and all(list(p) == keys for p in data["proposals"])
    assert all(p["action"] in ("create", "drop") for p in data["proposals"])
    for p in data["proposals"]:
        assert isinstance(p["columns"], list) and p["columns"] and isinstance(p["queries"], list)
        if p["action"] == "create":
            index = p["kind"] == "index"
            assert p["sql"].rstrip().endswith(";") and p["queries"]
            assert ("CREATE INDEX" if index else "CREATE STATISTICS") in p["sql"] and p["kind"] in ("index", "statistics")
            # buffers (and rows, plan shape) decide, so they are what must have dropped; the ms are evidence
            # and may read the other way on a loaded machine (seen: 279.9 -> 286.2 ms at load 9). A
            # statistics object is kept for pages incl. temporary blocks (its sort no longer spills).
            assert (p["after_buffers"] < p["before_buffers"] or not index) and p["build_ms"] > 0
            assert p["size_bytes"] > 0 or not index
            assert p["write_overhead_ms"] >= 0
        else:
            assert "DROP INDEX" in p["sql"] and p["before_ms"] is None
    assert data["rejected"] and all(list(r) == ["index", "reason", "detail"] for r in data["rejected"])
    assert all(r["reason"] in REASONS and r["detail"] for r in data["rejected"])
    json.loads(json.dumps(data))  # plain JSON types only


def test_proposals_lower_the_workload(run: Run) -> None:
    a = run.advice
    assert a.creates, "the example has missing indexes"
    assert a.after_ms < a.before_ms
    bundles = {tuple(sorted({p.change.name, *p.together_with})): p for p in a.creates}  # a bundle counts once
    served_before = sum(p.before_ms for p in bundles.values())
    served_after = sum(p.after_ms for p in bundles.values())
    assert served_before >= 5 * served_after, (served_before, served_after)
    # The index-addressable part drops >= 5x; the whole workload less, because it keeps the UPDATE of
    # every usage row (no WHERE) that no index serves, and it is reported as such.
    # The search over post bodies (/blog?q=) needs full-text search, not an index: it is not in the
    # index-addressable part, and stays in the whole workload's total. What remains of that part is
    # mostly `where published = $1 order by created_at desc` without LIMIT (app.drizzle.log:85), which
    # returns every published post: no index shortens that.
    assert a.addressable_after_ms < a.addressable_before_ms, (a.addressable_before_ms, a.addressable_after_ms)
    served = {tuple(sorted({p.change.name, *p.together_with})): p for p in a.creates}.values()
    buffers_before = sum(p.before_buffers for p in served)
    assert buffers_before >= 5 * sum(p.after_buffers for p in served)  # they decide: 108,256 -> 7,035 seen
    assert a.after_ms < a.before_ms, (a.before_ms, a.after_ms)
    rest = [origin for _, origin, _ in a.not_addressable]
    assert any(o.endswith("app.drizzle.log:222") for o in rest[:2]), rest  # `update "usage" set …` (no WHERE)
    assert {fp for r in a.rewrites for fp in r.queries} <= {fp for fp, _, _ in a.not_addressable}
    assert a.after_ms == pytest.approx(a.addressable_after_ms + sum(ms for *_, ms in a.not_addressable), rel=1e-6)


def test_search_over_prose_is_a_rewrite_in_both_outputs(run: Run) -> None:
    """/blog?q=… (`title ILIKE '%q%' OR content ILIKE '%q%'`): content is prose (~2 KB a post). The
    audit says full-text search; the advisor says the same and proposes no trigram index for it (a
    56 MB GIN that took 27 s to build, and a BitmapOr needs both sides), and both migrations say so."""
    for changes in (run.advice.changes(), run.audit_plan):
        names = {c.name for c in changes}
        assert not {"posts_content_trgm_idx", "posts_title_trgm_idx"} & names, sorted(names)
        [rewrite] = [r for r in changes.rewrites if r.table == "posts"]
        assert rewrite.columns == ("title", "content") and rewrite.rule == "leading-wildcard"
        assert "full-text search" in rewrite.fix and "tsvector" in (rewrite.sql or "")
        assert "content averages" in rewrite.why and rewrite.origins
        assert any("Not indexed: posts (title, content)" in n and "full-text search" in n for n in changes.notes())
    assert run.advice.to_json()["rewrites"] == [r.to_json() for r in run.audit_plan.rewrites]
    assert not [r for r in run.advice.rejected if "posts_content" in r.index]  # never built: not a candidate


def test_the_write_the_audit_flags_as_a_bug_does_not_refuse_an_index(run: Run) -> None:
    """usage(user_id) serves `UPDATE usage … WHERE user_id = $4`. The UPDATE of every usage row
    without WHERE (app.drizzle.log:222, unbounded-write: an error) gets dearer with it, but that
    statement is a bug whose fix removes the cost: it is left out of the write-cost judgement, so
    the audit's migration and the advice both create the index, and both say why."""
    creates = {p.change.name: p for p in run.advice.creates}
    assert "usage_user_id_idx" in creates, run.advice.rejected
    assert "usage_user_id_idx" in {c.name for c in run.audit_plan}
    reason = creates["usage_user_id_idx"].change.reason
    assert "not counted" in reason and "app.drizzle.log:222" in reason and "unbounded-write" in reason
    for changes in (run.advice.changes(), run.audit_plan):
        [write] = changes.uncounted_writes
        assert (write.table, write.statement, write.rule) == ("usage", "UPDATE", "unbounded-write")
        assert write.origin.endswith("app.drizzle.log:222")
        assert any(n.startswith("Write cost: the UPDATE of every usage row") for n in changes.notes())
        header = up_sql(changes).split("CREATE ", 1)[0]
        assert "Write cost: the UPDATE of every usage row" in header and "Not indexed: posts" in header


def test_revenue_per_day_gets_statistics_not_an_index(run: Run) -> None:
    """`GROUP BY date(created_at)` over every order (app.drizzle.log:260): no index serves it, but the
    planner takes created_at's own distinct count (one group per order) and sorts 200k rows on disk.
    The advisor proposes the statistics object, measured with the indexes it chose in place."""
    stats = {p.change.name: p for p in run.advice.statistics}
    p = stats.get("orders_date_created_at_stats")
    assert p is not None, sorted(stats)
    assert p.kind == "statistics" and p.columns == ("date(created_at)",) and p.size_bytes == 0
    assert p.sql == "CREATE STATISTICS IF NOT EXISTS orders_date_created_at_stats ON (date(created_at)) FROM orders;"
    assert "no index, no write cost" in p.change.reason and p.before_ms > 0  # pages decided (less_work)
    assert p.change in run.advice.changes()  # it goes into the migration with the indexes


def test_no_useless_proposal(run: Run) -> None:
    for p in run.advice.creates:
        # kept by buffers once built (verified() on its queries); the time is evidence only
        assert p.queries and p.after_buffers < p.before_buffers, (p.change.name, p.before_buffers, p.after_buffers)
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


# --- drizzle-kit migration and the proof loop ------------------------------------------------------


@dataclass
class Written:
    copy: Path
    journal_before: dict
    written: list[Path]

    @property
    def drizzle(self) -> Path:
        return self.copy / "lib" / "db" / "migrations" / f"{len(self.journal_before['entries']):04d}_dbperf_indexes.sql"


@pytest.fixture(scope="module")
def written(run: Run, tmp_path_factory) -> Written:
    """`dbperf advise --write-migrations` on a copy of the example (a Drizzle project)."""
    copy = tmp_path_factory.mktemp("advise") / "saas"
    shutil.copytree(SAAS, copy)
    journal_before = json.loads((copy / "lib" / "db" / "migrations" / "meta" / "_journal.json").read_text())
    files = write_migrations(run.advice.changes(), copy / "dbperf-migrations", discover(copy), now=NOW)
    return Written(copy, journal_before, files)


def test_drizzle_migration_journal_and_schema_ts(run: Run, written: Written, scratch_db: Database) -> None:
    journal = written.drizzle.parent / "meta" / "_journal.json"
    schema_ts = written.copy / "dbperf-migrations" / f"{LABEL}_dbperf_indexes.schema-ts.txt"
    assert {written.drizzle, journal, schema_ts} <= set(written.written)
    entries = json.loads(journal.read_text())["entries"]
    before = written.journal_before["entries"]
    assert entries[:-1] == before and entries[-1]["tag"] == written.drizzle.stem
    assert entries[-1]["idx"] == len(before) and entries[-1]["when"] > max(e["when"] for e in before)
    lines = schema_ts.read_text()
    assert all(f"'{p.change.name}')" in lines for p in run.advice.creates)
    assert all(f"remove index('{c.name}')" in lines for c in run.advice.changes() if c.action == "drop")
    trigram = [p.change.name for p in run.advice.creates if p.change.opclass == "gin_trgm_ops"]
    assert all(f"'{name}').using('gin'" in lines for name in trigram)  # keeps its operator class

    # Applied as drizzle-kit's migrator does (one transaction) to the example's migrated schema.
    load_schema([MIGRATIONS], scratch_db, Problems())
    names_before = _names(scratch_db)
    chunks = [c.strip() for c in written.drizzle.read_text().split(BREAKPOINT) if c.strip()]
    with scratch_db.conn.transaction():
        for chunk in chunks:
            scratch_db.execute(chunk)
    drops = {c.name for c in run.advice.changes() if c.action == "drop"}
    assert _names(scratch_db) == (names_before - drops) | {p.change.name for p in run.advice.creates}


def test_proof_loop_the_migrated_copy_is_faster(run: Run, written: Written, pg_server) -> None:
    """The copy, whose drizzle folder now ends with the advisor's migration, seeded and measured
    again: the missing-index findings are gone and the index-addressable queries touch fewer buffers."""
    assert run.missing, "the example has missing indexes"
    with measured_context(discover(written.copy), AuditOptions(server_uri=pg_server.uri)) as ctx:
        names = _names(ctx.lab.db)
        still_missing = list(missing_index.check(ctx))
        total = Workload(ctx).total()
        addressable_buffers = _addressable_buffers(ctx)
    assert {p.change.name for p in run.advice.creates} <= names
    # Gone, but for a finding whose own trial is not faster in time (fewer rows examined, yet the
    # heap fetches cost as much as the scan): the advisor measured it too and left it out; and for
    # one whose index the advisor built, measured and rejected because the writes on its table pay
    # more than its queries save (usage(user_id): the UPDATE of every usage row).
    costly = {why.split("writes on ", 1)[1].split(" ", 1)[0] for _, why in run.advice.rejected if "writes on " in why}
    faster = [f.message for f in still_missing
              if (f.evidence.get("speedup") or 0) >= 1.5 and f.table not in costly]
    assert faster == [], faster
    assert len(still_missing) < len(run.missing)
    # Buffers, not ms: the copy is seeded and measured minutes later, under another load (seen: 8,378
    # ms before, 11,749 ms for the faster copy). The search over prose (a rewrite) and the UPDATE
    # without WHERE (a bug) are outside the index-addressable part.
    assert addressable_buffers < run.addressable_buffers, (addressable_buffers, run.addressable_buffers)
    assert total > 0
