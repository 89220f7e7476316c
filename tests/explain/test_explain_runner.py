"""Runner: EXPLAIN ANALYZE on the real embedded PostgreSQL."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import pglast
import pglast.parser
import pytest
from psycopg.pq import TransactionStatus

from dbperf.captured import CapturedStatement
from dbperf.config import Config
from dbperf.diagnostics import Origin, Problems
from dbperf.explain.inspect import inspect_statement, prepare_ddl
from dbperf.explain.params import param_text
from dbperf.explain.runner import Runner
from dbperf.postgres.database import Database
from dbperf.workload import QueryGroup

ROWS = 50_000
ORIGIN = Origin("app/queries.log", 7)


@dataclass(frozen=True)
class Ref:
    """Stand-in for dbperf.sql.shape.ColumnRef."""

    table: str
    column: str


@dataclass
class Shape:
    """Stand-in for dbperf.sql.shape.QueryShape."""

    param_columns: dict[int, Ref] = field(default_factory=dict)
    kind: str = "select"


def group(sql: str, params: tuple[Any, ...] | None = None, samples: list[tuple] | None = None, kind: str = "select") -> QueryGroup:
    example = CapturedStatement(sql=sql, origin=ORIGIN, params=params)
    try:
        fingerprint = pglast.fingerprint(sql)
    except pglast.parser.ParseError:
        fingerprint = "unparsable"
    return QueryGroup(
        fingerprint=fingerprint,
        sql=sql,
        example=example,
        kind=kind,
        calls=1,
        samples=[CapturedStatement(sql=sql, origin=ORIGIN, params=p) for p in samples or []],
    )


@pytest.fixture
def db(scratch_db: Database) -> Database:
    scratch_db.execute(
        "CREATE TABLE items (id bigint PRIMARY KEY, user_id int NOT NULL, email text NOT NULL,"
        " active boolean NOT NULL, meta jsonb, n int NOT NULL)"
    )
    scratch_db.execute(
        "INSERT INTO items SELECT g, g % 500, 'user' || g || '@example.com', g % 3 = 0,"
        " jsonb_build_object('k', g % 7), g % 1000 FROM generate_series(1, $1::int) g",
        (ROWS,),
    )
    scratch_db.execute("VACUUM ANALYZE items")
    return scratch_db


def idle(db: Database) -> bool:
    return db.conn.info.transaction_status == TransactionStatus.IDLE and db.fetchval("SELECT 1") == 1


def index_exists(db: Database, name: str) -> bool:
    return bool(db.fetchval("SELECT count(*) FROM pg_indexes WHERE indexname = $1", (name,)))


BY_EMAIL = "SELECT id, email FROM items WHERE email = $1"


def test_captured_params_seq_scan(db: Database) -> None:
    runner = Runner(db, Config(repeats=3))
    m = runner.measure(group(BY_EMAIL, ("user25000@example.com",)))
    assert m.ok, m.error
    assert m.params_source == "captured" and m.params == ("user25000@example.com",)
    (scan,) = m.plan.scans("items")
    assert scan.node_type == "Seq Scan"
    assert scan.rows_removed_by_filter * scan.loops == pytest.approx(ROWS - 1, rel=0.01)
    assert m.rows == 1
    assert m.ms > 0 and m.buffers > 0 and m.planning_ms is not None
    # TIMING OFF repeats until two agree (at least 2, at most `repeats`); ms is their lower median
    assert 2 <= len(m.runs) <= 3 and m.ms == sorted(m.runs)[(len(m.runs) - 1) // 2]
    assert scan.actual_total_ms is not None  # the plan kept is the run with per-node timing
    assert m.sql == BY_EMAIL
    assert idle(db)


def test_param_values_sent_as_text() -> None:
    assert [param_text(v) for v in (True, False, None, 5, 1.5, {"a": 1}, [1, 2], "x", b"\x01")] == [
        "true", "false", None, "5", "1.5", '{"a": 1}', "[1, 2]", "x", "\\x01",
    ]


def test_typed_params_from_json_capture(db: Database) -> None:
    """Drizzle logs JSON numbers and booleans: sent as text, no `bigint = text` errors."""
    runner = Runner(db, Config(repeats=1))
    m = runner.measure(group("SELECT * FROM items WHERE id = $1 AND active = $2 AND meta @> $3", (300, True, {"k": 6})))
    assert m.ok, m.error
    assert m.rows == 1 and m.plan.root.index_name == "items_pkey"


def test_trial_index_then_undone(db: Database) -> None:
    runner = Runner(db, Config(repeats=3))
    g = group(BY_EMAIL, ("user25000@example.com",))
    before = runner.measure(g)
    (after,) = runner.trial(["CREATE INDEX items_email_idx ON items (email)"], [g])
    assert after.ok, after.error
    assert after.params == before.params and 2 <= len(after.runs) <= 3  # measured the same way
    assert after.plan.scans("items")[0].node_type in ("Index Scan", "Bitmap Heap Scan")
    assert any(n.index_name == "items_email_idx" for n in after.plan.walk())
    assert after.buffers < before.buffers
    assert not index_exists(db, "items_email_idx")
    assert idle(db)
    again = runner.measure(g)
    assert again.plan.shape() == before.plan.shape()


def test_trial_concurrently_and_expression_index(db: Database) -> None:
    runner = Runner(db, Config(repeats=1))
    g = group("SELECT id FROM items WHERE lower(email) = $1", ("user7@example.com",))
    (m,) = runner.trial(["CREATE INDEX CONCURRENTLY IF NOT EXISTS items_lower_email ON items (lower(email))"], [g])
    assert m.ok, m.error
    assert any(n.index_name == "items_lower_email" for n in m.plan.walk())
    assert not index_exists(db, "items_lower_email")


def test_prepare_ddl() -> None:
    statements, analyze = prepare_ddl(
        ["CREATE INDEX CONCURRENTLY ix ON public.t (lower(a))", "CREATE INDEX iy ON t (b); DROP INDEX CONCURRENTLY iz"]
    )
    assert statements[0] == "CREATE INDEX ix ON public.t ((lower(a)))"
    assert statements[1:] == ["CREATE INDEX iy ON t (b)", "DROP INDEX iz"]
    assert analyze == ["public.t"]
    with pytest.raises(ValueError):
        prepare_ddl(["CREATE INDEX a ON t (b); COMMIT"])


def test_trial_with_bad_ddl_reports_and_keeps_connection(db: Database) -> None:
    runner = Runner(db, Config(repeats=1))
    (m,) = runner.trial(["CREATE INDEX nope_idx ON nope (x)"], [group(BY_EMAIL, ("a",))])
    assert m.error and "nope" in m.error
    assert idle(db)


def test_update_without_where_leaves_table_unchanged(db: Database) -> None:
    before = db.fetchval("SELECT sum(n) FROM items")
    pages = db.fetchval("SELECT pg_relation_size('items')")
    runner = Runner(db, Config(repeats=3))
    m = runner.measure(group("UPDATE items SET n = n + 1", kind="update"))
    assert m.ok, m.error
    assert m.params_source == "literal"
    assert m.plan.root.node_type == "ModifyTable" and m.plan.root.relation == "items"
    assert len(m.runs) == 1  # a write: the warm-up, the timed run, one repeat (explain/repeat.py)
    assert db.fetchval("SELECT sum(n) FROM items") == before
    assert db.fetchval("SELECT pg_relation_size('items')") == pages  # dead rows vacuumed away
    assert idle(db)


def test_every_run_of_a_whole_table_update_sees_the_table_as_seeded(db: Database) -> None:
    """A rolled-back UPDATE leaves its row versions behind until VACUUM: repeated in one transaction,
    each run would scan the dead versions of the runs before it (the median run read the table
    three times over, and took ~1.7x the time of the statement on the seeded table)."""
    pages = db.fetchval("SELECT pg_relation_size('items') / 8192")
    m = Runner(db, Config(repeats=3)).measure(group("UPDATE items SET meta = '{}'::jsonb", kind="update"))
    assert m.ok, m.error
    assert len(m.runs) == 1  # a write: the kept plan is the 2nd or 3rd run, after the warm-up
    (scan,) = [node for node in m.plan.walk() if node.node_type == "Seq Scan"]
    assert scan.buffers <= pages + 2, (scan.buffers, pages)
    assert db.fetchval("SELECT pg_relation_size('items') / 8192") == pages
    assert idle(db)


def test_insert_repeated_in_savepoints(db: Database) -> None:
    runner = Runner(db, Config(repeats=3))
    sql = "INSERT INTO items (id, user_id, email, active, n) VALUES ($1, $2, $3, $4, $5)"
    m = runner.measure(group(sql, (ROWS + 1, 1, "new@example.com", False, 1), kind="insert"))
    assert m.ok, m.error  # no duplicate key: each run is rolled back before the next
    assert db.fetchval("SELECT count(*) FROM items") == ROWS


def test_writes_detected_with_pglast() -> None:
    assert not inspect_statement("SELECT * FROM t WHERE a = 1").writes
    assert inspect_statement("SELECT * FROM t WHERE a = $1 FOR UPDATE").writes
    assert inspect_statement("WITH d AS (DELETE FROM t RETURNING id) SELECT * FROM d").writes
    assert inspect_statement("SELECT * INTO t2 FROM t").writes
    info = inspect_statement("SELECT * FROM t WHERE a = $1 ORDER BY b LIMIT $2 OFFSET $3")
    assert (info.params, info.page_params, info.literals) == (3, {2: "20", 3: "0"}, False)
    assert inspect_statement("SELECT 1; SELECT 2").error
    assert inspect_statement("BEGIN").error


def test_unknown_table_is_an_error_not_an_exception(db: Database) -> None:
    problems = Problems()
    runner = Runner(db, Config(repeats=1), problems=problems)
    m = runner.measure(group("SELECT * FROM nope WHERE id = $1", ("1",)))
    assert not m.ok and m.plan is None
    assert 'relation "nope" does not exist' in m.error
    (problem,) = problems
    assert problem.stage == "explain" and problem.origin == ORIGIN and problem.hint
    assert idle(db)


@pytest.mark.parametrize(
    ("sql", "params", "message"),
    [
        ("SELECT 1; SELECT 2", None, "one statement"),
        ("SELEC 1", None, "parse"),
    ],
)
def test_bad_statements(db: Database, sql: str, params: tuple | None, message: str) -> None:
    m = Runner(db, Config(repeats=1)).measure(group(sql, params))
    assert m.error and message in m.error
    assert idle(db)


@pytest.mark.parametrize(
    ("sql", "params", "message"),
    [
        ("SELECT * FROM items WHERE id = $1 AND n = $2", ("1",), "parameters"),
        ("SELECT * FROM items WHERE id = $1", ("abc",), "invalid input syntax"),
    ],
)
def test_captured_params_that_do_not_fit_fall_back(db: Database, sql: str, params: tuple, message: str) -> None:
    """Captured values that fail on the seeded data are reported, and the query is still planned."""
    problems = Problems()
    m = Runner(db, Config(repeats=1), problems=problems).measure(group(sql, params))
    assert m.error is None and m.plan is not None
    assert m.params_source in ("sampled", "generic")
    assert any(message in p.message and p.origin == ORIGIN for p in problems)
    assert idle(db)


def test_generic_plan_fallback(db: Database) -> None:
    m = Runner(db, Config()).measure(group("SELECT * FROM items WHERE user_id = $1"))
    assert m.ok, m.error
    assert m.params_source == "generic" and m.params is None
    assert not m.plan.analyzed and m.ms is None and m.runs == []
    assert m.plan.scans("items")[0].filter == "(user_id = $1)"


def test_sampled_params_from_shape(db: Database) -> None:
    sql = "SELECT * FROM items WHERE user_id = $1 ORDER BY id LIMIT $2 OFFSET $3"
    g = group(sql)
    shapes = {g.fingerprint: Shape({1: Ref("items", "user_id")})}
    m = Runner(db, Config(repeats=1), shapes=shapes).measure(g)
    assert m.ok, m.error
    assert m.params_source == "sampled"
    assert m.params == ("250", "20", "0")  # the median of the distinct user_ids
    assert m.rows == 20
    again = Runner(db, Config(repeats=1), shapes=shapes).measure(g)
    assert again.params == m.params and again.plan.shape() == m.plan.shape()


def test_sampled_values_that_do_not_fit_fall_back_to_generic(db: Database) -> None:
    g = group("SELECT * FROM items WHERE id = ANY($1)")
    m = Runner(db, Config(repeats=1), shapes={g.fingerprint: Shape({1: Ref("items", "id")})}).measure(g)
    assert m.ok, m.error
    assert m.params_source == "generic"


def test_literal_and_no_params(db: Database) -> None:
    runner = Runner(db, Config(repeats=1))
    assert runner.measure(group("SELECT * FROM items WHERE id = 5")).params_source == "literal"
    m = runner.measure(group("SELECT count(*) FROM items"))
    assert m.params_source == "none" and m.ok


def test_statement_timeout(db: Database) -> None:
    problems = Problems()
    runner = Runner(db, Config(repeats=3, statement_timeout_ms=200), problems=problems)
    start = time.monotonic()
    m = runner.measure(group("SELECT pg_sleep(2)"))
    assert time.monotonic() - start < 1.5  # no further runs after the warm-up timed out
    assert m.error == "timed out after 200 ms"
    assert m.plan is not None and not m.plan.analyzed  # the plain plan, for rules
    assert "statement_timeout_ms" in next(iter(problems)).hint
    assert idle(db)
    assert db.fetchval("SHOW statement_timeout") != "200ms"  # SET LOCAL did not leak


def test_measure_raw_deep_offset(db: Database) -> None:
    runner = Runner(db, Config(repeats=1))
    m = runner.measure_raw("SELECT * FROM items ORDER BY id LIMIT $1 OFFSET $2", (20, 40_000))
    assert m.ok, m.error
    assert m.fingerprint == "" and m.rows == 20
    limit = m.plan.root
    assert limit.children[0].actual_rows == 40_020


def test_trial_measures_raw_statements_too(db: Database) -> None:
    """Extension used by rules: ad-hoc (sql, params) measured in the same trial, after the groups."""
    runner = Runner(db, Config(repeats=1))
    keyset = "SELECT * FROM items WHERE n > $1 ORDER BY n, id LIMIT 20"
    g = group(BY_EMAIL, ("user1@example.com",))
    by_group, by_raw = runner.trial(["CREATE INDEX items_n_id ON items (n, id)"], [g], raw=[(keyset, (990,))])
    assert by_group.fingerprint == g.fingerprint and by_raw.fingerprint == ""
    assert by_raw.ok and by_raw.params == ("990",) and by_raw.rows == 20
    assert any(n.index_name == "items_n_id" for n in by_raw.plan.walk())
    assert not index_exists(db, "items_n_id")


def test_fetch_reads_rows(db: Database) -> None:
    runner = Runner(db, Config(repeats=1))
    assert runner.fetch("SELECT n, id FROM items WHERE id = $1", (42,)) == [(42, 42)]
    assert runner.fetch("SELECT * FROM nope") == []
    assert runner.fetch("DELETE FROM items") == []
    assert idle(db) and db.fetchval("SELECT count(*) FROM items") == ROWS


def test_measure_all_with_progress(db: Database) -> None:
    groups = [group(BY_EMAIL, ("user1@example.com",)), group("SELECT * FROM nope")]
    seen: list[str] = []
    results = Runner(db, Config(repeats=1)).measure_all(groups, progress=lambda g: seen.append(g.fingerprint))
    assert list(results) == seen == [g.fingerprint for g in groups]
    assert results[groups[0].fingerprint].ok and not results[groups[1].fingerprint].ok


def test_measure_all_side_by_side_is_the_same_as_one_by_one(db: Database) -> None:
    """Reads measured on 3 connections at once give the plans, rows, buffers and problems of one
    connection measuring one group after the other; in both, the write is measured after the reads."""
    groups = [group(BY_EMAIL, ("user1@example.com",)), group("SELECT * FROM items WHERE user_id = $1", ("7",)),
              group("SELECT count(*) FROM items WHERE n < 10"), group("SELECT * FROM nope"),
              group("UPDATE items SET n = n + 1 WHERE id = $1", ("5",), kind="update"),
              group("SELECT * FROM items ORDER BY id LIMIT 20 OFFSET 100")]  # not index-only: the visibility
    # map that VACUUM sets would change its heap fetches between the runs
    alone_problems, side_problems = Problems(), Problems()
    # A rolled-back write leaves a dead row version (heap and index) that later reads step over: an
    # audit starts each time from its seeded template, each run here from VACUUM (earlier tests wrote).
    db.execute("VACUUM items")
    alone = Runner(db, Config(repeats=1), problems=alone_problems).measure_all(groups)
    db.execute("VACUUM items")
    seen: list[str] = []
    side = Runner(db, Config(repeats=1), problems=side_problems).measure_all(
        groups, progress=lambda g: seen.append(g.fingerprint), jobs=3)
    assert list(side) == list(alone) == [g.fingerprint for g in groups]
    assert sorted(seen) == sorted(alone)
    for fingerprint, a in alone.items():
        b = side[fingerprint]
        assert (b.error, b.params, b.params_source, b.rows) == (a.error, a.params, a.params_source, a.rows)
        if a.plan is not None:
            assert [n.node_type for n in b.plan.walk()] == [n.node_type for n in a.plan.walk()]
            # reads before the write in both modes; the write itself finds the pages VACUUM left
            assert b.buffers == a.buffers or fingerprint == groups[4].fingerprint
    assert alone[groups[0].fingerprint].ok and not alone[groups[3].fingerprint].ok
    assert [(p.message, p.origin) for p in side_problems] == [(p.message, p.origin) for p in alone_problems]
    assert idle(db) and db.fetchval("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()") == 1
    assert db.fetchval("SELECT sum(n) FROM items") == alone_sum(db)


def alone_sum(db: Database) -> int:
    """The seeded sum of items.n (every measured write was rolled back)."""
    return sum(g % 1000 for g in range(1, ROWS + 1))


def test_database_not_owned_is_never_written(db: Database) -> None:
    with Database(db.uri, owned=False) as theirs:
        runner = Runner(theirs, Config(repeats=1))
        m = runner.measure(group("DELETE FROM items WHERE id = $1", (1,), kind="delete"))
        assert m.ok and not m.plan.analyzed and m.ms is None
        (t,) = runner.trial(["CREATE INDEX x ON items (n)"], [group(BY_EMAIL, ("a",))])
        assert t.error and "owns" in t.error
        db.execute("CREATE SEQUENCE s")
        sneaky = runner.measure(group("SELECT nextval('s')"))  # a SELECT that writes
        assert sneaky.error and "read-only" in sneaky.error
        assert runner.measure(group(BY_EMAIL, ("user1@example.com",))).ok  # reads are measured
    assert db.fetchval("SELECT count(*) FROM items") == ROWS
    assert db.fetchval("SELECT nextval('s')") == 1


def test_generic_plan_before_postgresql_16(db: Database) -> None:
    """PostgreSQL 13–15 have no EXPLAIN (GENERIC_PLAN): the runner PREPAREs with a forced generic plan.
    Exercised here on 18 by making the server look older."""
    db.server_version_num = 150000
    m = Runner(db, Config()).measure(group("SELECT * FROM items WHERE user_id = $1 AND n > $2"))
    assert m.ok, m.error
    assert m.params_source == "generic" and not m.plan.analyzed
    assert m.plan.scans("items") and "$1" in (m.plan.scans("items")[0].filter or "")
    assert db.fetchval("SELECT count(*) FROM pg_prepared_statements") == 0  # nothing left behind
    assert idle(db)


def test_a_captured_insert_gets_a_seeded_parent_key(scratch_db: Database) -> None:
    """The capture's user_id points at a production user the seeded data lacks: the INSERT is measured with
    a seeded user instead of failing on the foreign key (and no "do not fit" warning)."""
    from dbperf.schema.catalog import read_schema
    from dbperf.sql.shape import analyze

    db = scratch_db
    db.execute("CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL)")
    db.execute("CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id),"
               " total numeric NOT NULL)")
    db.execute("INSERT INTO users SELECT g, 'u' || g FROM generate_series(1, 1000) g")
    db.execute("ANALYZE users")
    schema = read_schema(db)
    sql = "INSERT INTO orders (user_id, total) VALUES ($1, $2)"
    g = group(sql, (987654321, "12.50"), kind="insert")
    problems = Problems()
    runner = Runner(db, Config(repeats=1), {g.fingerprint: analyze(sql, schema)}, problems, schema=schema)
    m = runner.measure(g)
    assert m.ok, m.error
    assert m.params_source == "captured, keys sampled"
    assert m.params[1] == "12.50" and 1 <= int(m.params[0]) <= 1000
    assert not [p for p in problems if "do not fit" in p.message]
    assert db.fetchval("SELECT count(*) FROM orders") == 0  # measured, rolled back


def test_a_captured_delete_on_a_self_referencing_table_gets_a_leaf_row(scratch_db: Database) -> None:
    """Deleting a comment that has replies fails on the self-referencing foreign key: the DELETE is
    measured on a seeded comment nothing points at, captured value or not, without a warning."""
    from dbperf.schema.catalog import read_schema
    from dbperf.sql.shape import analyze

    db = scratch_db
    db.execute("CREATE TABLE comments (id bigint PRIMARY KEY, parent_id bigint REFERENCES comments (id), body text)")
    db.execute("INSERT INTO comments SELECT g, CASE WHEN g % 3 = 1 THEN NULL ELSE g - 1 END, 'x' "
               "FROM generate_series(1, 1000) g")  # chains of three: 1 <- 2 <- 3, 4 <- 5 <- 6…
    db.execute("ANALYZE comments")
    schema = read_schema(db)
    sql = "DELETE FROM comments WHERE id = $1"
    for captured in (987654321, 500):  # a production id, and a seeded comment that has a reply
        g = group(sql, (captured,), kind="delete")
        problems = Problems()
        m = Runner(db, Config(repeats=1), {g.fingerprint: analyze(sql, schema)}, problems, schema=schema).measure(g)
        assert m.ok and m.plan.analyzed, m.error
        assert m.params_source == "captured, keys sampled"
        assert db.fetchval("SELECT count(*) FROM comments WHERE parent_id = $1", (int(m.params[0]),)) == 0
        assert not list(problems)
    assert db.fetchval("SELECT count(*) FROM comments") == 1000
