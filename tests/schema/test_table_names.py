"""One name per table, everywhere: `orders` in public, `auth.sessions` elsewhere (no database needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dbperf.config import Config
from dbperf.diagnostics import DbperfError
from dbperf.explain.parse import name_relations, parse_plan
from dbperf.findings import Finding, IndexChange
from dbperf.migrate.ddl import create_index_sql, drop_index_sql
from dbperf.migrate.drizzle import drizzle_index_lines
from dbperf.migrate.fix import index_changes, index_fix
from dbperf.migrate.sql_files import ordered
from dbperf.schema.model import Column, Schema, Table
from dbperf.sql.shape import analyze


def _schema(search_path: tuple[str, ...] = ("public",)) -> Schema:
    tables = [
        Table("sessions", "auth", columns=[Column("id", "uuid"), Column("user_id", "uuid")]),
        Table("sessions", "public", columns=[Column("id", "integer"), Column("token", "text")]),
        Table("refresh_tokens", "auth", columns=[Column("id", "bigint"), Column("token", "text")]),
        Table("User", "public", columns=[Column("id", "text"), Column("name", "text")]),
    ]
    return Schema(tables={t.key: t for t in tables}, search_path=search_path)


def test_keys_are_bare_in_public_and_qualified_elsewhere() -> None:
    assert set(_schema().tables) == {"auth.sessions", "sessions", "auth.refresh_tokens", "User"}


@pytest.mark.parametrize(("name", "schema", "search_path", "found"), [
    ("sessions", None, ("public",), "sessions"),
    ("sessions", None, ("auth", "public"), "auth.sessions"),
    ("sessions", "auth", ("public",), "auth.sessions"),
    ("refresh_tokens", None, ("public",), "auth.refresh_tokens"),  # the only table of that name
    ("auth.sessions", None, ("public",), "auth.sessions"),  # a key, as rules pass it
    ("User", None, ("auth", "public"), "User"),
    ("user", None, ("public",), None),  # unquoted `user` is not "User"
    ("sessions", "billing", ("public",), None),
])
def test_find_resolves_as_postgresql(name, schema, search_path, found) -> None:
    table = _schema(search_path).find(name, schema)
    assert (table.key if table else None) == found


def test_shape_resolves_unqualified_names_through_the_search_path() -> None:
    shape = analyze("SELECT s.id FROM sessions s WHERE s.user_id = $1", _schema(("auth", "public")))
    assert shape.tables == ["auth.sessions"] and shape.aliases == {"s": "auth.sessions"}
    assert shape.predicates[0].column.table == "auth.sessions"
    shape = analyze("SELECT id FROM sessions WHERE token = $1", _schema())
    assert shape.tables == ["sessions"] and shape.predicates[0].column.table == "sessions"


def _scan(relation: str, alias: str) -> list:
    return [{"Plan": {"Node Type": "Seq Scan", "Relation Name": relation, "Alias": alias,
                      "Plan Rows": 10, "Plan Width": 4, "Total Cost": 1.0}}]


def test_plan_relations_are_named_by_their_key() -> None:
    schema = _schema()
    # EXPLAIN without VERBOSE says "sessions": the query's alias tells which one
    plan = name_relations(parse_plan(_scan("sessions", "s"), analyzed=False), schema,
                          {"s": "auth.sessions"}, ["auth.sessions"])
    assert (plan.root.relation, plan.root.schema) == ("auth.sessions", "auth")
    # the query's tables, when the alias says nothing
    plan = name_relations(parse_plan(_scan("sessions", "sessions"), analyzed=False), schema, {}, ["sessions"])
    assert plan.root.relation == "sessions"
    # a name in one schema only needs nothing else; naming twice changes nothing
    plan = parse_plan(_scan("refresh_tokens", "refresh_tokens"), analyzed=False)
    name_relations(name_relations(plan, schema), schema)
    assert plan.root.relation == "auth.refresh_tokens"
    assert plan.shape() == "Seq Scan on auth.refresh_tokens"


def test_index_sql_quotes_and_qualifies() -> None:
    auth = IndexChange("create", "sessions_user_id_idx", "auth.sessions", ("user_id",))
    assert create_index_sql(auth) == \
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS sessions_user_id_idx ON auth.sessions (user_id);"
    assert drop_index_sql(auth) == "DROP INDEX CONCURRENTLY IF EXISTS auth.sessions_user_id_idx;"
    user = IndexChange("create", "User_createdAt_idx", "User", ("createdAt",))
    assert 'ON "User" ("createdAt")' in create_index_sql(user)
    assert 'ON "order" (created_at)' in create_index_sql(IndexChange("create", "o_idx", "order", ("created_at",)))


def test_same_index_name_in_two_schemas_is_two_indexes() -> None:
    auth = IndexChange("create", "sessions_user_id_idx", "auth.sessions", ("user_id",))
    public = IndexChange("create", "sessions_user_id_idx", "sessions", ("user_id",))
    creates, _ = ordered([auth, public])
    assert creates == [auth, public]
    findings = [Finding("missing-index", "warning", "m", table=c.table, fix=index_fix(c), proof="measured") for c in (auth, public)]
    assert index_changes(findings) == [auth, public]


def test_drizzle_lines_use_pg_schema() -> None:
    lines = drizzle_index_lines([IndexChange("create", "sessions_user_id_idx", "auth.sessions", ("user_id",)),
                                 IndexChange("create", "User_name_idx", "User", ("name",))])
    assert "// auth.sessions: in pgSchema('auth').table('sessions', { … }, (table) => [ … ])" in lines
    assert "// User: in pgTable('User', { … }, (table) => [ … ])" in lines


def test_search_path_setting(tmp_path: Path) -> None:
    config = Config()
    config.apply({"search_path": "auth, public"}, tmp_path / "dbperf.toml")
    assert config.search_path == ("auth", "public")
    config.apply({"search_path": ["extensions", "public"]}, tmp_path / "dbperf.toml")
    assert config.search_path == ("extensions", "public")
    with pytest.raises(DbperfError, match="search_path"):
        config.apply({"search_path": 3}, tmp_path / "dbperf.toml")
