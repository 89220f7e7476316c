"""Loading schemas into the real embedded PostgreSQL: order, origins, failures and workarounds."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import pytest

from dbperf.diagnostics import DbperfError, Problems
from dbperf.postgres.database import Database
from dbperf.schema.catalog import read_schema
from dbperf.schema.loader import SchemaLoad, detect_kind, load_schema, refresh_sizes
from dbperf.schema.model import Schema
from dbperf.schema.sources import read_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"
_names = itertools.count()


def load(db: Database, *names: str) -> tuple[SchemaLoad, Problems]:
    problems = Problems()
    return load_schema([FIXTURES / name for name in names], db, problems), problems


def where(origin) -> str:
    """'file.sql:12' for an origin, without the fixture folder."""
    return f"{Path(origin.path).name}:{origin.line}" if origin else "-"


# -- drizzle-kit ------------------------------------------------------------------------------------


def test_drizzle_folder_is_applied_in_journal_order_with_origins(scratch_db: Database) -> None:
    result, problems = load(scratch_db, "drizzle")
    assert list(problems) == []
    assert result.source_kind == "drizzle-kit"
    assert [f.name for f in result.files] == [
        "zesty_users.sql",
        "brave_posts.sql",
        "add_post_columns.sql",
    ]
    assert (result.statements, result.applied, result.skipped) == (9, 9, [])

    schema = result.schema
    users, posts = schema.tables["users"], schema.tables["posts"]
    assert users.column("email_address") is not None  # renamed by the last migration
    assert posts.column("created_at") is not None  # added by the last migration
    assert schema.enums["role"] == ("admin", "member")

    assert where(users.origin) == "zesty_users.sql:2"
    assert where(posts.origin) == "brave_posts.sql:1"
    indexes = {ix.name: where(ix.origin) for ix in posts.indexes}
    assert (
        indexes
        == {
            "posts_pkey": "brave_posts.sql:1",  # inline PRIMARY KEY
            "posts_user_id_idx": "brave_posts.sql:14",
            "posts_created_at_idx": "add_post_columns.sql:4",  # second chunk statement, after a comment line
            "posts_title_unique": "add_post_columns.sql:5",  # ALTER TABLE … ADD CONSTRAINT
        }
    )
    assert {ix.name: where(ix.origin) for ix in users.indexes}[
        "users_email_unique"
    ] == "zesty_users.sql:2"
    [fk] = posts.foreign_keys
    assert (fk.name, fk.ref_table, fk.on_delete) == (
        "posts_user_id_users_id_fk",
        "users",
        "cascade",
    )
    assert where(fk.origin) == "brave_posts.sql:9"  # the ALTER inside drizzle-kit's DO block


# -- plain DDL ------------------------------------------------------------------------------------


def test_plain_ddl_with_quoted_and_qualified_names(scratch_db: Database) -> None:
    result, problems = load(scratch_db, "plain.sql")
    assert list(problems) == []
    assert result.source_kind == "sql"
    account, projects = result.schema.tables["Account"], result.schema.tables["app.projects"]
    assert (account.schema, projects.schema) == ("public", "app")
    assert account.column_names == ["Id", "DisplayName", "plan"]
    assert where(account.origin) == "plain.sql:8"  # not the comment lines above it
    assert where(projects.origin) == "plain.sql:14"
    assert {ix.name: where(ix.origin) for ix in projects.indexes} == {
        "projects_pkey": "plain.sql:14",
        "projects_account_id_idx": "plain.sql:25",  # unnamed CREATE INDEX, matched by its columns
        "projects_account_name_key": "plain.sql:26",
        "projects_created_idx": "plain.sql:27",
    }
    [fk] = projects.foreign_keys
    assert (fk.ref_table, fk.columns) == ("Account", ("account_id",))
    assert where(fk.origin) == "plain.sql:22"  # unnamed ADD FOREIGN KEY, matched by its columns


# -- pg_dump --------------------------------------------------------------------------------------


def _shape(schema: Schema) -> dict:
    """What must survive a dump and reload: everything but origins and sizes."""
    return {
        key: (
            table.schema,
            [(c.name, c.type, c.not_null, c.default, c.identity) for c in table.columns],
            table.primary_key,
            sorted(table.uniques),
            sorted(
                (fk.name, fk.columns, fk.ref_table, fk.ref_columns, fk.on_delete)
                for fk in table.foreign_keys
            ),
            sorted((ck.name, ck.expression) for ck in table.checks),
            sorted(
                (ix.name, ix.definition, ix.columns, ix.method, ix.predicate)
                for ix in table.indexes
            ),
        )
        for key, table in schema.tables.items()
    } | {"enums": schema.enums, "extensions": schema.extensions}


def test_real_pg_dump_reproduces_the_schema(scratch_db: Database, pg_server) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_pg_dump_sample", FIXTURES / "make_pg_dump_sample.py"
    )
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    with Database.scratch(pg_server.uri, name=f"schema_original_{next(_names)}") as original:
        for statement in read_text(generator.SCHEMA):
            original.execute(statement.sql)
        expected = read_schema(original)

    timeout = scratch_db.fetchval("SHOW statement_timeout")
    result, problems = load(scratch_db, "pg_dump_sample.sql")
    # roles this server lacks get NOLOGIN stand-ins, each reported once, and the grants apply
    assert [p.message.split(" do not exist")[0] for p in problems] == [
        "role(s) app_owner",
        "role(s) app_reader",
    ]
    assert result.source_kind == "pg_dump"
    assert _shape(result.schema) == _shape(expected)
    assert set(result.schema.tables) == {"User", "orders", "billing.invoices"}  # schema-qualified outside public
    assert result.skipped == []
    assert result.applied == result.statements

    # pg_dump's SET search_path = '' and statement_timeout = 0 do not leak into the session
    assert scratch_db.fetchval("SHOW search_path") == '"$user", public'
    assert scratch_db.fetchval("SHOW statement_timeout") == timeout

    tables = result.schema.tables
    assert where(tables["User"].origin) == "pg_dump_sample.sql:94"
    assert {ix.name: where(ix.origin) for ix in tables["User"].indexes}[
        "User_pkey"
    ] == "pg_dump_sample.sql:206"
    assert where(tables["billing.invoices"].foreign_keys[0].origin) == "pg_dump_sample.sql:257"


# -- extensions the embedded server lacks ---------------------------------------------------------


def test_missing_extensions_get_stand_ins_and_postgis_columns_become_text(
    scratch_db: Database,
) -> None:
    result, problems = load(scratch_db, "extensions.sql")
    messages = {where(p.origin): p.message for p in problems}

    assert messages["extensions.sql:1"].startswith(
        'extension "uuid-ossp" is not available on the embedded PostgreSQL 18'
    )
    assert "uuid_generate_v4()" in messages["extensions.sql:1"]
    assert (
        "stand-ins" in messages["extensions.sql:2"]
        and "gen_random_bytes(integer)" in messages["extensions.sql:2"]
    )
    assert messages["extensions.sql:3"].startswith('extension "postgis" is not available')
    assert all("--postgres" in p.hint for p in problems if p.message.startswith("extension"))
    assert result.missing_extensions == ["uuid-ossp", "pgcrypto", "postgis"]

    # defaults that call the missing extensions' functions work
    sessions = result.schema.tables["sessions"]
    assert sessions.column("id").default == "uuid_generate_v4()"
    row = scratch_db.execute(
        "INSERT INTO sessions DEFAULT VALUES RETURNING id, length(token)"
    ).fetchone()
    assert row[0] is not None and row[1] == 32

    # the table with postgis columns is kept, the columns are text
    places = result.schema.tables["places"]
    assert [(c.name, c.type) for c in places.columns] == [
        ("id", "integer"),
        ("name", "text"),
        ("location", "text"),
        ("area", "text"),
    ]
    assert (
        'column "location" created as text instead of geometry(point, 4326)'
        in messages["extensions.sql:12"]
    )
    assert "postgis" in messages["extensions.sql:12"]
    assert {ix.name for ix in places.indexes} == {"places_pkey", "places_name_trgm_idx"}

    # what still needs postgis is skipped, one Problem per statement
    assert messages["extensions.sql:19"] == (
        'CREATE INDEX "places_location_idx" skipped: depends on extension postgis, '
        "which the embedded PostgreSQL 18 lacks"
    )
    assert messages["extensions.sql:20"].startswith(
        'CREATE VIEW "nearby" skipped: depends on extension postgis'
    )
    assert len(problems) == 6


def test_stand_ins_follow_create_extension_with_schema(
    scratch_db: Database, tmp_path: Path
) -> None:
    ddl = tmp_path / "ext.sql"
    ddl.write_text(
        "CREATE SCHEMA extensions;\n"
        'CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;\n'
        "CREATE TABLE t (id uuid DEFAULT extensions.uuid_generate_v4(), nil uuid DEFAULT extensions.uuid_nil());\n"
    )
    problems = Problems()
    load_schema([ddl], scratch_db, problems)
    row = scratch_db.execute("INSERT INTO t DEFAULT VALUES RETURNING id, nil::text").fetchone()
    assert row[0] is not None and row[1] == "00000000-0000-0000-0000-000000000000"
    assert len(problems) == 1


# -- failures -------------------------------------------------------------------------------------


def test_bad_statements_are_reported_at_their_line_and_the_rest_applied(
    scratch_db: Database,
) -> None:
    result, problems = load(scratch_db, "broken.sql")
    [garbled, unknown] = problems
    # the line of the syntax error, inside the statement
    assert where(garbled.origin) == "broken.sql:9"
    assert garbled.message == (
        'could not parse the statement: syntax error at or near ","; table members was not created'
    )
    assert garbled.hint == (
        "fix the statement; it was not applied, the statements after it were; "
        "what refers to members fails too"
    )
    assert where(unknown.origin) == "broken.sql:13"
    assert (
        unknown.message
        == 'ALTER TABLE "missing_table" failed: relation "missing_table" does not exist'
    )
    assert unknown.hint
    # the schema is partly loaded: both are errors, on which `dbperf check` fails closed
    assert garbled.severity == unknown.severity == "error"

    assert set(result.schema.tables) == {
        "teams",
        "invites",
    }  # what came after the failures is there
    assert (result.statements, result.applied, len(result.skipped)) == (5, 3, 2)
    invites = result.schema.tables["invites"]
    assert {ix.name: where(ix.origin) for ix in invites.indexes} == {
        "invites_pkey": "broken.sql:15",
        "invites_code_key": "broken.sql:15",
        "invites_team_idx": "broken.sql:20",
    }
    assert where(invites.foreign_keys[0].origin) == "broken.sql:15"


def test_failing_create_table_does_not_stop_later_files(
    scratch_db: Database, tmp_path: Path
) -> None:
    (tmp_path / "a.sql").write_text("CREATE TABLE a (id int REFERENCES nowhere (id));\n")
    (tmp_path / "b.sql").write_text("CREATE TABLE b (id int PRIMARY KEY);\n")
    problems = Problems()
    result = load_schema([tmp_path], scratch_db, problems)
    assert set(result.schema.tables) == {"b"}
    assert [where(p.origin) for p in problems] == ["a.sql:1"]


def test_unclosed_parenthesis_loses_only_its_own_table(scratch_db: Database, tmp_path: Path) -> None:
    """A `(` never closed must not swallow the next CREATE TABLE (psql would read on to its `;`)."""
    ddl = tmp_path / "m.sql"
    ddl.write_text(
        "CREATE TABLE a (\n"
        "  id int PRIMARY KEY,\n"
        "  name text;\n"
        "CREATE TABLE b (id int PRIMARY KEY, a_id int);\n"
        "CREATE INDEX b_a_id_idx ON b (a_id);\n"
        "ALTER TABLE a ADD COLUMN note text;\n"
    )
    problems = Problems()
    result = load_schema([ddl], scratch_db, problems)
    assert set(result.schema.tables) == {"b"}
    assert {ix.name for ix in result.schema.tables["b"].indexes} == {"b_pkey", "b_a_id_idx"}
    unclosed, alter = problems
    assert where(unclosed.origin) == "m.sql:1"
    assert "table a was not created" in unclosed.message
    assert "a `(` is never closed: the statement was ended at the `;` of line 3" in unclosed.message
    assert "rest of the schema was loaded" not in unclosed.hint
    assert "what refers to a fails too" in unclosed.hint
    assert where(alter.origin) == "m.sql:6" and 'relation "a" does not exist' in alter.message
    assert "rest of the schema was loaded" not in (alter.hint or "")
    assert (result.statements, result.applied) == (4, 2)


def test_dropped_and_recreated_table_gets_the_later_origin(
    scratch_db: Database, tmp_path: Path
) -> None:
    ddl = tmp_path / "m.sql"
    ddl.write_text(
        "CREATE TABLE t (id int);\n"
        "CREATE INDEX t_id_idx ON t (id);\n"
        "DROP TABLE t;\n"
        "CREATE TABLE t (id int, name text);\n"
        "CREATE INDEX t_id_idx ON t (id);\n"
        "ALTER TABLE t RENAME TO things;\n"
        "ALTER INDEX t_id_idx RENAME TO things_id_idx;\n"
    )
    result = load_schema([ddl], scratch_db, Problems())
    things = result.schema.tables["things"]
    assert where(things.origin) == "m.sql:4"
    assert [(ix.name, where(ix.origin)) for ix in things.indexes] == [("things_id_idx", "m.sql:5")]


# -- kinds, paths, refresh ------------------------------------------------------------------------


def test_detect_kind(tmp_path: Path) -> None:
    assert detect_kind(FIXTURES / "drizzle") == "drizzle-kit"
    assert detect_kind(FIXTURES / "pg_dump_sample.sql") == "pg_dump"
    assert detect_kind(FIXTURES / "plain.sql") == "sql"
    with pytest.raises(DbperfError) as error:
        detect_kind(tmp_path / "nope")
    assert "does not exist" in error.value.message and error.value.hint
    with pytest.raises(DbperfError):
        detect_kind(tmp_path)  # a folder without .sql files
    (tmp_path / "schema.ts").write_text("export const users = pgTable('users', {});")
    with pytest.raises(DbperfError) as error:
        detect_kind(tmp_path / "schema.ts")
    assert "drizzle-kit generate" in error.value.hint
    (tmp_path / "db.dump").write_bytes(b"PGDMP\x01\x10\x00binary")
    with pytest.raises(DbperfError) as error:
        detect_kind(tmp_path / "db.dump")
    assert "pg_restore" in error.value.hint


def test_refresh_sizes_keeps_origins(scratch_db: Database) -> None:
    result, _ = load(scratch_db, "drizzle")
    scratch_db.execute(
        "INSERT INTO users (email_address) SELECT 'u' || g FROM generate_series(1, 500) g"
    )
    scratch_db.execute("ANALYZE users")
    schema = refresh_sizes(result.schema, scratch_db)
    users = schema.tables["users"]
    assert users.rows == 500
    assert where(users.origin) == "zesty_users.sql:2"
    assert all(ix.origin is not None for ix in users.indexes)
    assert users.column("email_address").avg_width is not None


def test_default_calling_a_missing_function_is_dropped_not_the_table(
    scratch_db: Database, tmp_path: Path
) -> None:
    ddl = tmp_path / "v7.sql"
    ddl.write_text(
        "CREATE TABLE events (\n"
        "    id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),\n"
        "    kind text NOT NULL CHECK (is_valid_kind(kind)),\n"
        "    at timestamptz NOT NULL DEFAULT now()\n"
        ");\n"
    )
    problems = Problems()
    result = load_schema([ddl], scratch_db, problems)
    events = result.schema.tables["events"]
    assert events.column("id").default is None and events.column("at").default == "now()"
    assert events.checks == []
    [problem] = problems
    assert where(problem.origin) == "v7.sql:1"
    assert (
        'DEFAULT of column "id" dropped: function uuid_generate_v7() does not exist'
        in problem.message
    )
    assert (
        'CHECK of column "kind" dropped: function is_valid_kind(text) does not exist'
        in problem.message
    )


def test_transaction_blocks_do_not_let_one_failure_roll_back_the_rest(
    scratch_db: Database, tmp_path: Path
) -> None:
    ddl = tmp_path / "tx.sql"
    ddl.write_text(
        "BEGIN;\nCREATE TABLE a (id int);\nALTER TABLE nope ADD COLUMN x int;\nCREATE TABLE b (id int);\nCOMMIT;\n"
    )
    problems = Problems()
    result = load_schema([ddl], scratch_db, problems)
    assert set(result.schema.tables) == {"a", "b"}
    assert [where(p.origin) for p in problems] == ["tx.sql:3"]
    assert [s.reason for s in result.skipped].count("transaction control") == 2
