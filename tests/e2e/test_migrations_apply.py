"""The migrations dbperf writes for the bundled example apply, and fix what they claim to fix.

On a copy of fixtures/saas: the example's audit (once per session, shared with
test_saas_example: tests/e2e/conftest.py), its migrations written, then prove with
real PostgreSQL 18 that

- the drizzle-kit migration (numbered after the copy's journal) runs inside
  ONE transaction, as drizzle-kit's migrator runs it;
- the plain SQL up file runs statement by statement with CONCURRENTLY, and
  the down file puts pg_indexes back exactly as they were;
- a second audit of the copy (whose drizzle folder now holds the new
  migration, so the schema loader applies it) no longer reports the missing
  indexes, missing foreign-key indexes and duplicate index the first one did.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pglast
import pytest

from dbperf.diagnostics import Problems
from dbperf.migrate.writer import write_migrations
from dbperf.pipeline import AuditOptions, AuditResult, run_audit
from dbperf.postgres.database import Database
from dbperf.project import Project, discover
from dbperf.schema.loader import load_schema

SAAS = Path(__file__).resolve().parents[2] / "fixtures" / "saas"
ORIGINAL_MIGRATIONS = SAAS / "lib" / "db" / "migrations"
BREAKPOINT = "--> statement-breakpoint"
NOW = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
LABEL = "20300102030405"
INDEX_RULES = ["missing-index", "fk-without-index", "duplicate-index"]


@dataclass
class FirstAudit:
    copy: Path
    project: Project
    result: AuditResult
    written: list[Path]
    journal_before: dict
    out_dir: Path

    @property
    def creates(self):
        return [c for c in self.result.changes if c.action == "create" and c.kind == "index"]

    @property
    def statistics(self):
        return [c for c in self.result.changes if c.kind == "statistics"]

    @property
    def drops(self):
        return [c for c in self.result.changes if c.action == "drop"]

    def findings(self, rule: str):
        return [f for f in self.result.report.findings if f.rule == rule]


@pytest.fixture(scope="module")
def first(saas_audit: AuditResult, tmp_path_factory) -> FirstAudit:
    """The example's audit (tests/e2e/conftest.py), its migrations written into a copy."""
    copy = tmp_path_factory.mktemp("migrations") / "saas"
    shutil.copytree(SAAS, copy)
    journal_path = copy / "lib" / "db" / "migrations" / "meta" / "_journal.json"
    journal_before = json.loads(journal_path.read_text())
    project = discover(copy)
    result = saas_audit
    out_dir = copy / "dbperf-migrations"
    written = write_migrations(result.changes, out_dir, project, now=NOW)
    return FirstAudit(copy, project, result, written, journal_before, out_dir)


@pytest.fixture(scope="module")
def second(pg_server, first: FirstAudit) -> AuditResult:
    """The copy audited again: its drizzle folder now ends with dbperf's migration."""
    return run_audit(discover(first.copy), AuditOptions(server_uri=pg_server.uri, rules=INDEX_RULES))


def _drizzle_migration(first: FirstAudit) -> Path:
    number = len(first.journal_before["entries"])
    return first.copy / "lib" / "db" / "migrations" / f"{number:04d}_dbperf_indexes.sql"


def _comment_text(sql: str) -> str:
    """The `-- …` comment lines of a migration as one whitespace-normalised text."""
    lines = [line.strip()[2:] for line in sql.splitlines() if line.strip().startswith("--")]
    return " ".join(" ".join(lines).split())


def _indexes(db: Database) -> set[tuple[str, str, str]]:
    return set(db.fetchall("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))


def _original_schema(db: Database) -> None:
    problems = Problems()
    load_schema([ORIGINAL_MIGRATIONS], db, problems)
    assert not [p for p in problems if p.severity == "error"], [str(p) for p in problems]


# --- the files ------------------------------------------------------------------------------------


def test_every_migration_file_is_written(first: FirstAudit) -> None:
    assert first.creates and first.drops, "the example needs both new indexes and dropped ones"
    up = first.out_dir / f"{LABEL}_dbperf_indexes.up.sql"
    down = first.out_dir / f"{LABEL}_dbperf_indexes.down.sql"
    schema_ts = first.out_dir / f"{LABEL}_dbperf_indexes.schema-ts.txt"
    drizzle = _drizzle_migration(first)
    journal = drizzle.parent / "meta" / "_journal.json"
    for path in (up, down, schema_ts, drizzle, journal):
        assert path in first.written and path.is_file(), f"{path} not written; wrote {first.written}"
    assert not (ORIGINAL_MIGRATIONS / drizzle.name).exists(), "the bundled example is never touched"

    entries = json.loads(journal.read_text())["entries"]
    before = first.journal_before["entries"]
    assert entries[:-1] == before, "existing journal entries are kept as they were"
    new = entries[-1]
    assert new["idx"] == len(before) and new["tag"] == drizzle.stem and new["breakpoints"] is True
    assert new["when"] > max(e["when"] for e in before), "drizzle-kit skips a migration not newer than the last"

    lines = schema_ts.read_text()
    for change in first.creates:
        assert f"'{change.name}')" in lines, f"no index('{change.name}') line for schema.ts"
    for change in first.drops:
        assert f"remove index('{change.name}')" in lines


def test_every_created_index_says_what_it_speeds_up(first: FirstAudit) -> None:
    """The migration header tells the reviewer why each index is there, with the measured ms."""
    up = _comment_text((first.out_dir / f"{LABEL}_dbperf_indexes.up.sql").read_text())
    drizzle = _comment_text(_drizzle_migration(first).read_text())
    proposers = {(c.action, c.name): f.rule for f in first.result.report.findings if f.fix
                 for c in f.fix.indexes}
    unexplained = []
    for change in first.creates:
        line = " ".join(f"Create {change.name} on {change.table}: {change.reason}".split())
        if " ms" not in change.reason or line not in up or line not in drizzle:
            unexplained.append(f"{change.name} (from {proposers.get(('create', change.name))}): "
                               f"reason {change.reason!r}")
    assert not unexplained, "indexes without a measured reason in the migration header:\n" + "\n".join(unexplained)
    for finding in first.findings("missing-index"):
        # Its message (with ms) is in the header, under its own index or the wider one that serves it.
        assert " ms" in finding.message and " ".join(finding.message.split()) in up, finding.message


def test_no_created_index_is_a_prefix_of_another(first: FirstAudit) -> None:
    """A btree on (a) is redundant next to one on (a, b) built by the same migration: it serves the
    same lookups (and the foreign key on a), and costs a second index on every write."""
    plain = [c for c in first.creates if c.method == "btree" and not c.where and not c.include]
    redundant = [f"{a.name} {a.columns} is covered by {b.name} {b.columns} ({a.table})"
                 for a in plain for b in plain
                 if a is not b and a.table == b.table and len(a.columns) < len(b.columns)
                 and b.columns[: len(a.columns)] == a.columns]
    assert not redundant, "the migration builds redundant indexes:\n" + "\n".join(redundant)


def test_dropped_index_says_why(first: FirstAudit) -> None:
    up = _comment_text((first.out_dir / f"{LABEL}_dbperf_indexes.up.sql").read_text())
    email = next((c for c in first.drops if c.name == "email_idx"), None)
    assert email is not None, f"email_idx (a duplicate of user_email_unique) is not dropped: {first.drops}"
    assert "duplicates" in email.reason and f"Drop email_idx on user: {' '.join(email.reason.split())}" in up


# --- applying them --------------------------------------------------------------------------------


def test_drizzle_migration_applies_in_one_transaction(first: FirstAudit, scratch_db: Database) -> None:
    """As drizzle-kit's migrator does: every chunk between breakpoints, in one transaction."""
    _original_schema(scratch_db)
    before = _indexes(scratch_db)
    chunks = [c.strip() for c in _drizzle_migration(first).read_text().split(BREAKPOINT) if c.strip()]
    analyze = len({c.table for c in first.statistics})  # one ANALYZE per table that gets statistics
    assert first.statistics, "revenue per day (app.drizzle.log:260) needs a statistics object"
    assert len(chunks) == len(first.result.changes) + len({c.extension for c in first.creates if c.extension}) + analyze
    with scratch_db.conn.transaction():
        for chunk in chunks:
            assert len(pglast.split(chunk)) == 1, f"a chunk must hold exactly one statement:\n{chunk}"
            scratch_db.execute(chunk)
    after = {name for _, name, _ in _indexes(scratch_db)}
    assert {c.name for c in first.creates} <= after
    assert not {c.name for c in first.drops} & after
    assert after - {name for _, name, _ in before} == {c.name for c in first.creates}
    assert {r[0] for r in scratch_db.fetchall("SELECT stxname FROM pg_statistic_ext")} == {
        c.name for c in first.statistics}


def test_sql_up_applies_concurrently_and_down_restores_the_indexes(first: FirstAudit, scratch_db: Database) -> None:
    _original_schema(scratch_db)
    original = _indexes(scratch_db)
    up = pglast.split((first.out_dir / f"{LABEL}_dbperf_indexes.up.sql").read_text())
    assert all("CONCURRENTLY" in s for s in up if s.upper().startswith(("CREATE INDEX", "DROP INDEX")))
    for statement in up:  # autocommit, one at a time: what `psql -f` does
        scratch_db.execute(statement)
    names = {name for _, name, _ in _indexes(scratch_db)}
    assert {c.name for c in first.creates} <= names and not {c.name for c in first.drops} & names
    invalid = scratch_db.fetchall("SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid")
    assert invalid == [], "a CONCURRENTLY build left an invalid index"

    for statement in up:  # re-running is harmless: IF [NOT] EXISTS everywhere
        scratch_db.execute(statement)

    for statement in pglast.split((first.out_dir / f"{LABEL}_dbperf_indexes.down.sql").read_text()):
        scratch_db.execute(statement)
    assert _indexes(scratch_db) == original, "the down file restores pg_indexes exactly"
    assert scratch_db.fetchval("SELECT count(*) FROM pg_statistic_ext") == 0, "and drops the statistics"


# --- and they fix what the first audit found ------------------------------------------------------


def test_second_audit_applies_the_new_migration_cleanly(first: FirstAudit, second: AuditResult) -> None:
    # The first audit read fixtures/saas, the second its copy: problems are compared with their file
    # named relative to the project.
    before = {str(p).replace(str(SAAS), "<project>") for p in first.result.report.problems
              if p.stage == "schema"}  # e.g. pgcrypto stand-ins
    trouble = [str(p) for p in second.report.problems if p.stage == "schema"
               and str(p).replace(str(first.copy), "<project>") not in before]
    assert trouble == [], "the new migration did not apply cleanly:\n" + "\n".join(trouble)
    for change in first.creates:
        table = second.context.schema.find(change.table)
        assert change.name in {ix.name for ix in table.indexes}, f"{change.name} not in the re-audited schema"


def test_missing_indexes_are_gone_after_the_migration(first: FirstAudit, second: AuditResult) -> None:
    found_before = {(f.table, f.columns) for f in first.findings("missing-index")}
    assert found_before, "the example has missing indexes"
    still = [f"{f.table} {f.columns}: {f.message}" for f in second.report.findings
             if f.rule == "missing-index" and (f.table, f.columns) in found_before]
    assert not still, "still reported after the migration:\n" + "\n".join(still)


def test_the_migration_does_not_undo_itself(first: FirstAudit, second: AuditResult) -> None:
    """Applying dbperf's advice must not make dbperf advise the opposite on the next run: an index
    the migration drops (e.g. as "low selectivity") must not come back as a missing index."""
    dropped = {(c.table, c.columns[0]): c for c in first.drops}
    back = [f"{f.table} {f.columns}: {f.message} (query at {', '.join(f.origins)}); the migration dropped "
            f"{dropped[(f.table, f.columns[0])].name}: {dropped[(f.table, f.columns[0])].reason}"
            for f in second.report.findings
            if f.rule == "missing-index" and f.columns and (f.table, f.columns[0]) in dropped]
    assert not back, "the next audit asks for an index the migration dropped:\n" + "\n".join(back)


def test_foreign_keys_are_indexed_after_the_migration(first: FirstAudit, second: AuditResult) -> None:
    assert first.findings("fk-without-index")
    still = [f"{f.table} {f.columns}" for f in second.report.findings if f.rule == "fk-without-index"]
    assert not still, still


def test_duplicate_email_idx_is_gone_after_the_migration(first: FirstAudit, second: AuditResult) -> None:
    assert any(f.table == "user" and "email_idx" in f.message for f in first.findings("duplicate-index"))
    user = second.context.schema.find("user")
    assert "email_idx" not in {ix.name for ix in user.indexes}
    assert not [f for f in second.report.findings if f.rule == "duplicate-index" and "email_idx" in f.message]
