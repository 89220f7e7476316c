"""Tables outside `public`, end to end: a Supabase-like `auth` schema next to Prisma-style public tables.

One small project (auth.users, auth.sessions, auth.refresh_tokens; public."User", a table called
"order", and a `sessions` table in public too) is audited on seeded PostgreSQL 18 with the
application's `search_path = auth, public`. A user must see `auth.sessions` wherever a finding is
shown (JSON, SARIF, Markdown, the baseline), the same-named public table stay `sessions`, and every
fix must be SQL that runs as written on the seeded database.
"""

from __future__ import annotations

import json
from pathlib import Path

import pglast
import pytest

from dbperf.explain.parse import parse_plan
from dbperf.gate.baseline import BaselineFinding
from dbperf.migrate.drizzle import drizzle_index_lines
from dbperf.migrate.writer import write_migrations
from dbperf.pipeline import AuditOptions, AuditResult, measured, run_audit
from dbperf.project import discover
from dbperf.report.json_report import render_json
from dbperf.report.markdown import render_markdown
from dbperf.gate.sarif import sarif_dict

SCHEMA = """
CREATE SCHEMA auth;
CREATE TABLE auth.users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE auth.sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES auth.users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  ip text
);
-- created unqualified, as migrations that SET search_path do
SET search_path = auth, public;
CREATE TABLE refresh_tokens (
  id bigserial PRIMARY KEY,
  token text NOT NULL,
  user_id uuid REFERENCES users (id),
  session_id uuid REFERENCES sessions (id),
  revoked boolean NOT NULL DEFAULT false
);
RESET search_path;
CREATE TABLE public.sessions (id serial PRIMARY KEY, token text NOT NULL, expires_at timestamptz NOT NULL);
CREATE TABLE "User" (id text PRIMARY KEY, name text NOT NULL, "createdAt" timestamp NOT NULL);
CREATE TABLE "order" (id serial PRIMARY KEY, "userId" text NOT NULL REFERENCES "User" (id), total int NOT NULL);
"""

# Captured with the application's search_path = auth, public: `refresh_tokens` and `sessions`
# unqualified are auth's tables; public's `sessions` is spelt out.
QUERIES = """
SELECT id, created_at FROM auth.sessions WHERE user_id = '00000000-0000-0000-0000-000000000001';
SELECT s.id, s.ip FROM sessions s WHERE s.user_id = '00000000-0000-0000-0000-000000000002' AND s.ip IS NOT NULL;
SELECT id FROM refresh_tokens WHERE token = 'abc';
SELECT id FROM public.sessions WHERE token = 'zzz';
SELECT id, name FROM "User" WHERE name = 'bob';
SELECT id, total FROM "order" WHERE "userId" = 'u42';
"""

CONFIG = """
schema = "schema.sql"
queries = ["queries"]
search_path = "auth, public"
[seed]
seed = 7
rows = { "auth.users" = 1000, "auth.sessions" = 20000, "auth.refresh_tokens" = 20000, "sessions" = 20000, "User" = 15000, "order" = 15000 }
[thresholds]
repeats = 1
"""


@pytest.fixture(scope="module")
def project_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("supabase-like")
    (root / "schema.sql").write_text(SCHEMA)
    (root / "queries").mkdir()
    (root / "queries" / "captured.sql").write_text(QUERIES)
    (root / "dbperf.toml").write_text(CONFIG)
    return root


@pytest.fixture(scope="module")
def audit(pg_server, project_dir) -> AuditResult:
    return run_audit(discover(project_dir), AuditOptions(server_uri=pg_server.uri))


def _missing_index(audit: AuditResult, table: str):
    found = [f for f in audit.report.findings if f.rule == "missing-index" and f.table == table]
    summary = "\n".join(f"  {f.rule} {f.table} {list(f.columns)}" for f in audit.report.findings)
    assert found, f"no missing-index on {table}; found:\n{summary}"
    return found[0]


def test_every_query_is_measured(audit: AuditResult) -> None:
    errors = [p for p in audit.report.problems if p.severity == "error"]
    assert not errors, [str(p) for p in errors]
    assert audit.report.queries_measured == 6


def test_missing_index_names_the_auth_table(audit: AuditResult) -> None:
    finding = _missing_index(audit, "auth.sessions")
    assert finding.columns[0] == "user_id"
    assert finding.message.startswith("Seq Scan on auth.sessions reads 20,000 rows")
    assert "ON auth.sessions (user_id" in finding.fix.sql
    assert finding.evidence["relation"] == "auth.sessions"
    # both captured spellings (qualified, and unqualified through the search_path) are the same table
    assert len(finding.queries) == 2


def test_search_path_and_same_named_tables(audit: AuditResult) -> None:
    tokens = _missing_index(audit, "auth.refresh_tokens")  # captured as `FROM refresh_tokens`
    assert "ON auth.refresh_tokens (token)" in tokens.fix.sql
    public = _missing_index(audit, "sessions")  # public.sessions: bare, like every public table
    assert public.columns == ("token",) and "ON sessions (token)" in public.fix.sql
    fk = {(f.table, f.columns) for f in audit.report.findings if f.rule == "fk-without-index"}
    assert ("auth.refresh_tokens", ("session_id",)) in fk


def test_quoted_and_reserved_names_are_quoted_in_fixes(audit: AuditResult) -> None:
    user = _missing_index(audit, "User")
    assert 'ON "User" (name)' in user.fix.sql
    order = _missing_index(audit, "order")
    assert 'ON "order" ("userId")' in order.fix.sql


def test_reports_show_the_schema(audit: AuditResult, project_dir: Path) -> None:
    findings = json.loads(render_json(audit.report))["findings"]
    assert {"auth.sessions", "auth.refresh_tokens", "sessions", "User", "order"} <= {f["table"] for f in findings}
    sarif = sarif_dict(audit.report, root=project_dir)
    tables = {r["properties"]["table"] for r in sarif["runs"][0]["results"]}
    assert {"auth.sessions", "sessions"} <= tables
    markdown = render_markdown(audit.report, max_findings=None)
    assert "`missing-index` — `auth.sessions` (user\\_id" in markdown
    identities = {BaselineFinding.of(f).identity for f in audit.report.findings}
    assert any(i.startswith("missing-index|auth.sessions|user_id") for i in identities)


def test_fixes_apply_to_the_seeded_database(pg_server, audit: AuditResult, project_dir: Path) -> None:
    """The migration (CONCURRENTLY, one statement at a time) and the drizzle lines; then the query on
    auth.sessions reads the new index in schema auth."""
    out = project_dir / "migrations-out"
    written = write_migrations(audit.changes, out)
    up = next(p for p in written if p.name.endswith(".up.sql"))
    down = next(p for p in written if p.name.endswith(".down.sql"))
    lines = drizzle_index_lines(audit.changes)
    assert "pgSchema('auth').table('sessions', " in lines and "pgTable('User', " in lines
    with measured(discover(project_dir), AuditOptions(server_uri=pg_server.uri, seed_only=True)) as m:
        db = m.where.db
        assert db.fetchval("SELECT count(*) FROM auth.sessions") == 20000
        for statement in pglast.split(up.read_text()):
            db.execute(statement)
        created = set(db.fetchall("SELECT schemaname, tablename FROM pg_indexes WHERE indexname LIKE '%_idx'"))
        assert {("auth", "sessions"), ("auth", "refresh_tokens"), ("public", "sessions"), ("public", "User"),
                ("public", "order")} <= created
        db.execute("ANALYZE auth.sessions")
        plan = parse_plan(db.fetchval(
            "EXPLAIN (ANALYZE, FORMAT JSON) SELECT id FROM auth.sessions WHERE user_id = $1",
            (db.fetchval("SELECT user_id::text FROM auth.sessions LIMIT 1"),)))
        assert {n.node_type for n in plan.walk()} & {"Index Scan", "Bitmap Index Scan", "Index Only Scan"}
        for statement in pglast.split(down.read_text()):
            db.execute(statement)
        assert not db.fetchval("SELECT count(*) FROM pg_indexes WHERE indexname LIKE '%_idx'")
