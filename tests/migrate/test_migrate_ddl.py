"""Index names and DDL: deterministic, quoted by PostgreSQL's rules, accepted by PostgreSQL."""

from __future__ import annotations

import pytest

from dbperf.findings import IndexChange
from dbperf.migrate.ddl import (
    create_index_sql,
    drop_index_sql,
    index_name,
    quote_ident,
    restore_index_sql,
)
from dbperf.postgres.database import Database


def test_index_names_follow_drizzle_kit_style() -> None:
    assert index_name("orders", ("user_id",)) == "orders_user_id_idx"
    assert index_name("orders", ("user_id", "created_at")) == "orders_user_id_created_at_idx"
    assert index_name("public.posts", ("lower(title)",)) == "posts_lower_title_idx"
    assert index_name("users", ("email",), suffix="key") == "users_email_key"


def test_long_names_are_cut_to_63_bytes_without_colliding() -> None:
    a = index_name("subscription_invoice_line_items", ("organization_id", "billing_period_start"))
    b = index_name("subscription_invoice_line_items", ("organization_id", "billing_period_end"))
    assert len(a.encode()) <= 63 and len(b.encode()) <= 63
    assert a != b and a.endswith("_idx")
    assert a == index_name(
        "subscription_invoice_line_items", ("organization_id", "billing_period_start")
    )


@pytest.mark.parametrize(
    ("name", "quoted"),
    [
        ("users", "users"),
        ("user", '"user"'),  # reserved
        ("order", '"order"'),
        ("name", "name"),  # unreserved keyword: bare, like quote_ident()
        ("createdAt", '"createdAt"'),
        ("my table", '"my table"'),
        ('we"ird', '"we""ird"'),
        ("1st", '"1st"'),
    ],
)
def test_quote_ident_matches_postgresql(scratch_db: Database, name: str, quoted: str) -> None:
    assert quote_ident(name) == quoted
    assert scratch_db.fetchval("SELECT quote_ident($1)", (name,)) == quoted


def test_create_and_drop_sql() -> None:
    change = IndexChange(
        "create", "user_lower_email_idx", "public.user", ("lower(email)", "createdAt"),
        unique=True, where="deleted_at IS NULL", include=("id",),
    )  # fmt: skip
    assert create_index_sql(change) == (
        'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS user_lower_email_idx ON public."user" '
        '(lower(email), "createdAt") INCLUDE (id) WHERE deleted_at IS NULL;'
    )
    assert create_index_sql(change, concurrently=False, if_not_exists=False).startswith(
        "CREATE UNIQUE INDEX user_lower_email_idx ON"
    )
    assert (
        drop_index_sql(change) == "DROP INDEX CONCURRENTLY IF EXISTS public.user_lower_email_idx;"
    )
    trgm = IndexChange(
        "create", "posts_title_idx", "posts", ("title",), method="gin", opclass="gin_trgm_ops"
    )
    assert create_index_sql(trgm).endswith("ON posts USING gin (title gin_trgm_ops);")
    expr = IndexChange("create", "e_idx", "events", ("(data->>'kind')",))
    assert create_index_sql(expr).endswith("ON events ((data ->> 'kind'));")


def test_restore_uses_the_original_definition() -> None:
    change = IndexChange(
        "drop", "users_email_idx", "users", ("email",),
        definition="CREATE INDEX users_email_idx ON public.users USING btree (email) WHERE (deleted_at IS NULL)",
    )  # fmt: skip
    assert restore_index_sql(change) == (
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON public.users (email) WHERE deleted_at IS NULL;"
    )
    rebuilt = IndexChange("drop", "users_email_idx", "users", ("email",))
    assert (
        restore_index_sql(rebuilt, concurrently=False)
        == "CREATE INDEX IF NOT EXISTS users_email_idx ON users (email);"
    )


def test_awkward_names_are_accepted_by_postgresql(scratch_db: Database) -> None:
    scratch_db.execute(
        'CREATE TABLE "user" (id int, "createdAt" timestamptz, "order" int, email text)'
    )
    change = IndexChange(
        "create", index_name("user", ("createdAt", "order", "lower(email)")), "user",
        ("createdAt", "order", "lower(email)"),
    )  # fmt: skip
    scratch_db.execute(create_index_sql(change))
    definition = scratch_db.fetchval(
        "SELECT indexdef FROM pg_indexes WHERE indexname = $1", (change.name,)
    )
    assert definition.endswith('USING btree ("createdAt", "order", lower(email))')
    scratch_db.execute(drop_index_sql(change))
    assert (
        scratch_db.fetchval("SELECT count(*) FROM pg_indexes WHERE indexname = $1", (change.name,))
        == 0
    )
