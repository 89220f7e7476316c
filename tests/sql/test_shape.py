"""`dbperf.sql.shape.analyze` on the SQL that Drizzle, Prisma, SQLAlchemy and people really write.

Each case is a statement plus the fields of its `QueryShape` that matter; fields
not listed are not checked. `P("table.column", op, value, ...)` builds the
expected predicates, compared as a multiset.
"""

from __future__ import annotations

from typing import Any

import pytest
from dbperf.schema.model import Schema
from dbperf.sql.shape import ColumnRef, Predicate, QueryShape, analyze


def C(ref: str) -> ColumnRef:
    table, column = ref.rsplit(".", 1)
    return ColumnRef(table, column)


def P(ref: str, op: str, value: str, **fields: Any) -> Predicate:
    return Predicate(C(ref), op, value, **fields)


def J(left: str, right: str) -> frozenset[ColumnRef]:
    return frozenset((C(left), C(right)))


# --- Drizzle ORM (pg-core dialect and relational query builder) -----------------------------

DRIZZLE = [
    pytest.param(
        'select "id", "name", "email", "role", "created_at", "updated_at" from "user" '
        'where "user"."id" = $1 limit $2',
        {
            "kind": "select",
            "tables": ["user"],
            "target": "user",
            "all_columns_of": ["user"],
            "predicates": [P("user.id", "=", "param", param=1)],
            "param_columns": {1: C("user.id")},
            "limit": None,
            "limit_param": 2,
            "offset_param": None,
            "has_where": True,
            "aggregates": False,
            "unknown_tables": [],
        },
        id="drizzle-select-every-column",
    ),
    pytest.param(
        'select "id", "title" from "posts" where ("posts"."published" = $1 and "posts"."locale" = $2 '
        'and ("posts"."title" ilike $3 or "posts"."content" ilike $4)) '
        'order by "posts"."created_at" desc limit $5 offset $6',
        {
            "selected": {"posts": {"id", "title"}},
            "all_columns_of": [],
            "predicates": [
                P("posts.published", "=", "param", param=1),
                P("posts.locale", "=", "param", param=2),
                P("posts.title", "ilike", "param", param=3, pattern_param=3),
                P("posts.content", "ilike", "param", param=4, pattern_param=4),
            ],
            "order_by": [(C("posts.created_at"), True)],
            "limit_param": 5,
            "offset_param": 6,
            "param_columns": {
                1: C("posts.published"),
                2: C("posts.locale"),
                3: C("posts.title"),
                4: C("posts.content"),
            },
        },
        id="drizzle-filter-search-offset-pagination",
    ),
    pytest.param(
        'select "posts"."id", "posts"."title", "user"."id", "user"."name", count("post_tags"."tag_id") '
        'from "posts" left join "user" on "posts"."author_id" = "user"."id" '
        'left join "post_tags" on "posts"."id" = "post_tags"."post_id" group by "posts"."id", "user"."id"',
        {
            "tables": ["posts", "user", "post_tags"],
            "target": "posts",
            "joins": {J("posts.author_id", "user.id"), J("posts.id", "post_tags.post_id")},
            "predicates": [
                P("posts.author_id", "=", "column", clause="join"),
                P("user.id", "=", "column", clause="join"),
                P("posts.id", "=", "column", clause="join"),
                P("post_tags.post_id", "=", "column", clause="join"),
            ],
            "group_by": [C("posts.id"), C("user.id")],
            "aggregates": True,
            "has_where": False,
            "selected": {"posts": {"id", "title"}, "user": {"id", "name"}},
        },
        id="drizzle-left-join-count-group-by",
    ),
    pytest.param(
        'select "user"."id", "user"."name", "user_posts"."data" as "posts" from "user" "user" '
        'left join lateral (select coalesce(json_agg(json_build_array("user_posts"."id", '
        '"user_posts"."title", "user_posts_comments"."data")), \'[]\'::json) as "data" '
        'from "posts" "user_posts" left join lateral (select coalesce(json_agg(json_build_array('
        '"user_posts_comments"."id", "user_posts_comments"."body")), \'[]\'::json) as "data" '
        'from "comments" "user_posts_comments" where "user_posts_comments"."post_id" = "user_posts"."id") '
        '"user_posts_comments" on true where "user_posts"."author_id" = "user"."id") "user_posts" on true '
        'where "user"."id" = $1',
        {
            "tables": ["user", "posts", "comments"],
            "target": "user",
            "joins": {J("comments.post_id", "posts.id"), J("posts.author_id", "user.id")},
            "predicates": [
                P("comments.post_id", "=", "column"),
                P("posts.id", "=", "column"),
                P("posts.author_id", "=", "column"),
                P("user.id", "=", "column"),
                P("user.id", "=", "param", param=1),
            ],
            # columns inside json_build_array reach the client too
            "selected": {
                "user": {"id", "name"},
                "posts": {"id", "title"},
                "comments": {"id", "body"},
            },
            "aggregates": False,
            "limit_param": None,
            "param_columns": {1: C("user.id")},
        },
        id="drizzle-rqb-with-many-nested-lateral-json-agg",
    ),
    pytest.param(
        'select "posts"."id", "posts"."title", "posts_author"."data" as "author" from "posts" "posts" '
        'left join lateral (select json_build_array("posts_author"."id", "posts_author"."name") as "data" '
        'from (select * from "user" "posts_author" where "posts_author"."id" = "posts"."author_id" '
        'limit $1) "posts_author") "posts_author" on true where "posts"."title" like $2',
        {
            "tables": ["posts", "user"],
            "target": "posts",
            "joins": {J("user.id", "posts.author_id")},
            "predicates": [
                P("user.id", "=", "column"),
                P("posts.author_id", "=", "column"),
                P("posts.title", "like", "param", param=2, pattern_param=2),
            ],
            "selected": {"posts": {"id", "title"}, "user": {"id", "name"}},
            "limit_param": None,  # the inner `limit $1` is the relation's, not the page's
            "param_columns": {2: C("posts.title")},
        },
        id="drizzle-rqb-with-one-derived-select-star",
    ),
    pytest.param(
        'select "d0"."id" as "id", "d0"."email" as "email", "posts"."r" as "posts" from "user" as "d0" '
        'left join lateral (select coalesce(json_agg(row_to_json("t".*)), \'[]\') as "r" from '
        '(select "d1"."id" as "id", "d1"."slug" as "slug" from "posts" as "d1" '
        'where "d0"."id" = "d1"."author_id") as "t") as "posts" on true',
        {
            "tables": ["user", "posts"],
            "joins": {J("user.id", "posts.author_id")},
            "selected": {"user": {"id", "email"}, "posts": {"id", "slug"}},
            "has_where": False,
        },
        id="drizzle-rqb-v2-row-to-json",
    ),
    pytest.param(
        'select "id" from "tags" where "tags"."id" in ($1, $2, $3)',
        {
            "predicates": [P("tags.id", "in", "param", param=1)],
            "param_columns": {1: C("tags.id"), 2: C("tags.id"), 3: C("tags.id")},
        },
        id="drizzle-in-array",
    ),
    pytest.param(
        'insert into "posts" ("id", "title", "author_id", "locale", "published", "created_at") '
        'values ($1, $2, $3, $4, $5, default), ($6, $7, $8, $9, $10, default) returning "id", "title"',
        {
            "kind": "insert",
            "target": "posts",
            "tables": ["posts"],
            "has_where": False,
            "predicates": [],
            "param_columns": {
                1: C("posts.id"),
                2: C("posts.title"),
                3: C("posts.author_id"),
                4: C("posts.locale"),
                5: C("posts.published"),
                6: C("posts.id"),
                7: C("posts.title"),
                8: C("posts.author_id"),
                9: C("posts.locale"),
                10: C("posts.published"),
            },
        },
        id="drizzle-insert-many-returning",
    ),
    pytest.param(
        'insert into "user" ("id", "email", "name") values ($1, $2, $3) '
        'on conflict ("email") do update set "name" = $4',
        {
            "kind": "insert",
            "target": "user",
            "param_columns": {
                1: C("user.id"),
                2: C("user.email"),
                3: C("user.name"),
                4: C("user.name"),
            },
        },
        id="drizzle-upsert",
    ),
    pytest.param(
        'update "user" set "name" = $1, "updated_at" = $2 where "user"."id" = $3',
        {
            "kind": "update",
            "target": "user",
            "has_where": True,
            "predicates": [P("user.id", "=", "param", param=3)],
            "param_columns": {1: C("user.name"), 2: C("user.updated_at"), 3: C("user.id")},
        },
        id="drizzle-update",
    ),
    pytest.param(
        'delete from "session"',
        {
            "kind": "delete",
            "target": "session",
            "tables": ["session"],
            "has_where": False,
            "predicates": [],
        },
        id="drizzle-delete-without-where",
    ),
    pytest.param(
        'delete from "session" where "session"."expires_at" < $1',
        {
            "kind": "delete",
            "has_where": True,
            "predicates": [P("session.expires_at", "<", "param", param=1)],
        },
        id="drizzle-delete-expired",
    ),
]

DRIZZLE.append(
    pytest.param(
        # findFirst({ where: eq(posts.slug, slug), with: { author: { columns: … }, postTags: { with: { tag: true } } } })
        'select "posts"."id", "posts"."title", "posts_author"."data" as "author", '
        '"posts_postTags"."data" as "postTags" from "posts" "posts" left join lateral '
        '(select json_build_array("posts_author"."id", "posts_author"."name") as "data" from '
        '(select * from "user" "posts_author" where "posts_author"."id" = "posts"."author_id" limit $1) '
        '"posts_author") "posts_author" on true left join lateral (select coalesce(json_agg(json_build_array('
        '"posts_postTags"."post_id", "posts_postTags"."tag_id", "posts_postTags_tag"."data")), \'[]\'::json) '
        'as "data" from "post_tags" "posts_postTags" left join lateral (select json_build_array('
        '"posts_postTags_tag"."id", "posts_postTags_tag"."name", "posts_postTags_tag"."slug") as "data" '
        'from (select * from "tags" "posts_postTags_tag" where "posts_postTags_tag"."id" = '
        '"posts_postTags"."tag_id" limit $2) "posts_postTags_tag") "posts_postTags_tag" on true '
        'where "posts_postTags"."post_id" = "posts"."id") "posts_postTags" on true '
        'where "posts"."slug" = $3 limit $4',
        {
            "tables": ["posts", "user", "post_tags", "tags"],
            "target": "posts",
            "joins": {
                J("user.id", "posts.author_id"),
                J("tags.id", "post_tags.tag_id"),
                J("post_tags.post_id", "posts.id"),
            },
            "selected": {
                "posts": {"id", "title"},
                "user": {"id", "name"},
                "post_tags": {"post_id", "tag_id"},
                "tags": {"id", "name", "slug"},
            },
            "all_columns_of": ["post_tags", "tags"],
            "limit_param": 4,
            "param_columns": {3: C("posts.slug")},
        },
        id="drizzle-rqb-one-and-many-with-nested-one",
    )
)

# --- Prisma ------------------------------------------------------------------------------------

PRISMA = [
    pytest.param(
        'SELECT "public"."User"."email" FROM "public"."User" WHERE ("public"."User"."id" = $1 AND 1=1) '
        "LIMIT $2 OFFSET $3",
        {
            "tables": ["User"],
            "target": "User",
            "selected": {"User": {"email"}},
            "predicates": [P("User.id", "=", "param", param=1)],
            "limit_param": 2,
            "offset_param": 3,
            "has_where": True,
            "param_columns": {1: C("User.id")},
        },
        id="prisma-find-unique-mixed-case-table",
    ),
    pytest.param(
        'SELECT "public"."Post"."id", "public"."Post"."title" FROM "public"."Post" '
        'WHERE "public"."Post"."authorId" IN ($1,$2,$3) OFFSET $4',
        {
            "tables": ["Post"],
            "predicates": [P("Post.authorId", "in", "param", param=1)],
            "param_columns": {1: C("Post.authorId"), 2: C("Post.authorId"), 3: C("Post.authorId")},
            "offset_param": 4,
        },
        id="prisma-relation-load-in-list-without-spaces",
    ),
    pytest.param(
        'SELECT "public"."Post"."id", "public"."Post"."title", "public"."Post"."authorId", '
        '"public"."Post"."published", "public"."Post"."createdAt" FROM "public"."Post" '
        'WHERE "public"."Post"."published" = $1 ORDER BY "public"."Post"."createdAt" DESC LIMIT $2 OFFSET $3',
        {"all_columns_of": ["Post"], "order_by": [(C("Post.createdAt"), True)], "offset_param": 3},
        id="prisma-find-many-every-column",
    ),
    pytest.param(
        'SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."User"."id" FROM "public"."User" '
        'WHERE 1=1 OFFSET $1) AS "sub"',
        {
            "target": "User",
            "tables": ["User"],
            "aggregates": True,
            "has_where": False,
            "selected": {},
        },
        id="prisma-count",
    ),
    pytest.param(
        'DELETE FROM "public"."Post" WHERE 1=1',
        {"kind": "delete", "target": "Post", "has_where": False},
        id="prisma-delete-many-everything",
    ),
]

# --- SQLAlchemy ----------------------------------------------------------------------------------

SQLALCHEMY = [
    pytest.param(
        "SELECT orders.id, orders.amount FROM orders WHERE orders.user_id = %(user_id_1)s "
        "AND orders.status IN (%(status_1_1)s, %(status_1_2)s)",
        {
            "tables": ["orders"],
            "selected": {"orders": {"id", "amount"}},
            "predicates": [
                P("orders.user_id", "=", "param", param=1),
                P("orders.status", "in", "param", param=2),
            ],
            "param_columns": {1: C("orders.user_id"), 2: C("orders.status"), 3: C("orders.status")},
        },
        id="sqlalchemy-pyformat-placeholders",
    ),
    pytest.param(
        'SELECT orders.id, orders.amount, orders.status FROM orders JOIN "user" ON "user".id = orders.user_id '
        'WHERE lower("user".email) = $1 ORDER BY orders.created_at DESC LIMIT $2',
        {
            "tables": ["orders", "user"],
            "joins": {J("user.id", "orders.user_id")},
            "predicates": [
                P("user.id", "=", "column", clause="join"),
                P("orders.user_id", "=", "column", clause="join"),
                P("user.email", "=", "param", param=1, function="lower"),
            ],
            "order_by": [(C("orders.created_at"), True)],
            "limit_param": 2,
            "param_columns": {1: C("user.email")},
        },
        id="sqlalchemy-join-lower",
    ),
    pytest.param(
        'SELECT user_1.id, user_1.name FROM "user" AS user_1 WHERE user_1.role = $1',
        {
            "tables": ["user"],
            "selected": {"user": {"id", "name"}},
            "predicates": [P("user.role", "=", "param", param=1)],
        },
        id="sqlalchemy-aliased-entity",
    ),
]

# --- hand-written SQL ----------------------------------------------------------------------------

HAND = [
    pytest.param(
        "select * from User where email = 'a@b.c'",
        {
            "tables": ["user"],
            "all_columns_of": ["user"],
            "predicates": [P("user.email", "=", "literal", literal="a@b.c")],
        },
        id="unquoted-User-folds-to-user",
    ),
    pytest.param(
        'select * from "User" where "email" = \'a@b.c\'',
        {
            "tables": ["User"],
            "all_columns_of": ["User"],
            "predicates": [P("User.email", "=", "literal", literal="a@b.c")],
        },
        id="quoted-User-keeps-case",
    ),
    pytest.param(
        'select "createdAt" from "Post" where createdAt > now()',
        {"tables": ["Post"], "selected": {"Post": {"createdAt"}}, "predicates": []},
        id="unquoted-camelCase-column-does-not-match",
    ),
    pytest.param(
        'select m.* from missing m join "user" u on u.id = m.user_id join audit.nothing n on true',
        {
            "tables": ["user"],
            "unknown_tables": ["missing", "audit.nothing"],
            "joins": set(),
            "target": None,
        },
        id="unknown-tables",
    ),
    pytest.param(
        "select * from audit.events where kind = $1",
        {"tables": ["audit.events"], "predicates": [P("audit.events.kind", "=", "param", param=1)]},
        id="schema-qualified-table",
    ),
    pytest.param(
        "select * from events where kind = $1",
        {
            "tables": ["events"],
            "predicates": [P("events.kind", "=", "param", param=1)],
        },
        id="unqualified-table-is-public",
    ),
    pytest.param(
        "with recent as (select id, author_id from posts where created_at > now() - interval '7 days') "
        'select u.name, r.id from recent r join "user" u on u.id = r.author_id',
        {
            "tables": ["posts", "user"],
            "target": "posts",
            "unknown_tables": [],
            "predicates": [
                P("posts.created_at", ">", "expr"),
                P("user.id", "=", "column", clause="join"),
                P("posts.author_id", "=", "column", clause="join"),
            ],
            "joins": {J("user.id", "posts.author_id")},
            "selected": {"user": {"name"}, "posts": {"id"}},
        },
        id="cte-resolved-through",
    ),
    pytest.param(
        'select * from "user" where id in (select author_id from posts where published = true)',
        {
            "tables": ["user", "posts"],
            "predicates": [
                P("user.id", "in", "expr"),
                P("posts.published", "=", "literal", literal=True),
            ],
        },
        id="in-subquery",
    ),
    pytest.param(
        'select id from "user" u where exists (select 1 from orders o where o.user_id = u.id and o.amount > 100)',
        {
            "tables": ["user", "orders"],
            "joins": {J("orders.user_id", "user.id")},
            "predicates": [
                P("orders.user_id", "=", "column"),
                P("user.id", "=", "column"),
                P("orders.amount", ">", "literal", literal=100),
            ],
        },
        id="correlated-exists",
    ),
    pytest.param(
        "select id from posts where author_id = $1 union all select id from comments where author_id = $1 "
        "order by 1 limit 10",
        {
            "kind": "select",
            "tables": ["posts", "comments"],
            "target": "posts",
            "limit": 10,
            "order_by": [(C("posts.id"), False)],
            "selected": {"posts": {"id"}, "comments": {"id"}},
            "param_columns": {1: C("posts.author_id")},
        },
        id="union-all",
    ),
    pytest.param(
        "update orders set status = 'paid' from \"user\" u where orders.user_id = u.id and u.email = $1",
        {
            "kind": "update",
            "target": "orders",
            "tables": ["orders", "user"],
            "has_where": True,
            "joins": {J("orders.user_id", "user.id")},
            "param_columns": {1: C("user.email")},
        },
        id="update-from",
    ),
    pytest.param(
        "delete from session s using \"user\" u where s.user_id = u.id and u.role = 'banned'",
        {
            "kind": "delete",
            "target": "session",
            "tables": ["session", "user"],
            "has_where": True,
            "joins": {J("session.user_id", "user.id")},
        },
        id="delete-using",
    ),
    pytest.param(
        "insert into logs (message, created_at) select title, now() from posts where id = $1",
        {
            "kind": "insert",
            "target": "logs",
            "tables": ["logs", "posts"],
            "param_columns": {1: C("posts.id")},
        },
        id="insert-select",
    ),
    pytest.param(
        "select * from posts where id = any($1) and slug = ANY(ARRAY['a', 'b']) and author_id = any($2::text[])",
        {
            "predicates": [
                P("posts.id", "any", "param", param=1),
                P("posts.slug", "any", "literal", literal=["a", "b"]),
                P("posts.author_id", "any", "param", param=2),
            ],
        },
        id="any",
    ),
    pytest.param(
        "select id from orders where created_at between $1 and $2 and status is not null "
        "and date(created_at) = '2024-01-01' and status not like '%x' and amount not in (1, 2) "
        "and user_id is null",
        {
            "predicates": [
                P("orders.created_at", "between", "param", param=1),
                P("orders.status", "is not null", "literal"),
                P("orders.created_at", "=", "literal", literal="2024-01-01", function="date"),
                P("orders.status", "not like", "literal", literal="%x", leading_wildcard=True),
                P("orders.amount", "not in", "literal", literal=[1, 2]),
                P("orders.user_id", "is null", "literal"),
            ],
            "param_columns": {1: C("orders.created_at"), 2: C("orders.created_at")},
        },
        id="between-null-date-not-like-not-in",
    ),
    pytest.param(
        "select id from posts where title ilike '%' || $1 || '%' and slug like $2 || '%' "
        "and content like 'abc%' and title like concat('_', $3)",
        {
            "predicates": [
                P("posts.title", "ilike", "expr", leading_wildcard=True),
                P("posts.slug", "like", "expr", pattern_param=2),
                P("posts.content", "like", "literal", literal="abc%"),
                P("posts.title", "like", "expr", leading_wildcard=True),
            ],
        },
        id="like-pattern-forms",
    ),
    pytest.param(
        "select id from posts where published and not (locale = 'en') and "
        "created_at::date = $1 and $2 < created_at",
        {
            "predicates": [
                P("posts.published", "=", "literal", literal=True),
                P("posts.locale", "<>", "literal", literal="en"),
                P("posts.created_at", "=", "param", param=1, function="cast"),
                P("posts.created_at", ">", "param", param=2),
            ],
        },
        id="bare-boolean-not-cast-flipped",
    ),
    pytest.param(
        "select author_id, count(*) from posts group by author_id having count(*) > 5 and author_id <> $1",
        {
            "aggregates": True,
            "group_by": [C("posts.author_id")],
            "predicates": [P("posts.author_id", "<>", "param", param=1, clause="having")],
        },
        id="group-by-having",
    ),
    pytest.param(
        "select created_at as c, status from orders order by c desc, lower(status), 2",
        {"order_by": [(C("orders.created_at"), True), (None, False), (C("orders.status"), False)]},
        id="order-by-alias-expression-position",
    ),
    pytest.param(
        "select id from posts fetch first 5 rows only",
        {"limit": 5, "has_where": False},
        id="fetch-first",
    ),
    pytest.param(
        'select p.*, u.name from posts p join "user" u on u.id = p.author_id where p.id = $1 for update',
        {
            "all_columns_of": ["posts"],
            "selected": {
                "posts": {
                    c
                    for c in [
                        "id",
                        "title",
                        "slug",
                        "content",
                        "author_id",
                        "locale",
                        "published",
                        "visibility",
                        "created_at",
                        "updated_at",
                    ]
                },
                "user": {"name"},
            },
        },
        id="table-star",
    ),
    pytest.param(
        "select count(*) filter (where status = 'paid'), sum(amount) from orders",
        {"aggregates": True, "selected": {}, "has_where": False},
        id="aggregates-return-no-columns",
    ),
    pytest.param(
        "select row_number() over (partition by user_id order by created_at), id from orders",
        {"aggregates": False, "selected": {"orders": {"id"}}},
        id="window-is-not-aggregate",
    ),
    pytest.param(
        "select '$1,$2' as s, id from tags where id in ($1,$2)",
        {"predicates": [P("tags.id", "in", "param", param=1)]},
        id="dollar-text-in-string-literal-untouched",
    ),
    pytest.param(
        "select id from documents where labels @> $1 and labels && array['a'] "
        "and to_tsvector('english', body) @@ plainto_tsquery($2) and body ~* $3 and search @@ $2",
        {
            "predicates": [
                P("documents.labels", "@>", "param", param=1),
                P("documents.labels", "&&", "expr"),
                P("documents.body", "@@", "expr", function="to_tsvector"),
                P("documents.body", "~*", "param", param=3),
                P("documents.search", "@@", "param", param=2),
            ],
            "param_columns": {
                1: C("documents.labels"),
                3: C("documents.body"),
                2: C("documents.search"),
            },
        },
        id="gin-and-regex-operators",
    ),
    pytest.param(
        "select id from posts where (author_id, locale) = ($1, $2) and (created_at, id) < ($3, $4)",
        {
            "predicates": [
                P("posts.author_id", "=", "param", param=1),
                P("posts.locale", "=", "param", param=2),
                P("posts.created_at", "<=", "param", param=3),
            ],
        },
        id="row-comparisons",
    ),
    pytest.param(
        "select id from posts where author_id = %s and locale = ? and slug = :slug and title = :slug",
        {"param_columns": {1: C("posts.author_id"), 2: C("posts.locale"), 3: C("posts.slug")}},
        id="client-placeholders-numbered-in-text-order",
    ),
    pytest.param(
        "select t.id from (values (1), (2)) v(x) join tags t on t.id = v.x::text "
        "cross join lateral generate_series(1, 3) g(n)",
        {"tables": ["tags"], "unknown_tables": [], "selected": {"tags": {"id"}}},
        id="values-and-table-functions",
    ),
    pytest.param(
        "with moved as (update orders set status = $1 where user_id = $2 returning id) "
        "select count(*) from moved",
        {
            "kind": "select",
            "tables": ["orders"],
            "target": None,
            "predicates": [P("orders.user_id", "=", "param", param=2)],
            "param_columns": {1: C("orders.status"), 2: C("orders.user_id")},
        },
        id="update-inside-with",
    ),
    pytest.param(
        'select id from orders join "user" using (id) where id = $1 order by 1',
        {
            "predicates": [
                P("orders.id", "=", "column", clause="join"),
                P("user.id", "=", "column", clause="join"),
                P("orders.id", "=", "param", param=1),
            ],
            "joins": {J("orders.id", "user.id")},
            "order_by": [(C("orders.id"), False)],
            "selected": {"orders": {"id"}},
        },
        id="join-using-column-is-the-left-tables",
    ),
    pytest.param(
        "select o.id from orders o where o.user_id = $1 "
        "and exists (select 1 from audit_log a where a.order_id = o.id and kind = $2)",
        {
            "unknown_tables": ["audit_log"],
            "predicates": [
                P("orders.user_id", "=", "param", param=1),
                P("orders.id", "=", "column"),
            ],
            "selected": {"orders": {"id"}},
        },
        id="unknown-table-in-correlated-subquery",
    ),
    pytest.param(
        'insert into orders (id, user_id) select id, $1 from "user" where email = $2 '
        "on conflict (id) do update set status = excluded.status",
        {
            "kind": "insert",
            "target": "orders",
            "tables": ["orders", "user"],
            "predicates": [P("user.email", "=", "param", param=2)],
            "param_columns": {1: C("orders.user_id"), 2: C("user.email")},
        },
        id="insert-select-on-conflict",
    ),
    pytest.param(
        'delete from session s using "user" u where s.user_id = u.id and u.email = $1 '
        "returning s.id",
        {
            "kind": "delete",
            "target": "session",
            "aliases": {"s": "session", "u": "user"},
            "joins": {J("session.user_id", "user.id")},
            "predicates": [
                P("session.user_id", "=", "column"),
                P("user.id", "=", "column"),
                P("user.email", "=", "param", param=1),
            ],
        },
        id="delete-using",
    ),
    pytest.param(
        "select o.* from orders o natural join session",
        {"joins": {J("orders.id", "session.id"), J("orders.user_id", "session.user_id")}},
        id="natural-join-on-the-shared-columns",
    ),
]


@pytest.mark.parametrize("sql, expected", DRIZZLE + PRISMA + SQLALCHEMY + HAND)
def test_shape(sql: str, expected: dict[str, Any], schema: Schema) -> None:
    shape = analyze(sql, schema)
    assert shape.error is None
    for name, want in expected.items():
        got = getattr(shape, name)
        if name == "predicates":
            assert sorted(map(repr, got)) == sorted(map(repr, want)), name
        elif name == "joins":
            assert {frozenset(j) for j in got} == want, name
        else:
            assert got == want, name


@pytest.mark.parametrize(
    "sql",
    [
        "selec * form posts",
        "",
        "select * from posts where (",
        "select 1; select 2",
        "select 'unterminated",
    ],
)
def test_bad_sql_is_reported_not_raised(sql: str, schema: Schema) -> None:
    shape = analyze(sql, schema)
    assert shape.kind == "other"
    assert shape.error


@pytest.mark.parametrize("sql", ["BEGIN", "SET search_path = public", "COMMIT"])
def test_non_dml_is_other_without_error(sql: str, schema: Schema) -> None:
    assert analyze(sql, schema) == QueryShape(kind="other")


def test_predicates_on(schema: Schema) -> None:
    shape = analyze(
        'select * from posts p join "user" u on u.id = p.author_id where u.role = $1', schema
    )
    assert [p.column.column for p in shape.predicates_on("user")] == ["id", "role"]
