"""Statements of real applications' migrations (tests/corpus) that once broke the schema load."""

from __future__ import annotations

from pathlib import Path

from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.loader import SchemaLoad, load_schema


def load(db: Database, folder: Path, files: dict[str, str]) -> tuple[SchemaLoad, Problems]:
    for name, text in files.items():
        (folder / name).write_text(text)
    problems = Problems()
    return load_schema([folder / name for name in files], db, problems), problems


def test_transaction_level_settings_in_a_migration_do_not_break_the_load(
    scratch_db: Database, tmp_path: Path
) -> None:
    # langfuse 20260821121500_backfill_evaluator_v2: BEGIN; SET TRANSACTION ISOLATION LEVEL …
    isolation = scratch_db.fetchval("SHOW transaction_isolation")
    timeout = scratch_db.fetchval("SHOW statement_timeout")
    result, problems = load(
        scratch_db,
        tmp_path,
        {
            "migration.sql": "BEGIN;\n"
            "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;\n"
            "SET LOCAL statement_timeout = 0;\n"
            "SET transaction_read_only = off;\n"
            "CREATE TABLE evaluators (id text PRIMARY KEY, name text NOT NULL);\n"
            "INSERT INTO evaluators VALUES ('e1', 'toxicity') ON CONFLICT DO NOTHING;\n"
            "COMMIT;\n",
        },
    )
    assert list(problems) == []
    assert set(result.schema.tables) == {"evaluators"}
    assert scratch_db.fetchval("SELECT count(*) FROM evaluators") == 1
    assert {s.reason.split(" (")[0] for s in result.skipped} == {
        "transaction control",
        "transaction-level setting",
    }
    assert scratch_db.fetchval("SHOW transaction_isolation") == isolation
    assert scratch_db.fetchval("SHOW statement_timeout") == timeout


def test_roles_the_ddl_names_get_nologin_stand_ins_reported_once(
    scratch_db: Database, tmp_path: Path
) -> None:
    # supabase init-scripts: the auth schema belongs to a platform role the scratch server lacks
    result, problems = load(
        scratch_db,
        tmp_path,
        {
            "auth.sql": "CREATE SCHEMA IF NOT EXISTS auth AUTHORIZATION corpus_supabase_admin;\n"
            "CREATE TABLE auth.users (id uuid PRIMARY KEY, email text);\n"
            "ALTER TABLE auth.users OWNER TO corpus_supabase_auth_admin;\n"
            "GRANT ALL ON auth.users TO corpus_supabase_auth_admin, corpus_dashboard_user;\n"
            "GRANT corpus_supabase_admin TO corpus_authenticator;\n"
            "ALTER DEFAULT PRIVILEGES FOR ROLE corpus_supabase_admin IN SCHEMA auth\n"
            "  GRANT SELECT ON TABLES TO corpus_dashboard_user;\n"
            "CREATE POLICY own ON auth.users FOR SELECT TO corpus_authenticated USING (true);\n"
            "CREATE ROLE corpus_authenticated NOLOGIN NOINHERIT;\n"
            "SET ROLE corpus_supabase_admin;\n"
            "CREATE TABLE auth.sessions (id uuid PRIMARY KEY, user_id uuid REFERENCES auth.users);\n"
            "RESET ROLE;\n",
        },
    )
    tables = scratch_db.fetchall("SELECT tablename FROM pg_tables WHERE schemaname = 'auth'")
    assert sorted(t for (t,) in tables) == ["sessions", "users"]
    assert result.skipped and all(
        s.reason.startswith(("role ", "role switch")) for s in result.skipped
    )
    messages = [p.message for p in problems]
    assert len(messages) == 5 and all("NOLOGIN stand-ins" in m for m in messages)
    reported = [m.split(" do not exist")[0].removeprefix("role(s) ") for m in messages]
    assert reported == [
        "corpus_supabase_admin",
        "corpus_supabase_auth_admin",
        "corpus_dashboard_user",
        "corpus_authenticator",
        "corpus_authenticated",
    ]
    assert scratch_db.fetchval(
        "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'auth'"
    ) == "corpus_supabase_admin"
    assert scratch_db.fetchval(
        "SELECT bool_and(NOT rolcanlogin) FROM pg_roles WHERE rolname LIKE 'corpus\\_%'"
    )
    # the load ran as the superuser throughout, and left the session as it found it
    assert scratch_db.fetchval("SELECT current_user") == "postgres"
