"""A `MigrationPlan` (advisor.decision's one decision) states in its migration files what it left
out and why: the searches that need a rewrite, the writes not counted against its indexes."""

from __future__ import annotations

from dbperf.findings import IndexChange
from dbperf.migrate.drizzle import migration_sql
from dbperf.migrate.plan import MigrationPlan, Rewrite, UncountedWrite
from dbperf.migrate.sql_files import down_sql, up_sql

USAGE = IndexChange(action="create", name="usage_user_id_idx", table="usage", columns=("user_id",),
                    reason="speeds up 1 query")
SEARCH = Rewrite(table="posts", columns=("title", "content"), rule="leading-wildcard",
                 why="a leading-wildcard search on prose (content averages 2,048 bytes)",
                 fix="search it with full-text search", sql="ALTER TABLE posts ADD COLUMN search tsvector …",
                 queries=("abc",), origins=("queries/app.drizzle.log:97",))
UPDATE_ALL = UncountedWrite(query="def", origin="queries/app.drizzle.log:222", table="usage", statement="UPDATE",
                            rule="unbounded-write", severity="error")


def test_the_up_file_states_the_rewrites_and_the_writes_not_counted() -> None:
    plan = MigrationPlan([USAGE], rewrites=[SEARCH], uncounted_writes=[UPDATE_ALL])
    up = up_sql(plan)
    header, body = up.split("CREATE INDEX", 1)
    assert "-- - Not indexed: posts (title, content): no index proposed (queries/app.drizzle.log:97)" in header
    flat = " ".join(line.lstrip("- ") for line in header.splitlines())  # the comment, unwrapped
    assert "full-text search (leading-wildcard)" in flat
    assert "Write cost: the UPDATE of every usage row (queries/app.drizzle.log:222)" in flat
    assert all(line.startswith("--") or not line for line in header.splitlines())
    assert all(len(line) <= 100 for line in header.splitlines())
    assert "usage_user_id_idx" in body and "Not indexed" not in down_sql(plan)
    assert "Not indexed: posts" in migration_sql(plan)  # the drizzle-kit migration says it too


def test_a_write_on_a_table_the_plan_does_not_index_is_not_mentioned() -> None:
    plan = MigrationPlan([], rewrites=[], uncounted_writes=[UPDATE_ALL])
    assert plan.notes() == [] and plan == []
    assert "Decided with this migration" not in up_sql(MigrationPlan([USAGE]))


def test_a_plain_list_of_changes_is_written_as_before() -> None:
    assert up_sql([USAGE]) == up_sql(MigrationPlan([USAGE]))
    assert MigrationPlan([USAGE], rewrites=[SEARCH]).to_json()["rewrites"][0]["fix"] == SEARCH.fix
