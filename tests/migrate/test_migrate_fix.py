"""Index changes travel from findings' fixes to the migration writers."""

from __future__ import annotations

from dbperf.findings import Finding, IndexChange
from dbperf.migrate.fix import index_changes, index_fix

TRGM = IndexChange(
    "create", "posts_title_idx", "posts", ("title",),
    method="gin", opclass="gin_trgm_ops", extension="pg_trgm",
)  # fmt: skip


def test_create_fix_has_sql_drizzle_and_the_change() -> None:
    fix = index_fix(TRGM)
    assert fix.indexes == (TRGM,)
    assert fix.sql == (
        "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS posts_title_idx ON posts USING gin (title gin_trgm_ops);"
    )
    assert fix.drizzle == "index('posts_title_idx').using('gin', table.title.op('gin_trgm_ops'))"
    assert fix.description == "Create index posts_title_idx on posts (title)."


def test_drop_fix() -> None:
    fix = index_fix(IndexChange("drop", "users_role_idx", "users", ("role",)), "Drop it.")
    assert fix.sql == "DROP INDEX CONCURRENTLY IF EXISTS users_role_idx;"
    assert fix.description == "Drop it."


def test_changes_collected_once_in_order() -> None:
    drop = IndexChange("drop", "users_role_idx", "users", ("role",))
    findings = [
        Finding("leading-wildcard", "warning", "m", proof="measured", fix=index_fix(TRGM)),
        Finding("missing-index", "error", "m", proof="measured"),
        Finding("low-selectivity-index", "info", "m", proof="measured", fix=index_fix(drop)),
        Finding("missing-index", "warning", "m", proof="measured", fix=index_fix(TRGM)),
    ]
    assert index_changes(findings) == [TRGM, drop]


def test_same_index_from_two_findings_is_one_change() -> None:
    other = IndexChange("create", "posts_title_idx", "posts", ("title",), reason="another query")
    findings = [
        Finding("leading-wildcard", "warning", "m", proof="measured", fix=index_fix(TRGM)),
        Finding("leading-wildcard", "warning", "m", proof="measured", fix=index_fix(other)),
    ]
    changes = index_changes(findings)
    assert [c.name for c in changes] == [TRGM.name]
    assert "another query" in changes[0].reason  # both findings' reasons reach the migration header
