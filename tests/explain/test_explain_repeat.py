"""The repetition rule (explain/repeat.py) and the pool's parallel-query cap, on the real embedded
PostgreSQL: fewer and cheaper runs, the same rows, buffers and plans whatever the order and --jobs."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from test_explain_runner import ROWS, group

from dbperf.config import Config
from dbperf.explain.pool import parallel_workers_for
from dbperf.explain.parse import parse_plan
from dbperf.explain.plan import Plan
from dbperf.explain.repeat import BUDGET_MS, EXPLAIN_TIMED, EXPLAIN_UNTIMED, run_repeated
from dbperf.explain.runner import Runner
from dbperf.postgres.database import Database

pytestmark = [pytest.mark.db]


@dataclass
class Shape:
    """Stand-in for dbperf.sql.shape.QueryShape: the tables a statement reads."""

    tables: list[str] = field(default_factory=list)
    param_columns: dict = field(default_factory=dict)
    kind: str = "select"


@pytest.fixture
def db(scratch_db: Database) -> Database:
    scratch_db.execute("CREATE TABLE items (id bigint PRIMARY KEY, user_id int NOT NULL, n int NOT NULL,"
                       " note text NOT NULL)")
    scratch_db.execute("INSERT INTO items SELECT g, g % 500, g % 1000, repeat('x', 40) FROM"
                       " generate_series(1, $1::int) g", (ROWS,))
    scratch_db.execute("CREATE INDEX items_user_id ON items (user_id)")
    scratch_db.execute("VACUUM ANALYZE items")
    return scratch_db


READS = [
    group("SELECT * FROM items WHERE user_id = $1", ("7",)),
    group("SELECT count(*) FROM items WHERE n < 10"),
    group("SELECT id, note FROM items ORDER BY n DESC, id LIMIT 15"),
    group("SELECT user_id, sum(n) FROM items GROUP BY user_id ORDER BY 2 DESC LIMIT 5"),
]


def recorded(runner: Runner) -> list[str]:
    """The EXPLAIN options of every statement the runner's connection runs from now on."""
    seen: list[str] = []
    real = runner.conn._explain

    def spy(query, params):
        seen.append("timed" if query.startswith(EXPLAIN_TIMED) else
                    "untimed" if query.startswith(EXPLAIN_UNTIMED) else "other")
        return real(query, params)

    runner.conn._explain = spy
    return seen


def test_one_timed_run_repeats_without_timing_and_warm_ups_shared_per_table(db: Database) -> None:
    first, second = READS[0], READS[1]
    shapes = {g.fingerprint: Shape(tables=["items"]) for g in READS}
    runner = Runner(db, Config(repeats=3), shapes)
    seen = recorded(runner)
    m = runner.measure(first)
    assert m.ok, m.error
    # a warm-up without timing (discarded), the plan tree with per-node timing, 2-3 repeats without
    assert seen[:2] == ["untimed", "timed"] and set(seen[2:]) == {"untimed"}
    assert len(seen) == 2 + len(m.runs) and 2 <= len(m.runs) <= 3
    assert all(node.actual_total_ms is not None for node in m.plan.walk())  # the report's node times
    assert m.ms == sorted(m.runs)[(len(m.runs) - 1) // 2]
    seen.clear()
    again = runner.measure(second)  # items is warm on this connection: its first run is a repeat
    assert again.ok, again.error
    assert seen.count("timed") == 1 and len(seen) == 1 + len(again.runs)


def test_repeats_one_is_one_untimed_repeat(db: Database) -> None:
    runner = Runner(db, Config(repeats=1), {READS[0].fingerprint: Shape(tables=["items"])})
    seen = recorded(runner)
    m = runner.measure(READS[0])
    assert m.ok and len(m.runs) == 1 and seen == ["untimed", "timed", "untimed"]


def fake_plan(ms: float, shared_read: int = 0, buffers: int = 10) -> Plan:
    """A run's plan as EXPLAIN returns it: the repetition rule reads rows, buffers and times."""
    return parse_plan([{"Plan": {"Node Type": "Seq Scan", "Actual Rows": 5, "Actual Loops": 1,
                                 "Shared Hit Blocks": buffers - shared_read,
                                 "Shared Read Blocks": shared_read},
                        "Execution Time": ms, "Planning Time": 0.1}])


def scripted(*plans: Plan):
    """`run(timing)` returning `plans` in turn, recording which runs had per-node timing."""
    queue, seen = list(plans), []

    def run(timing: bool) -> Plan:
        seen.append("timed" if timing else "untimed")
        return queue.pop(0)
    return run, seen


def test_the_warm_up_is_discarded_even_from_shared_buffers() -> None:
    """A backend's first index scan also reads the index's metapage: its first run may count more
    buffers than the next ones, with every page in shared buffers."""
    for shared_read in (4, 0):
        run, seen = scripted(fake_plan(9.0, shared_read=shared_read, buffers=12), fake_plan(6.0),
                             fake_plan(5.0), fake_plan(5.1))
        runs = run_repeated(run, warm=False, repeats=3)
        assert seen == ["untimed", "timed", "untimed", "untimed"] and runs.warmed_up
        assert runs.runs_ms == [5.0, 5.1] and runs.plan.buffers == 10


def test_a_first_run_on_warm_tables_that_read_more_is_a_warm_up_after_all() -> None:
    run, seen = scripted(fake_plan(5.0, buffers=11), fake_plan(6.0), fake_plan(5.0), fake_plan(5.1))
    runs = run_repeated(run, warm=True, repeats=3)
    assert seen == ["untimed", "timed", "untimed", "untimed"] and runs.warmed_up
    assert runs.runs_ms == [5.0, 5.1] and runs.plan.buffers == 10


def test_a_long_statement_runs_twice_and_keeps_the_timed_plan() -> None:
    slow = BUDGET_MS * 2
    for warm in (False, True):
        # its first run read a buffer more (a TOAST index's metapage, say): the time counts, the
        # plan, rows and buffers are the timed run's, the second run on the connection
        run, seen = scripted(fake_plan(slow * 1.1, shared_read=100, buffers=11), fake_plan(slow * 1.3))
        runs = run_repeated(run, warm=warm, repeats=3)
        assert seen == ["untimed", "timed"] and runs.runs_ms == [slow * 1.1] and runs.plan.buffers == 10


def test_a_write_runs_three_times_whatever_the_times_twice_when_long() -> None:
    for ms in (0.5, 2.0, 40.0):
        run, seen = scripted(fake_plan(ms, buffers=13), fake_plan(ms), fake_plan(ms, buffers=12))
        runs = run_repeated(run, warm=True, repeats=3, fixed=True)
        assert seen == ["untimed", "timed", "untimed"] and runs.runs_ms == [ms] and runs.warmed_up
        assert runs.plan.buffers == 12  # the repeat's, since it disagrees with the timed run
    long = BUDGET_MS * 2
    run, seen = scripted(fake_plan(long, buffers=13), fake_plan(long))
    runs = run_repeated(run, warm=True, repeats=3, fixed=True)
    assert seen == ["untimed", "timed"] and runs.runs_ms == [long] and runs.plan.buffers == 10


def verdict(m) -> tuple:
    return (m.error, m.params, m.rows, m.buffers, [n.node_type for n in m.plan.walk()] if m.plan else None)


def test_results_do_not_depend_on_order_or_jobs(db: Database) -> None:
    shapes = {g.fingerprint: Shape(tables=["items"]) for g in READS}
    forward = Runner(db, Config(repeats=2), shapes).measure_all(READS)
    backward = Runner(db, Config(repeats=2), shapes).measure_all(list(reversed(READS)))
    pooled = Runner(db, Config(repeats=2), shapes).measure_all(list(reversed(READS)), jobs=2)
    assert list(forward) == [g.fingerprint for g in READS]
    for fingerprint, m in forward.items():
        assert m.ok, m.error
        assert verdict(backward[fingerprint]) == verdict(m) == verdict(pooled[fingerprint])


def test_parallel_plans_keep_their_shape_in_the_pool(db: Database) -> None:
    """jobs > 1 caps the workers the executor launches (max_parallel_workers), not the planner's
    max_parallel_workers_per_gather: a Gather plan of one connection is a Gather plan in the pool,
    with the same rows (and, for these scans that no worker repeats, buffers), and the
    connection is as it was afterwards."""
    db.execute("SELECT set_config(name, '0', false) FROM unnest(ARRAY['parallel_setup_cost',"
               " 'parallel_tuple_cost', 'min_parallel_table_scan_size']) name")
    name = db.fetchval("SELECT current_database()")
    for setting in ("parallel_setup_cost", "parallel_tuple_cost", "min_parallel_table_scan_size"):
        db.execute(f'ALTER DATABASE "{name}" SET {setting} = 0')  # the pool's new connections too
    groups = [group("SELECT count(*) FROM items WHERE n < 10"), group("SELECT max(note) FROM items WHERE n > 5")]
    alone = Runner(db, Config(repeats=2)).measure_all(groups)
    side = Runner(db, Config(repeats=2)).measure_all(groups, jobs=2)
    for fingerprint, a in alone.items():
        b = side[fingerprint]
        assert a.ok and b.ok, (a.error, b.error)
        assert any(n.node_type.startswith("Gather") for n in a.plan.walk())
        assert verdict(a) == verdict(b)
        if parallel_workers_for(2) == 0:
            (gather,) = [n for n in b.plan.walk() if n.node_type.startswith("Gather")]
            assert gather.raw.get("Workers Launched") == 0
    assert db.fetchval("SHOW max_parallel_workers") == "8"  # reset on the caller's connection
