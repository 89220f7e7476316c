"""Rewrites proposed as fixes: valid PostgreSQL (sqlglot and PostgreSQL's own parser agree), same filters."""

from __future__ import annotations

import pglast
import pytest
import sqlglot
from dbperf.schema.model import Schema
from dbperf.sql.rewrite import batch_rewrite, keyset_rewrite, narrow_select, param_numbers
from dbperf.sql.shape import Predicate, analyze
from sqlglot import exp

DRIZZLE_PAGE = (
    'select "id", "title", "slug", "content", "author_id", "locale", "published", "visibility", '
    '"created_at", "updated_at" from "posts" where ("posts"."published" = $1 and "posts"."locale" = $2) '
    'order by "posts"."created_at" desc limit $3 offset $4'
)
PRISMA_PAGE = (
    'SELECT "public"."Post"."id", "public"."Post"."title" FROM "public"."Post" '
    'WHERE "public"."Post"."published" = $1 ORDER BY "public"."Post"."createdAt" DESC LIMIT $2 OFFSET $3'
)


def parses(sql: str) -> exp.Expression:
    """The rewrite is valid for sqlglot and for PostgreSQL's parser."""
    pglast.parse_sql(sql)
    return sqlglot.parse_one(sql, read="postgres")


def filters(sql: str, schema: Schema) -> set[Predicate]:
    return {p for p in analyze(sql, schema).predicates if not isinstance(p.literal, list)}


def keeps_filters(before: str, after: str, schema: Schema) -> bool:
    return filters(before, schema) <= filters(after, schema)


# --- narrow_select -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql, columns, table, expected",
    [
        pytest.param(
            DRIZZLE_PAGE,
            ["id", "title", "slug"],
            "posts",
            'SELECT "id", "title", "slug" FROM "posts" WHERE ("posts"."published" = $1 AND "posts"."locale" = $2) '
            'ORDER BY "posts"."created_at" DESC LIMIT $3 OFFSET $4',
            id="drizzle-explicit-full-list",
        ),
        pytest.param(
            "select * from posts where id = $1",
            ["id", "title"],
            "posts",
            'SELECT "id", "title" FROM posts WHERE id = $1',
            id="star",
        ),
        pytest.param(
            'select * from posts p join "user" u on u.id = p.author_id where u.role = $1',
            ["id", "title"],
            "posts",
            'SELECT p."id", p."title", u.* FROM posts AS p JOIN "user" AS u ON u.id = p.author_id WHERE u.role = $1',
            id="star-over-a-join",
        ),
        pytest.param(
            'select p.*, u.name from posts p join "user" u on u.id = p.author_id',
            ["id", "slug"],
            "posts",
            'SELECT p."id", p."slug", u.name FROM posts AS p JOIN "user" AS u ON u.id = p.author_id',
            id="table-star",
        ),
        pytest.param(
            'SELECT "public"."User"."id" AS "userId", "public"."User"."email", "public"."User"."name", '
            '"public"."User"."createdAt" FROM "public"."User" WHERE "public"."User"."id" = $1',
            ["id", "email"],
            "User",
            'SELECT "public"."User"."id" AS "userId", "public"."User"."email" FROM "public"."User" '
            'WHERE "public"."User"."id" = $1',
            id="prisma-aliased-column-kept",
        ),
        pytest.param(
            'select "createdAt" from "Post"',
            ["createdAt"],
            "Post",
            None,
            id="already-narrow",
        ),
        pytest.param("select * from posts", ["id"], "comments", None, id="table-not-in-query"),
        pytest.param("select * from posts", [], "posts", None, id="no-columns"),
        pytest.param(
            "select id from posts union select id from comments", ["id"], "posts", None, id="union"
        ),
        pytest.param("delete from posts", ["id"], "posts", None, id="not-a-select"),
    ],
)
def test_narrow_select(
    sql: str, columns: list[str], table: str, expected: str | None, schema: Schema
) -> None:
    result = narrow_select(sql, columns, table)
    assert result == expected
    if result is not None:
        parses(result)
        assert keeps_filters(sql, result, schema)
        assert analyze(result, schema).selected[table] == set(columns)


# --- keyset_rewrite ------------------------------------------------------------------------------


def test_keyset_drizzle_offset_page(schema: Schema) -> None:
    keyset = keyset_rewrite(DRIZZLE_PAGE, analyze(DRIZZLE_PAGE, schema), schema)
    assert keyset is not None
    tree = parses(keyset.sql)
    assert tree.args.get("offset") is None
    assert 'AND ("posts"."created_at", "posts"."id") < ($4, $5)' in keyset.sql
    assert keyset.sql.endswith('ORDER BY "posts"."created_at" DESC, "posts"."id" DESC LIMIT $3')
    assert keyset.cursor_columns == ["created_at", "id"]  # the primary key breaks ties
    assert keyset.directions == ["desc", "desc"]
    assert keyset.index_columns == ["published", "locale", "created_at", "id"]
    assert keyset.cursor_params == [4, 5]  # no gap where OFFSET's $4 was
    assert keyset.dropped_params == [4]
    assert any("nullable" in note for note in keyset.notes)  # posts.created_at has no NOT NULL
    assert keeps_filters(DRIZZLE_PAGE, keyset.sql, schema)
    assert param_numbers(keyset.sql) == [1, 2, 3, 4, 5]


def test_keyset_unique_order_needs_no_tiebreaker(schema: Schema) -> None:
    sql = "select id, email from \"user\" where role = 'admin' order by email limit 20 offset 40"
    keyset = keyset_rewrite(sql, analyze(sql, schema), schema)
    assert keyset is not None
    assert keyset.cursor_columns == ["email"]  # UNIQUE NOT NULL email is already a total order
    assert '"user"."email" > $1' in keyset.sql
    assert keyset.index_columns == ["role", "email"]
    assert keyset.dropped_params == [] and keyset.notes == []
    parses(keyset.sql)
    assert keeps_filters(sql, keyset.sql, schema)


def test_keyset_mixed_directions_use_the_or_form(schema: Schema) -> None:
    keyset = keyset_rewrite(
        PRISMA_PAGE.replace("DESC LIMIT", 'DESC, "public"."Post"."title" ASC LIMIT'),
        analyze(
            PRISMA_PAGE.replace("DESC LIMIT", 'DESC, "public"."Post"."title" ASC LIMIT'), schema
        ),
        schema,
    )
    assert keyset is not None
    parses(keyset.sql)
    assert keyset.directions == ["desc", "asc", "asc"]
    assert keyset.cursor_columns == ["createdAt", "title", "id"]
    assert (
        '("public"."Post"."createdAt" < $3) OR ("public"."Post"."createdAt" = $3 AND "public"."Post"."title" > $4)'
        in keyset.sql
    )
    assert any("mixed" in note for note in keyset.notes)


def test_keyset_on_a_join_keeps_the_join(schema: Schema) -> None:
    sql = (
        'select o.id, o.amount, u.name from orders o join "user" u on u.id = o.user_id '
        "where o.status = $1 order by o.created_at desc limit 50 offset $2"
    )
    keyset = keyset_rewrite(sql, analyze(sql, schema), schema)
    assert keyset is not None
    assert '(o."created_at", o."id") < ($2, $3)' in keyset.sql
    assert keyset.notes == []  # orders.created_at is NOT NULL
    parses(keyset.sql)
    assert keeps_filters(sql, keyset.sql, schema)


@pytest.mark.parametrize(
    "sql",
    [
        pytest.param(
            "select * from posts order by lower(title) limit 10 offset 10", id="expression-order"
        ),
        pytest.param(
            "select * from logs order by created_at limit 10 offset 10", id="no-unique-key"
        ),
        pytest.param("select * from posts limit 10 offset 10", id="no-order"),
        pytest.param(
            'select p.id from posts p join "user" u on u.id = p.author_id order by u.name limit 10 offset 10',
            id="order-by-another-table",
        ),
        pytest.param(
            "select author_id, count(*) from posts group by 1 order by 1 limit 5 offset 5",
            id="group-by",
        ),
        pytest.param(
            "select id from posts where id = %s order by id limit 5 offset 5",
            id="client-placeholders",
        ),
    ],
)
def test_keyset_does_not_apply(sql: str, schema: Schema) -> None:
    assert keyset_rewrite(sql, analyze(sql, schema), schema) is None


# --- batch_rewrite -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql, param, expected",
    [
        pytest.param(
            'select "id", "name" from "user" where "user"."id" = $1 limit $2',
            1,
            'SELECT "id", "name" FROM "user" WHERE "user"."id" = ANY($1)',
            id="drizzle-find-first-by-primary-key",
        ),
        pytest.param(
            'select "id", "title" from "posts" where "posts"."author_id" = $1',
            1,
            'SELECT "id", "title", "posts"."author_id" FROM "posts" WHERE "posts"."author_id" = ANY($1)',
            id="key-column-added-to-select-list",
        ),
        pytest.param(
            "SELECT orders.id FROM orders WHERE $2 = orders.user_id AND orders.status = $1",
            2,
            "SELECT orders.id, orders.user_id FROM orders WHERE orders.user_id = ANY($2) AND orders.status = $1",
            id="param-on-the-left",
        ),
        pytest.param(
            "select * from posts where author_id = $1::text",
            1,
            "SELECT * FROM posts WHERE author_id = ANY(CAST($1 AS TEXT[]))",
            id="cast-becomes-array-cast",
        ),
        pytest.param(
            "select * from posts where author_id = $1 order by created_at desc limit 10",
            1,
            None,
            id="per-key-limit-on-a-non-unique-column",
        ),
        pytest.param("select * from posts where created_at > $1", 1, None, id="not-an-equality"),
        pytest.param(
            "select * from posts where author_id = $1 and $1 <> ''",
            1,
            None,
            id="other-use-of-the-param",
        ),
        pytest.param("select * from posts where author_id = $1", 2, None, id="param-not-used"),
    ],
)
def test_batch_rewrite(sql: str, param: int, expected: str | None, schema: Schema) -> None:
    result = batch_rewrite(sql, param, schema)
    assert result == expected
    if result is not None:
        parses(result)
        anys = [p for p in analyze(result, schema).predicates if p.op == "any"]
        assert [p.param for p in anys] == [param]
        kept = {p for p in filters(sql, schema) if p.param != param}
        assert kept <= filters(result, schema)


def test_batch_rewrite_without_schema_refuses_a_limit() -> None:
    assert batch_rewrite('select "id" from "user" where "user"."id" = $1 limit $2', 1) is None
    assert batch_rewrite('select "id" from "user" where "user"."id" = $1', 1) == (
        'SELECT "id" FROM "user" WHERE "user"."id" = ANY($1)'
    )


def test_param_numbers() -> None:
    assert param_numbers("select * from t where a = $2 and b in ($1,$3) and c = $2") == [1, 2, 3]
    assert param_numbers("not sql at all (") == []


def test_batch_rewrite_of_an_aggregate_groups_by_the_key() -> None:
    """`count(*)` per project in a loop becomes one query with a row per project."""
    sql = "SELECT count(*) FROM tasks WHERE tenant_id = $1 AND project_id = $2 AND deleted_at IS NULL"
    out = batch_rewrite(sql, 2)
    assert out is not None and "project_id = ANY($2)" in out
    assert "GROUP BY project_id" in out
    pglast.parser.parse_sql(out)


def test_first_page_of_an_unbounded_select_then_its_keyset(schema: Schema) -> None:
    """unbounded-select's fix: a query without LIMIT gets ORDER BY its primary key and a LIMIT,
    whose keyset rewrite is the cursor loop; an existing ORDER BY is kept."""
    from dbperf.sql.paging import paginated

    sql = 'select "id", "title" from "posts" where "posts"."published" = $1'
    paged = paginated(sql, "posts", ["id"], 100)
    assert paged == ('SELECT "id", "title" FROM "posts" WHERE "posts"."published" = $1 '
                     'ORDER BY "posts"."id" LIMIT 100')
    keyset = keyset_rewrite(paged, analyze(paged, schema), schema)
    assert keyset is not None and keyset.cursor_columns == ["id"] and keyset.cursor_params == [2]
    assert keeps_filters(sql, keyset.sql, schema)
    ordered = 'select "id" from "posts" order by "posts"."created_at" desc'
    assert paginated(ordered, "posts", ["id"], 50).endswith('ORDER BY "posts"."created_at" DESC LIMIT 50')
