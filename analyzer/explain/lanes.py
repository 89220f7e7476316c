"""Lanes: the Runner's work (the rules' checks) side by side on several connections, safely.

The rules ask the Lab for measurements, trials and fetches one at a time from inside their
checks. `side_by_side` runs several such tasks at once, each on a *lane* (a connection of the
pool, bound to the task's thread), in two rounds:

1. every task side by side, with its writes deferred: a measured write leaves its table changed
   after its rollback and VACUUM (index pages its new entries split stay split, free space moves),
   so what a read of that table measures after it would depend on which came first. A task that
   asks to measure a write stops (`WriteDeferred`);
2. the stopped tasks one at a time, in the tasks' order, their earlier calls answered from the
   first round's results (the Runner's memo).

In the first round a `Gate` keeps apart the trials whose DDL would lock each other out in the
server. A trial's index is created in a transaction that is rolled back: no other connection's
planner sees it, and its `CREATE INDEX` takes a SHARE lock, which another trial's `CREATE INDEX`
on the same table does not conflict with (the table's key, shared). A trial that runs `ANALYZE`
(an expression index, a statistics object) needs SHARE UPDATE EXCLUSIVE, which waits for any
`CREATE INDEX` on the table, and two such trials on one table would deadlock: its table's key,
exclusive. `CREATE EXTENSION` has a key of its own (a second one waits for the first's rollback),
and anything else runs alone (`*`), as does every call outside `side_by_side` that writes (the
advisor's real builds). Reads and fetches take no key: nothing another lane does in the first
round changes what they read.

No lane holds a database lock between two Lab calls (each call's transaction is rolled back
before it returns), so the gate cannot deadlock with the server's locks.

Results do not depend on the lanes: each task's problems are kept apart and handed back in the
tasks' order, measurements are keyed, and every lane measures with the same settings (the pool's
parallel-worker cap, `explain/pool.py`, synchronized scans off).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from dbperf.diagnostics import Problem
from dbperf.explain.inspect import inspect_statement, trial_locks
from dbperf.explain.measure import Connection

T = TypeVar("T")


class WriteDeferred(Exception):
    """A task asked to measure a write while the first round ran: it runs again in the second."""


class Gate:
    """Locks by key (a table's name, `extension:<name>`, or `*` for everything): any number of
    shared holders of a key, or one exclusive holder. A call takes all its keys at once, before
    any database lock, so that two calls never wait for each other in the server."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._shared: dict[str, int] = {}
        self._exclusive: set[str] = set()

    def _free(self, shared: set[str], exclusive: set[str]) -> bool:
        """Exclusive K waits for any holder of K; exclusive `*` for any holder at all; shared `*`
        (a read) only for an exclusive `*`."""
        if "*" in self._exclusive:
            return False
        if "*" in exclusive:
            return not self._shared and not self._exclusive
        return not (exclusive & (self._exclusive | set(self._shared)) or (shared - {"*"}) & self._exclusive)

    @contextmanager
    def held(self, shared: Iterable[str] = (), exclusive: Iterable[str] = ()) -> Iterator[None]:
        exclusive = set(exclusive)
        shared = set(shared) - exclusive
        with self._cond:
            while not self._free(shared, exclusive):
                self._cond.wait()
            for key in shared:
                self._shared[key] = self._shared.get(key, 0) + 1
            self._exclusive |= exclusive
        try:
            yield
        finally:
            with self._cond:
                for key in shared:
                    self._shared[key] -= 1
                    if not self._shared[key]:
                        del self._shared[key]
                self._exclusive -= exclusive
                self._cond.notify_all()

    def shared(self) -> AbstractContextManager[None]:
        """A read: beside any call but one that runs alone."""
        return self.held(shared={"*"})

    def exclusive(self) -> AbstractContextManager[None]:
        """Alone."""
        return self.held(exclusive={"*"})

    def entry(self, alone: bool) -> AbstractContextManager[None]:
        return self.exclusive() if alone else self.shared()

    def trial(self, ddl: Sequence[str], alone: bool = False) -> AbstractContextManager[None]:
        """A trial: the keys of its DDL (`inspect.trial_locks`); `alone` when it measures a write."""
        if alone:
            return self.exclusive()
        shared, exclusive = trial_locks(ddl)
        return self.held(shared=shared | {"*"}, exclusive=exclusive)


def writes(sql: str) -> bool:
    """Whether a statement writes (or cannot be told: then it is treated as one)."""
    info = inspect_statement(sql)
    return bool(info.writes or info.error)


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


def outcome_of(task: Callable[[], T], problems: list[Problem] | None = None) -> Outcome[T]:
    """What `task` gives or raises (a rule's bug is reported by the caller, the other tasks go on)."""
    outcome: Outcome[T] = Outcome(problems=problems if problems is not None else [])
    try:
        outcome.value = task()
    except Exception as exc:
        outcome.error = exc
    return outcome


def one_by_one(tasks: Sequence[Callable[[], T]]) -> list[Outcome[T]]:
    """`tasks` one after another in this thread (no Lab to share), as `side_by_side` reports them."""
    return [outcome_of(task) for task in tasks]


def side_by_side(lane: Lane, connections: list[Connection], tasks: Sequence[Callable[[], T]]
                 ) -> list[Outcome[T]]:
    """Run `tasks` on the `connections` (one task per connection at a time), in the tasks' order of
    start; the outcomes in the tasks' order."""
    idle: queue.SimpleQueue[Connection] = queue.SimpleQueue()
    for conn in connections:
        idle.put(conn)

    def one(task: Callable[[], T]) -> Outcome[T]:
        conn = idle.get()
        problems: list[Problem] = []
        lane.bind(conn, problems)
        try:
            return outcome_of(task, problems)
        finally:
            lane.bind(None, None)
            idle.put(conn)

    with ThreadPoolExecutor(max_workers=len(connections), thread_name_prefix="dbperf-lane") as pool:
        return list(pool.map(one, tasks))
