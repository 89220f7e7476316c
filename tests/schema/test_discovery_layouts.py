"""Discovery of the usual migration layouts from a project's root: the convention is named, the files are
applied in the tool's own order (numeric versions), only the "up" part, and what is left out is said.
Each project is written into tmp_path the way the real tool lays it out, then loaded into the embedded
PostgreSQL."""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import quote

import pytest
from psycopg.conninfo import conninfo_to_dict

from dbperf.diagnostics import DbperfError, Problems
from dbperf.postgres.database import Database
from dbperf.project import discover
from dbperf.schema.loader import load_schema
from dbperf.schema.sources import read_text, schema_files, up_sections
from tests.dbperf_cli import invoke


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def applied_names(project) -> list[str]:
    return [str(p.relative_to(project.schema_paths[0])) for p in schema_files(project.schema_paths[0])]


def load(project, db: Database) -> tuple[set[str], Problems]:
    problems = Problems()
    loaded = load_schema(project.schema_paths, db, problems)
    return {t.name for t in loaded.schema.tables.values()}, problems


def columns(db: Database, table: str) -> list[str]:
    rows = db.fetchall(
        "SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position",
        (table,),
    )
    return [r[0] for r in rows]


# A version 10 that depends on version 2: string order (10 before 2) would fail.
def test_golang_migrate_applies_up_files_in_numeric_version_order(tmp_path: Path, scratch_db: Database) -> None:
    write(tmp_path, {
        "migrations/1_create_users.up.sql": "CREATE TABLE users (id bigint PRIMARY KEY);",
        "migrations/1_create_users.down.sql": "DROP TABLE users;",
        "migrations/2_create_posts.up.sql": "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint);",
        "migrations/2_create_posts.down.sql": "DROP TABLE posts;",
        "migrations/10_posts_title.up.sql": "ALTER TABLE posts ADD COLUMN title text;\n"
                                            "CREATE INDEX posts_user_id_idx ON posts (user_id);",
        "migrations/10_posts_title.down.sql": "ALTER TABLE posts DROP COLUMN title;",
    })
    project = discover(tmp_path, require_schema=True)
    assert project.schema_paths == [tmp_path / "migrations"]
    assert project.conventions == ["golang-migrate / sqlx (.up.sql)"]
    assert applied_names(project) == ["1_create_users.up.sql", "2_create_posts.up.sql", "10_posts_title.up.sql"]
    assert any("3 files (down migration)" in note for note in project.notes)
    tables, problems = load(project, scratch_db)
    assert list(problems) == []
    assert tables == {"users", "posts"}
    assert columns(scratch_db, "posts") == ["id", "user_id", "title"]


def test_migrations_for_other_databases_are_passed_over(tmp_path: Path) -> None:
    """Mattermost keeps db/migrations/mysql/ and db/migrations/postgres/ side by side."""
    write(tmp_path, {
        "server/db/migrations/mysql/000001_create_teams.up.sql": "CREATE TABLE Teams (Id varchar(26)) ENGINE=InnoDB;",
        "server/db/migrations/postgres/000001_create_teams.up.sql": "CREATE TABLE teams (id varchar(26));",
        "server/db/migrations/postgres/000001_create_teams.down.sql": "DROP TABLE teams;",
    })
    project = discover(tmp_path)
    assert project.schema_paths == [tmp_path / "server" / "db" / "migrations" / "postgres"]


DBMATE = """-- migrate:up
CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  email text NOT NULL
);

CREATE INDEX accounts_email_idx ON accounts (email);

-- migrate:down
DROP TABLE accounts;
"""

DBMATE_2 = """-- a comment before the marker
-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY accounts_lower_email_idx ON accounts (lower(email));
CREATE TABLE broken (id bigint REFERENCES nowhere (id));

-- migrate:down
DROP INDEX accounts_lower_email_idx;
"""


def test_dbmate_applies_only_the_up_sections_with_their_file_lines(tmp_path: Path, scratch_db: Database) -> None:
    write(tmp_path, {
        "db/migrations/20240102000000_lower_email.sql": DBMATE_2,
        "db/migrations/20240101000000_create_accounts.sql": DBMATE,
        "db/schema.sql": "CREATE TABLE from_dbmate_dump (id int);",  # dbmate's dump: the migrations come first
    })
    project = discover(tmp_path)
    assert project.schema_paths == [tmp_path / "db" / "migrations"]
    assert project.conventions == ["dbmate"]
    assert applied_names(project) == ["20240101000000_create_accounts.sql", "20240102000000_lower_email.sql"]
    assert any("also found: db/schema.sql" in note for note in project.notes)
    problems = Problems()
    loaded = load_schema(project.schema_paths, scratch_db, problems)
    table = loaded.schema.find("accounts", "public")
    assert table is not None  # the down section (DROP TABLE) did not run
    assert f"{Path(table.origin.path).name}:{table.origin.line}" == "20240101000000_create_accounts.sql:2"
    origins = {ix.name: f"{Path(ix.origin.path).name}:{ix.origin.line}" for ix in table.indexes if ix.origin}
    assert origins["accounts_email_idx"] == "20240101000000_create_accounts.sql:7"
    assert origins["accounts_lower_email_idx"] == "20240102000000_lower_email.sql:3"
    [problem] = [p for p in problems if "broken" in p.message]
    assert f"{Path(problem.origin.path).name}:{problem.origin.line}" == "20240102000000_lower_email.sql:4"
    assert loaded.statements == 4  # 2 + 2 up statements; the down statements were never read


GOOSE_1 = """-- +goose Up
CREATE TABLE feeds (id uuid PRIMARY KEY, url text NOT NULL UNIQUE);

-- +goose Down
DROP TABLE feeds;
"""

GOOSE_2 = """-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION feeds_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.url := lower(NEW.url);
  RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE INDEX feeds_url_lower_idx ON feeds (lower(url));

-- +goose Down
DROP FUNCTION feeds_touch();
"""


def test_goose_files_in_sqlc_schema_folder_apply_only_their_up_sections(
    tmp_path: Path, scratch_db: Database
) -> None:
    write(tmp_path, {
        "sql/schema/002_touch.sql": GOOSE_2,
        "sql/schema/001_feeds.sql": GOOSE_1,
        "sql/queries/feeds.sql": "-- name: GetFeed :one\nSELECT * FROM feeds WHERE id = $1;",
        "sqlc.yaml": "version: '2'",
    })
    project = discover(tmp_path)
    assert project.schema_paths == [tmp_path / "sql" / "schema"]
    assert project.conventions == ["goose"]
    assert applied_names(project) == ["001_feeds.sql", "002_touch.sql"]
    problems = Problems()
    loaded = load_schema(project.schema_paths, scratch_db, problems)
    assert list(problems) == []
    feeds = loaded.schema.find("feeds", "public")
    assert {ix.name for ix in feeds.indexes} == {"feeds_pkey", "feeds_url_key", "feeds_url_lower_idx"}
    assert scratch_db.fetchall("SELECT to_regprocedure('feeds_touch()') IS NOT NULL") == [(True,)]
    assert loaded.statements == 3


def test_sql_migrate_sections(tmp_path: Path, scratch_db: Database) -> None:
    write(tmp_path, {
        "migrations/20240101120000-users.sql": "-- +migrate Up\nCREATE TABLE users (id int PRIMARY KEY);\n"
                                               "-- +migrate Down\nDROP TABLE users;\n",
    })
    project = discover(tmp_path)
    assert project.conventions == ["sql-migrate"]
    tables, _ = load(project, scratch_db)
    assert tables == {"users"}


def test_flyway_versions_are_numeric_repeatables_last_and_undo_files_ignored(
    tmp_path: Path, scratch_db: Database
) -> None:
    folder = "src/main/resources/db/migration"
    write(tmp_path, {
        f"{folder}/V1__init.sql": "CREATE TABLE items (id int PRIMARY KEY);",
        f"{folder}/V1_1__price.sql": "ALTER TABLE items ADD COLUMN price numeric;",
        f"{folder}/V2__name.sql": "ALTER TABLE items ADD COLUMN name text;",
        f"{folder}/V2.1__sku.sql": "ALTER TABLE items ADD COLUMN sku text;",
        f"{folder}/V10__stock.sql": "ALTER TABLE items ADD COLUMN stock int;",
        f"{folder}/R__views.sql": "CREATE OR REPLACE VIEW item_names AS SELECT id, name, stock FROM items;",
        f"{folder}/U2__undo_name.sql": "ALTER TABLE items DROP COLUMN name;",
    })
    project = discover(tmp_path)
    assert project.schema_paths == [tmp_path / folder]
    assert project.conventions == ["Flyway"]
    assert applied_names(project) == [
        "V1__init.sql", "V1_1__price.sql", "V2__name.sql", "V2.1__sku.sql", "V10__stock.sql", "R__views.sql",
    ]
    assert any("U2__undo_name.sql (undo migration)" in note for note in project.notes)
    _, problems = load(project, scratch_db)
    assert list(problems) == []
    assert columns(scratch_db, "items") == ["id", "price", "name", "sku", "stock"]
    assert scratch_db.fetchall("SELECT to_regclass('item_names') IS NOT NULL") == [(True,)]


def test_flyway_reads_its_location_recursively_deep_in_a_maven_module(tmp_path: Path) -> None:
    """DHIS2 keeps db/migration/2.31/V2_31_1__x.sql, …, ten folders below the root."""
    folder = "app/support/db-migration/src/main/resources/org/example/db/migration"
    write(tmp_path, {
        f"{folder}/2.31/V2_31_2__b.sql": "SELECT 1;",
        f"{folder}/2.31/V2_31_10__c.sql": "SELECT 1;",
        f"{folder}/2.30/V2_30_0__a.sql": "SELECT 1;",
        f"{folder}/2.40/V2_40_1__d.sql": "SELECT 1;",
        f"{folder}/README.md": "versions",
    })
    project = discover(tmp_path)
    assert project.schema_paths == [tmp_path / folder]
    assert project.conventions == ["Flyway"]
    assert applied_names(project) == [
        "2.30/V2_30_0__a.sql", "2.31/V2_31_2__b.sql", "2.31/V2_31_10__c.sql", "2.40/V2_40_1__d.sql",
    ]
    assert not any("also found" in note for note in project.notes)


def test_a_flyway_baseline_folder_is_applied_before_the_migrations(tmp_path: Path, scratch_db: Database) -> None:
    """DHIS2 keeps its 473-table base schema in db/base/ and the migrations that alter it in
    db/migration/: the migrations fail without the baseline, so discovery applies it first."""
    write(tmp_path, {
        "src/main/resources/db/base/base_schema.sql": "CREATE TABLE account (id int PRIMARY KEY, name text);",
        "src/main/resources/db/migration/V2_31_1__email.sql": "ALTER TABLE account ADD COLUMN email text;",
    })
    project = discover(tmp_path)
    base, migration = tmp_path / "src/main/resources/db/base", tmp_path / "src/main/resources/db/migration"
    assert project.schema_paths == [base, migration]
    assert any("db/base" in note and "applied before src/main/resources/db/migration" in note
               for note in project.notes), project.notes
    tables, problems = load(project, scratch_db)
    assert tables == {"account"} and not problems.items, problems.items
    assert columns(scratch_db, "account") == ["id", "name", "email"]


def test_init_scripts_run_before_the_migrations_as_the_docker_image_does(tmp_path: Path) -> None:
    """supabase/postgres: migrate.sh runs migrations/db/init-scripts, then `dbmate up` on
    migrations/db/migrations."""
    write(tmp_path, {
        "migrations/db/init-scripts/00000000000000-initial-schema.sql": "CREATE SCHEMA auth;",
        "migrations/db/migrations/20220101000000_users.sql":
            "-- migrate:up\nCREATE TABLE auth.users (id int);\n-- migrate:down\nDROP TABLE auth.users;\n",
    })
    project = discover(tmp_path)
    assert project.schema_paths == [tmp_path / "migrations/db/init-scripts", tmp_path / "migrations/db/migrations"]
    assert not any("also found" in note for note in project.notes)


@pytest.mark.parametrize("app", ["supabase-postgres", "dhis2"])
def test_the_two_folder_layouts_of_real_apps_are_discovered(app: str) -> None:
    """Corpus apps whose schema is spread over two folders: discovery finds, in order, what
    tests/corpus/apps.toml says their tool applies."""
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    apps = {a["name"]: a for a in tomllib.loads((corpus / "apps.toml").read_text())["app"]}
    assert discover(corpus / app).schema_paths == [corpus / app / p for p in apps[app]["schema"]]


def test_diesel_applies_up_sql_of_each_migration_folder_in_version_order(
    tmp_path: Path, scratch_db: Database
) -> None:
    write(tmp_path, {
        "migrations/00000000000000_diesel_initial_setup/up.sql": "CREATE FUNCTION diesel_ok() RETURNS int "
                                                                   "LANGUAGE sql AS 'SELECT 1';",
        "migrations/00000000000000_diesel_initial_setup/down.sql": "DROP FUNCTION diesel_ok();",
        "migrations/2024-03-10-120000_create_comments/up.sql": "ALTER TABLE posts ADD COLUMN body text;",
        "migrations/2024-03-10-120000_create_comments/down.sql": "ALTER TABLE posts DROP COLUMN body;",
        "migrations/2024-01-05-090000_create_posts/up.sql": "CREATE TABLE posts (id serial PRIMARY KEY);",
        "migrations/2024-01-05-090000_create_posts/down.sql": "DROP TABLE posts;",
        "diesel.toml": "[print_schema]\nfile = \"src/schema.rs\"\n",
        "migrations/data_oauth.sql": "INSERT INTO oauth_github VALUES (1);",  # as in crates.io
    })
    project = discover(tmp_path)
    assert project.conventions == ["diesel / Hasura (*/up.sql)"]
    assert "  not applied: 3 files (down migration), data_oauth.sql (not in a migration folder)" in project.notes
    assert applied_names(project) == [
        "00000000000000_diesel_initial_setup/up.sql",
        "2024-01-05-090000_create_posts/up.sql",
        "2024-03-10-120000_create_comments/up.sql",
    ]
    _, problems = load(project, scratch_db)
    assert list(problems) == []
    assert columns(scratch_db, "posts") == ["id", "body"]


def test_hasura_migrations_of_a_database_folder(tmp_path: Path, scratch_db: Database) -> None:
    write(tmp_path, {
        "hasura/config.yaml": "version: 3",
        "hasura/migrations/default/1700000000000_init/up.sql": "CREATE TABLE public.todos (id serial PRIMARY KEY);",
        "hasura/migrations/default/1700000000000_init/down.sql": "DROP TABLE public.todos;",
        "hasura/migrations/default/1700000500000_done/up.sql": "ALTER TABLE todos ADD COLUMN done boolean;",
        "hasura/metadata/tables.yaml": "[]",
    })
    project = discover(tmp_path)
    assert project.schema_paths == [tmp_path / "hasura" / "migrations" / "default"]
    _, problems = load(project, scratch_db)
    assert list(problems) == [] and columns(scratch_db, "todos") == ["id", "done"]


def test_sqlx_simple_migrations_by_numeric_version(tmp_path: Path, scratch_db: Database) -> None:
    write(tmp_path, {
        "migrations/20240101093000_users.sql": "CREATE TABLE users (id uuid PRIMARY KEY);",
        "migrations/20240215120000_sessions.sql": "CREATE TABLE sessions (id uuid PRIMARY KEY, "
                                                  "user_id uuid NOT NULL REFERENCES users (id));",
        "migrations/README.md": "not sql",
    })
    project = discover(tmp_path)
    assert project.conventions == ["numbered SQL migrations (sqlx, Knex, …)"]
    tables, problems = load(project, scratch_db)
    assert list(problems) == [] and tables == {"users", "sessions"}


def test_plain_numbered_folder_skips_seed_files_with_a_note(tmp_path: Path, scratch_db: Database) -> None:
    write(tmp_path, {
        "migrations/002_orders.sql": "CREATE TABLE orders (id int PRIMARY KEY, customer_id int "
                                     "REFERENCES customers (id));",
        "migrations/001_customers.sql": "CREATE TABLE customers (id int PRIMARY KEY);",
        "migrations/seed.sql": "INSERT INTO customers VALUES (1);",
    })
    project = discover(tmp_path)
    assert applied_names(project) == ["001_customers.sql", "002_orders.sql"]
    assert any("seed.sql (seed data, not schema)" in note for note in project.notes)
    tables, problems = load(project, scratch_db)
    assert list(problems) == [] and tables == {"customers", "orders"}
    assert scratch_db.fetchall("SELECT count(*) FROM customers") == [(0,)]


def test_prisma_migrations_are_found_from_the_project_root(tmp_path: Path, scratch_db: Database) -> None:
    write(tmp_path, {
        "package.json": "{}",
        "prisma/schema.prisma": "model User { id String @id }",
        "prisma/migrations/migration_lock.toml": 'provider = "postgresql"',
        "prisma/migrations/20240101000000_init/migration.sql":
            'CREATE TABLE "User" ("id" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));',
        "prisma/migrations/20240301000000_post/migration.sql":
            'CREATE TABLE "Post" ("id" TEXT NOT NULL, "authorId" TEXT NOT NULL, '
            'CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));\n'
            'ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") '
            'REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;',
    })
    project = discover(tmp_path)
    assert project.schema_paths == [tmp_path / "prisma" / "migrations"]
    assert project.conventions == ["Prisma"]
    assert "schema: Prisma migrations prisma/migrations (2 files) (found)" in project.notes
    tables, problems = load(project, scratch_db)
    assert list(problems) == [] and tables == {"User", "Post"}


def test_supabase_migrations_and_not_its_seed(tmp_path: Path, scratch_db: Database) -> None:
    write(tmp_path, {
        "supabase/config.toml": "project_id = 'x'",
        "supabase/seed.sql": "INSERT INTO profiles VALUES (gen_random_uuid(), 'x');",
        "supabase/migrations/20240102000000_profiles_name.sql": "ALTER TABLE profiles ADD COLUMN name text;",
        "supabase/migrations/20240101000000_profiles.sql": "CREATE TABLE public.profiles (id uuid PRIMARY KEY);",
    })
    project = discover(tmp_path)
    assert project.conventions == ["Supabase"]
    assert applied_names(project) == ["20240101000000_profiles.sql", "20240102000000_profiles_name.sql"]
    _, problems = load(project, scratch_db)
    assert list(problems) == [] and columns(scratch_db, "profiles") == ["id", "name"]


@pytest.mark.parametrize(("path", "convention"), [
    ("db/structure.sql", "Rails structure.sql"),
    ("priv/repo/structure.sql", "Ecto structure.sql"),
])
def test_rails_and_ecto_structure_sql(tmp_path: Path, scratch_db: Database, path: str, convention: str) -> None:
    write(tmp_path, {
        path: "SET statement_timeout = 0;\nCREATE TABLE public.widgets (id bigint NOT NULL);\n",
        "priv/repo/migrations/20240101_create_widgets.exs": "defmodule M do end",
    })
    project = discover(tmp_path)
    assert project.schema_paths == [tmp_path / path]
    assert project.conventions == [convention]
    assert f"schema: {convention} {path} (found)" in project.notes
    tables, _ = load(project, scratch_db)
    assert tables == {"widgets"}


def test_explicit_schema_folder_is_read_with_its_convention(tmp_path: Path) -> None:
    write(tmp_path, {"sql/V2__b.sql": "SELECT 1;", "sql/V10__c.sql": "SELECT 1;", "sql/V1__a.sql": "SELECT 1;"})
    project = discover(tmp_path, [tmp_path / "sql"])
    assert project.conventions == ["Flyway"]
    assert applied_names(project) == ["V1__a.sql", "V2__b.sql", "V10__c.sql"]


def test_a_folder_of_javascript_migrations_is_not_a_schema(tmp_path: Path) -> None:
    write(tmp_path, {"migrations/20240101_init.js": "exports.up = () => {}"})
    with pytest.raises(DbperfError, match="no schema found"):
        discover(tmp_path)


# -- --schema postgresql://… --------------------------------------------------------------------------


def test_schema_from_a_live_database_with_pg_dump(tmp_path: Path, pg_server, scratch_db: Database) -> None:
    source = Database.scratch(pg_server.uri, name="dump_source")
    try:
        source.execute("CREATE SCHEMA app")
        source.execute("CREATE TABLE app.tenants (id bigint PRIMARY KEY, name text NOT NULL)")
        source.execute("CREATE TABLE public.users (id bigint PRIMARY KEY, tenant_id bigint NOT NULL "
                       "REFERENCES app.tenants (id), email text)")
        source.execute("CREATE INDEX users_email_idx ON users (lower(email))")
        source.execute("INSERT INTO app.tenants VALUES (1, 'a')")
        params = conninfo_to_dict(source.uri)
        uri = f"postgresql://{params['user']}@/{params['dbname']}?host={quote(params['host'], safe='')}"
        project = discover(tmp_path, [uri])
        before = source.fetchall("SELECT count(*) FROM app.tenants")
    finally:
        source.close()
    [path] = project.schema_paths
    assert project.conventions == ["pg_dump"]
    assert path.is_file() and "CREATE TABLE app.tenants" in path.read_text()
    assert before == [(1,)]  # read, never written
    assert any(note.startswith("schema: pg_dump --schema-only of postgresql://") for note in project.notes)
    problems = Problems()
    loaded = load_schema(project.schema_paths, scratch_db, problems)
    assert {(t.schema, t.name) for t in loaded.schema.tables.values()} == {("app", "tenants"), ("public", "users")}
    users = loaded.schema.find("users", "public")
    assert "users_email_idx" in {ix.name for ix in users.indexes}


def test_schema_dsn_that_refuses_is_a_clear_error_without_traceback(tmp_path: Path) -> None:
    dsn = "postgresql://someone:secret@127.0.0.1:1/app"
    with pytest.raises(DbperfError) as error:
        discover(tmp_path, [dsn])
    assert "cannot read the schema of postgresql://someone@127.0.0.1:1/app" in error.value.message
    assert "secret" not in error.value.message
    run = invoke("audit", tmp_path, "--schema", dsn)  # the command, in this process
    assert run.code == 2, run
    assert "error: cannot read the schema of postgresql://someone@127.0.0.1:1/app" in run.err, run
    assert "Traceback" not in run.err and "secret" not in run.err + run.out, run


def test_up_sections_are_cut_by_marker_lines_only() -> None:
    text = "-- migrate:up\nSELECT '-- migrate:down';\n-- migrate:down\nDROP TABLE t;\n-- migrate:up\nSELECT 2;\n"
    assert [s.sql for s in read_file_text(text)] == ["SELECT '-- migrate:down'", "SELECT 2"]
    assert read_file_text("-- +goose Down\nDROP TABLE t;\n") == []  # a down section alone applies nothing
    assert [s.sql for s in read_file_text("SELECT 1;\n")] == ["SELECT 1"]  # no markers: the whole file


def read_file_text(text: str) -> list:
    sections = up_sections(text)
    spans = sections if sections is not None else [(0, len(text))]
    return [s for begin, end in spans for s in read_text(text[begin:end])]
