"""The row budget (seed/plan.py): a whole database of ~1.5 M rows at scale 1, spread along the
foreign-key graph. `make_plan` is pure, so these plans need no database; the cache's disk budget
(cache.py) is checked on the session's PostgreSQL."""

from __future__ import annotations

import pytest

from dbperf.cache import CachedSeed, SeedCache, TooLarge
from dbperf.config import Config, allows_empty
from dbperf.diagnostics import DbperfError
from dbperf.postgres.database import Database
from dbperf.postgres.embedded import EmbeddedPostgres
from dbperf.schema.model import Column, ForeignKey, Schema, Table
from dbperf.seed.plan import FILTERED_FLOOR, LOG_SHARE, TableUse, is_log, make_plan, table_use
from dbperf.sql.shape import analyze

BUDGET = Config().budget
CHAIN = [f"step_{i:02d}" for i in range(1, 21)]  # step_01 -> organizations, step_NN -> step_NN-1
LOOKUPS = ["countries", "order_statuses", "roles", "currencies", "tags", "priorities"]
LOGS = ["activity_log", "post_history", "audit_events"]


def _table(name: str, columns: list[str], fks: dict[str, str] = {}, pk: tuple[str, ...] = ("id",),
           types: dict[str, str] = {}) -> Table:
    cols = [Column(c, types.get(c, "bigint" if c == "id" or c.endswith("_id") else "text"), not_null=c in pk)
            for c in columns]
    return Table(name=name, columns=cols, primary_key=pk,
                 foreign_keys=[ForeignKey(f"{name}_{col}_fkey", name, (col,), ref, ("id",))
                               for col, ref in fks.items()])


def app_schema() -> Schema:
    """35 tables: 6 lookups (one only enum-like: `priorities`), two hubs, a 20-table chain, three
    logs, posts with comments, a join table and a 1:1 profile."""
    tables = [
        _table("countries", ["id", "code", "name"]),
        _table("order_statuses", ["id", "name"]),
        _table("roles", ["id", "name"]),
        _table("currencies", ["id", "code"]),
        _table("tags", ["id", "name"]),
        _table("priorities", ["id", "name", "position"], types={"position": "integer"}),
        _table("organizations", ["id", "name", "created_at"], types={"created_at": "timestamp with time zone"}),
        _table("users", ["id", "email", "country_id", "role_id", "organization_id"],
               {"country_id": "countries", "role_id": "roles", "organization_id": "organizations"}),
        _table("profiles", ["user_id", "bio"], {"user_id": "users"}, pk=("user_id",)),
        _table("posts", ["id", "user_id", "priority_id", "title"], {"user_id": "users", "priority_id": "priorities"}),
        _table("comments", ["id", "post_id", "user_id", "body"], {"post_id": "posts", "user_id": "users"}),
        _table("post_tags", ["post_id", "tag_id"], {"post_id": "posts", "tag_id": "tags"}, pk=("post_id", "tag_id")),
        _table("activity_log", ["id", "user_id", "what"], {"user_id": "users"}),
        _table("post_history", ["id", "post_id", "diff"], {"post_id": "posts"}),
        _table("audit_events", ["id", "organization_id", "what"], {"organization_id": "organizations"}),
    ]
    parent = "organizations"
    for name in CHAIN:
        tables.append(_table(name, ["id", f"{parent}_id", "note"], {f"{parent}_id": parent}))
        parent = name
    return Schema(tables={t.name: t for t in tables})


FILTERED = ["users", "posts", "comments", "organizations", "step_20", "activity_log"]
USE = {**{k: TableUse(queries=3, filtered=True) for k in FILTERED}, "step_10": TableUse(queries=1)}


def test_the_whole_database_keeps_to_the_budget_whatever_the_chain_length() -> None:
    schema = app_schema()
    assert len(schema.tables) == 35
    rows = make_plan(schema, Config(), USE).rows
    assert 0.95 * BUDGET <= sum(rows.values()) <= 1.05 * BUDGET, sum(rows.values())
    # nothing multiplies down the chain: its last table is no bigger than its first one's share allows
    assert max(rows[t] for t in CHAIN) <= rows["users"]
    assert rows["step_20"] >= FILTERED_FLOOR  # filtered: a scan on it costs something
    assert all(rows[t] >= 1_000 for t in CHAIN)


def test_scale_multiplies_the_budget() -> None:
    schema = app_schema()
    full = sum(make_plan(schema, Config(), USE).rows.values())
    tenth = sum(make_plan(schema, Config(scale=0.1), USE).rows.values())
    assert abs(tenth - full / 10) <= 0.02 * full / 10, (full, tenth)


def test_lookups_stay_small_even_when_filtered() -> None:
    use = {**USE, "countries": TableUse(queries=5, filtered=True)}
    plan = make_plan(app_schema(), Config(), use)
    assert {k: plan.rows[k] for k in LOOKUPS} == {"countries": 20, "order_statuses": 20, "roles": 20,
                                                  "currencies": 20, "tags": 100, "priorities": 20}
    assert all(plan.sources[k] == "lookup" for k in LOOKUPS)


def test_an_enum_like_table_the_workload_filters_on_is_not_a_lookup() -> None:
    use = {**USE, "priorities": TableUse(queries=2, filtered=True)}
    assert make_plan(app_schema(), Config(), use).rows["priorities"] >= FILTERED_FLOOR


def test_logs_do_not_swallow_the_budget() -> None:
    # Even when the logs are what the workload touches most, they share at most LOG_SHARE of the rows.
    use = {**USE, **{k: TableUse(queries=40, filtered=False) for k in LOGS}}
    rows = make_plan(app_schema(), Config(), use).rows
    assert sum(rows[k] for k in LOGS) <= LOG_SHARE * BUDGET
    assert rows["activity_log"] < rows["users"]
    # a log the workload filters on still gets its floor
    assert make_plan(app_schema(), Config(), USE).rows["activity_log"] >= FILTERED_FLOOR


def test_core_tables_get_the_rows_and_children_outnumber_parents() -> None:
    rows = make_plan(app_schema(), Config(), USE).rows
    # same depth, but referenced by 4 tables and read by 3 query shapes vs once and never
    assert rows["users"] >= 5 * rows["step_01"]
    assert rows["posts"] >= 5 * rows["step_05"]
    assert rows["posts"] > rows["users"] > rows["organizations"]  # child > parent > grandparent


def test_the_schema_caps_one_to_one_and_join_tables() -> None:
    rows = make_plan(app_schema(), Config(), USE).rows
    assert rows["profiles"] <= rows["users"]
    assert rows["post_tags"] <= rows["posts"] * rows["tags"]


def test_a_filtered_one_to_one_table_reaches_its_floor_through_its_parent() -> None:
    # users.organization_id is UNIQUE: at most one user per organization, so organizations must
    # have as many rows as the filtered users need (hexpm's schema has this shape).
    schema = app_schema()
    users = schema.tables["users"]
    users.uniques.append(("organization_id",))
    rows = make_plan(schema, Config(), USE).rows
    assert rows["users"] >= FILTERED_FLOOR and rows["organizations"] >= rows["users"]


def test_explicit_rows_and_stats_win_and_the_others_share_what_is_left() -> None:
    plan = make_plan(app_schema(), Config(rows={"posts": 700_000, "tags": 5000}), USE)
    assert plan.rows["posts"] == 700_000 and plan.rows["tags"] == 5000
    assert plan.sources["posts"] == "config"
    assert 0.95 * BUDGET <= sum(plan.rows.values()) <= 1.05 * BUDGET


def test_tables_left_out_keep_a_quarter_of_the_budget_beside_big_named_ones() -> None:
    plan = make_plan(app_schema(), Config(rows={"posts": 5_000_000}), USE)
    assert plan.rows["posts"] == 5_000_000
    left_out = sum(n for k, n in plan.rows.items() if plan.sources[k] == "budget")
    assert abs(left_out - BUDGET / 4) < 0.01 * BUDGET
    assert plan.rows["users"] >= FILTERED_FLOOR


def test_floors_shrink_together_when_the_budget_is_small() -> None:
    rows = make_plan(app_schema(), Config(budget=100_000), USE).rows
    assert sum(rows.values()) <= 105_000
    assert min(rows[k] for k in FILTERED) >= max(rows[t] for t in CHAIN if t != "step_20")


def test_the_plan_is_deterministic() -> None:
    assert make_plan(app_schema(), Config(), USE).rows == make_plan(app_schema(), Config(), USE).rows


def test_twelve_tables_without_settings_are_no_longer_millions_of_rows() -> None:
    # The shape that got 8.7 M rows with 5 children per parent row: a chain of 12 tables.
    tables = [_table("accounts", ["id", "name", "created_at"], types={"created_at": "timestamp"})]
    parent = "accounts"
    for i in range(11):
        name = f"level_{i}"
        tables.append(_table(name, ["id", "parent_id", "x"], {"parent_id": parent}))
        parent = name
    rows = make_plan(Schema(tables={t.name: t for t in tables}), Config(), {}).rows
    assert sum(rows.values()) <= 1.05 * BUDGET
    # a child weighs 4x its parent and a grandchild 16x, but deeper tables no more: spread, not multiplied
    assert rows["level_1"] == rows["level_5"] == rows["level_9"]
    assert rows["level_0"] < rows["level_1"] and rows["accounts"] < rows["level_0"]


def test_log_names() -> None:
    def log(name: str) -> bool:
        return is_log(_table(name, ["id"]))

    assert all(map(log, ["credit_logs", "note_change_log", "post_history", "audit_events", "AuditLog",
                         "page_versions", "issue_changes", "user_activities", "audits", "events"]))
    assert not any(map(log, ["blog", "catalog", "exchanges", "event_types", "history_books", "posts"]))


def test_table_use_reads_the_captured_queries() -> None:
    schema = app_schema()
    shapes = [analyze(sql, schema) for sql in (
        "SELECT * FROM posts WHERE user_id = $1",
        "SELECT p.title FROM posts p JOIN users u ON u.id = p.user_id ORDER BY u.email LIMIT 10",
        "INSERT INTO activity_log (user_id, what) VALUES ($1, $2)",
    )]
    use = table_use(shapes)
    assert use["posts"] == TableUse(queries=2, filtered=True)
    assert use["users"] == TableUse(queries=1, filtered=True)  # sorted on
    assert use["activity_log"] == TableUse(queries=1, filtered=False)


def test_rows_zero_asks_for_an_empty_table() -> None:
    plan = make_plan(app_schema(), Config(rows={"post_history": 0}), USE)
    assert plan.rows["post_history"] == 0 and plan.sources["post_history"] == "config"


def test_the_cache_keeps_to_its_disk_budget(tmp_path, pg_server) -> None:
    """A seeded database larger than the whole cache budget is not stored; entries beyond the budget
    are evicted, the newest one included when it alone is over. On a server of its own: the
    session's server holds the templates of the examples the other tests share (tests/seeded.py),
    which an eviction here would drop."""
    with EmbeddedPostgres() as own:
        source = Database.scratch(own.uri, name="budget_source")
        source.execute("CREATE TABLE t AS SELECT g AS id, repeat('x', 200) AS pad FROM generate_series(1, 20000) g")
        size = source.fetchval("SELECT pg_database_size(current_database())")
        source.close()
        small = SeedCache(own.uri, max_bytes=size // 2)
        with pytest.raises(TooLarge, match="more than the cache's budget"):
            small.store("k-too-large", "budget_source", CachedSeed(rows={"t": 20000}))
        assert small.restore("k-too-large", "budget_copy") is None  # nothing was stored
        roomy = SeedCache(own.uri, max_bytes=size * 3)
        assert roomy.store("k-fits", "budget_source", CachedSeed(rows={"t": 20000}))
        assert [e["key"] for e in roomy.entries()] == ["k-fits"]
        small.evict()  # a smaller budget now: the entry goes
        assert small.entries() == []


def test_budget_and_allow_empty_are_read_from_dbperf_toml(tmp_path) -> None:
    (tmp_path / "dbperf.toml").write_text('[seed]\nbudget = 300000\nallow_empty = ["legacy", "auth.audit"]\n')
    config = Config.load(tmp_path)
    assert config.budget == 300_000
    assert allows_empty(config, "legacy") and allows_empty(config, "audit", "auth.audit")
    assert not allows_empty(config, "orders", "public.orders")
    (tmp_path / "dbperf.toml").write_text("[seed]\nallow_empty = true\n")
    assert allows_empty(Config.load(tmp_path), "orders")
    (tmp_path / "dbperf.toml").write_text('[seed]\nallow_empty = "orders"\n')
    with pytest.raises(DbperfError, match="allow_empty must be true, false or a list of table names"):
        Config.load(tmp_path)
