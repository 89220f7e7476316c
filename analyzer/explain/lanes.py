"""Lanes: the Runner's work (the rules' checks) side by side on several connections, safely.

The rules ask the Lab for measurements, trials and fetches one at a time from inside their
checks. `side_by_side` runs several such tasks at once, each on a *lane* (a connection of the
pool, bound to the task's thread), and a `Gate` decides which Lab calls may overlap:

- **shared**: reads, fetches, and trials whose DDL is plain `CREATE INDEX` and whose statements
  read. A trial's index is created in a transaction that is rolled back: another connection's
  planner never sees it, and `CREATE INDEX` takes a SHARE lock, which another trial's `CREATE INDEX`
  on the same table does not conflict with;
- **exclusive**: everything else, alone on the server: a measured write (its rolled-back row
  versions and cleared visibility-map bits stay in the table until the VACUUM after it, and a
  read of that table on another lane would count other buffers), a trial that runs `ANALYZE`
  (expression indexes, statistics objects: `ANALYZE` wants the SHARE UPDATE EXCLUSIVE lock another
  trial's `CREATE INDEX` holds, a deadlock), `CREATE EXTENSION`, and the advisor's real builds.

Writes are never measured side by side, though: a measured write leaves its table changed after
its rollback and VACUUM (index pages split by its new entries stay split, free space moves), so
what a read of that table measures after it depends on which came first. `Runner.side_by_side`
runs the tasks in two rounds: side by side with writes deferred (a task that asks for one stops
with `WriteDeferred`), then the stopped tasks one at a time in the tasks' order, their reads
answered from the first round. The gate's exclusive side is for the first round's trials that
run ANALYZE or CREATE EXTENSION, and for anything asked outside `side_by_side`.

No lane holds a database lock between two Lab calls (each call's transaction is rolled back
before it returns), so the gate cannot deadlock with the server's locks.

Results do not depend on the lanes: each task's problems are kept apart and handed back in the
tasks' order, measurements are keyed, and every lane measures with the same settings (the pool's
parallel-worker cap, `explain/pool.py`, synchronized scans off).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from dbperf.diagnostics import Problem
from dbperf.explain.inspect import creates_index_only, inspect_statement, prepare_ddl
from dbperf.explain.measure import Connection

T = TypeVar("T")


class WriteDeferred(Exception):
    """A task asked to measure a write while the first round ran: it runs again in the second."""


class Gate:
    """A readers-writer lock: any number of shared holders, or one exclusive holder."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._shared = 0
        self._exclusive = False
        self._waiting = 0  # exclusive holders waiting: new shared holders wait behind them

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._exclusive or self._waiting:
                self._cond.wait()
            self._shared += 1
        try:
            yield
        finally:
            with self._cond:
                self._shared -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            while self._exclusive or self._shared:
                self._cond.wait()
            self._waiting -= 1
            self._exclusive = True
        try:
            yield
        finally:
            with self._cond:
                self._exclusive = False
                self._cond.notify_all()

    def entry(self, alone: bool):
        return self.exclusive() if alone else self.shared()


def writes(sql: str) -> bool:
    """Whether a statement writes (or cannot be told: then it is treated as one)."""
    info = inspect_statement(sql)
    return bool(info.writes or info.error)


def trial_alone(ddl: Sequence[str], statements: Sequence[str]) -> bool:
    """Whether a trial must run alone: anything but plain `CREATE INDEX` DDL, an index that needs
    `ANALYZE`, or a write among the statements it re-measures."""
    try:
        prepared, analyze = prepare_ddl(list(ddl))
    except ValueError:
        return True
    return bool(analyze) or not creates_index_only(prepared) or any(writes(sql) for sql in statements)


@dataclass
class Outcome(Generic[T]):
    """What one task gave (or raised), and the problems its Lab calls met."""

    value: T | None = None
    error: BaseException | None = None
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Lane:
    """The thread-local binding of a task to its connection and its problem list."""

    local: threading.local = field(default_factory=threading.local)

    def bind(self, conn: Connection | None, sink: list[Problem] | None) -> None:
        self.local.conn, self.local.sink = conn, sink

    @property
    def conn(self) -> Connection | None:
        return getattr(self.local, "conn", None)

    @property
    def sink(self) -> list[Problem] | None:
        return getattr(self.local, "sink", None)


def one_by_one(tasks: Sequence[Callable[[], T]]) -> list[Outcome[T]]:
    """`tasks` one after another in this thread (no Lab to share), as `side_by_side` reports them."""
    outcomes: list[Outcome[T]] = []
    for task in tasks:
        try:
            outcomes.append(Outcome(value=task()))
        except Exception as exc:
            outcomes.append(Outcome(error=exc))
    return outcomes


def side_by_side(lane: Lane, connections: list[Connection], tasks: Sequence[Callable[[], T]]
                 ) -> list[Outcome[T]]:
    """Run `tasks` on the `connections` (one task per connection at a time), in the tasks' order of
    start; the outcomes in the tasks' order."""
    idle: queue.SimpleQueue[Connection] = queue.SimpleQueue()
    for conn in connections:
        idle.put(conn)

    def one(task: Callable[[], T]) -> Outcome[T]:
        conn = idle.get()
        outcome: Outcome[Any] = Outcome()
        lane.bind(conn, outcome.problems)
        try:
            outcome.value = task()
        except Exception as exc:  # reported by the caller, like any task's failure
            outcome.error = exc
        finally:
            lane.bind(None, None)
            idle.put(conn)
        return outcome

    with ThreadPoolExecutor(max_workers=len(connections), thread_name_prefix="dbperf-lane") as pool:
        return list(pool.map(one, tasks))
