"""Lanes (explain/lanes.py): the rules' Lab calls side by side on several connections give what
one connection gives, one call after another; writes and ANALYZE trials run alone."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import pytest
from test_explain_runner import group

from dbperf.config import Config
from dbperf.explain.inspect import trial_locks
from dbperf.explain.lanes import Gate
from dbperf.explain.runner import Runner
from dbperf.postgres.database import Database

pytestmark = [pytest.mark.db]

ROWS = 60_000


def filled(scratch_db: Database) -> Database:
    scratch_db.execute("CREATE TABLE items (id bigint PRIMARY KEY, user_id int NOT NULL, n int NOT NULL,"
                       " email text NOT NULL)")
    scratch_db.execute("INSERT INTO items SELECT g, g % 700, g % 1000, 'u' || g || '@example.com' FROM"
                       " generate_series(1, $1::int) g", (ROWS,))
    scratch_db.execute("CREATE TABLE notes (id int PRIMARY KEY, body text)")
    scratch_db.execute("INSERT INTO notes SELECT g, 'note ' || g FROM generate_series(1, 5000) g")
    scratch_db.execute("VACUUM ANALYZE items, notes")
    return scratch_db


@pytest.fixture
def db(scratch_db: Database) -> Database:
    return filled(scratch_db)


@pytest.fixture
def twin(pg_server) -> Iterator[Database]:
    """A second database filled alike: a measured write leaves its table changed for the next one."""
    other = Database.scratch(pg_server.uri, name=f"lanes_twin_{os.getpid()}")
    try:
        yield filled(other)
    finally:
        other.close()


BY_USER = group("SELECT id, n FROM items WHERE user_id = $1", ("7",))
BY_EMAIL = group("SELECT id FROM items WHERE lower(email) = $1", ("u5@example.com",))
COUNT_N = group("SELECT count(*) FROM items WHERE n = $1", ("3",))
WRITE = group("UPDATE items SET n = n + 1 WHERE user_id = $1", ("9",), kind="update")
NOTE = group("UPDATE notes SET body = body || '!' WHERE id < $1", ("900",), kind="update")


def tasks(runner: Runner) -> list:
    """What rules do: measure, trial an index (two of them on one table), trial an expression index
    (ANALYZE: alone), measure writes, fetch; one task fails, one reports a problem. Two tasks write
    to items: a measured write leaves its table changed (split index pages, free space), so they
    must come after every read and in the tasks' order, whatever the lanes."""
    def fail() -> None:
        runner.measure(BY_USER)
        raise RuntimeError("a rule's bug")

    return [
        lambda: verdicts(runner.trial(["CREATE INDEX items_user_id_idx ON items (user_id)"], [BY_USER, WRITE])),
        lambda: verdicts(runner.trial(["CREATE INDEX items_n_idx ON items (n)"], [COUNT_N])),
        lambda: verdicts(runner.trial(["CREATE INDEX items_lower_email_idx ON items (lower(email))"], [BY_EMAIL])),
        lambda: verdicts([runner.measure(COUNT_N), runner.measure(WRITE), runner.measure(NOTE)]),
        lambda: runner.fetch("SELECT count(*) FROM items WHERE user_id = 7"),
        lambda: verdicts(runner.trial(["CREATE INDEX nope_idx ON nope (x)"], [BY_USER])),
        fail,
    ]


def verdicts(measurements) -> list[tuple]:
    return [(m.error is None, m.rows, m.buffers, [n.node_type for n in m.plan.walk()] if m.plan else None)
            for m in measurements]


def test_side_by_side_gives_what_one_connection_gives(db: Database, twin: Database) -> None:
    alone = Runner(twin, Config(repeats=2))
    one = alone.side_by_side(tasks(alone), jobs=1)
    pooled = Runner(db, Config(repeats=2))
    two = pooled.side_by_side(tasks(pooled), jobs=3)
    assert [o.value for o in one] == [o.value for o in two]
    assert [type(o.error) for o in one] == [type(o.error) for o in two] == [type(None)] * 6 + [RuntimeError]
    assert [[p.message for p in o.problems] for o in one] == [[p.message for p in o.problems] for o in two]
    assert any("nope" in p.message for p in two[5].problems)  # the failed trial says why, in its task
    (with_index, write), (index_count,), (expression,) = one[0].value, one[1].value, one[2].value
    assert "Index Scan" in " ".join(with_index[3]) and write[0] and index_count[0] and expression[0]
    assert one[4].value == [(86,)]
    # the database is as it was: no index left, the write rolled back, no connection left open
    assert db.fetchval("SELECT count(*) FROM pg_indexes WHERE tablename = 'items'") == 1
    assert db.fetchval("SELECT sum(n) FROM items") == sum(g % 1000 for g in range(1, ROWS + 1))
    assert db.fetchval("SELECT count(*) FROM notes WHERE body LIKE '%!'") == 0
    assert db.fetchval("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()") == 1


def test_a_trial_locks_what_its_ddl_locks_in_the_server() -> None:
    assert trial_locks(["CREATE INDEX CONCURRENTLY a_idx ON a (x)"]) == ({"a"}, set())
    assert trial_locks(["CREATE INDEX a_idx ON public.a (lower(x))"]) == (set(), {"a"})  # ANALYZE
    assert trial_locks(["CREATE STATISTICS s ON (date(t)) FROM a"]) == (set(), {"a"})
    assert trial_locks(["CREATE EXTENSION IF NOT EXISTS pg_trgm",
                        "CREATE INDEX a_idx ON a USING gin (x gin_trgm_ops)"]) == ({"a"}, {"extension:pg_trgm"})
    assert trial_locks(["DROP INDEX a_idx"]) == (set(), {"*"})
    assert trial_locks(["CREATE INDEX a_idx ON"]) == (set(), {"*"})  # cannot be told: alone


def test_the_gate_keeps_apart_only_what_conflicts() -> None:
    gate = Gate()
    with gate.held(shared={"a", "*"}):  # a trial's CREATE INDEX on a
        assert gate._free({"a", "*"}, set())  # another CREATE INDEX on a
        assert gate._free({"*"}, set())  # a read
        assert gate._free({"*"}, {"b"})  # an ANALYZE of b
        assert not gate._free({"*"}, {"a"})  # an ANALYZE of a waits
        assert not gate._free(set(), {"*"})  # a write waits for everything
    with gate.held(shared={"*"}, exclusive={"a"}):  # an ANALYZE of a
        assert gate._free({"*"}, set()) and gate._free({"b", "*"}, set())
        assert not gate._free({"a", "*"}, set()) and not gate._free({"*"}, {"a"})
    with gate.exclusive():
        assert not gate._free({"*"}, set())


def test_the_gate_lets_readers_share_and_a_writer_wait_for_them() -> None:
    gate, order = Gate(), []
    reading = threading.Event()

    def reader() -> None:
        with gate.shared():
            order.append("read starts")
            reading.set()
            time.sleep(0.2)
            order.append("read ends")

    def writer() -> None:
        reading.wait()
        with gate.exclusive():
            order.append("write")

    threads = [threading.Thread(target=reader), threading.Thread(target=writer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert order == ["read starts", "read ends", "write"]
    with gate.shared(), gate.shared():  # readers share
        pass
