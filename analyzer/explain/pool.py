"""A pool of connections to one seeded database that measures query groups side by side.

Each group is measured by `measure_group` on one of the pool's connections; the results are keyed
by fingerprint and do not depend on which connection measured a group or in which order. Reads
run side by side. A write changes its table (dead rows until its VACUUM, moved free space) under
whoever reads it, so writes run one at a time, in their order, each once every read of the tables
it may touch is measured (`write_reach`: its own tables and those its foreign keys link it to; every
table when a trigger could write elsewhere): each write then finds its tables as a one-connection
run leaves them after all its reads, while the reads of other tables go on beside it.
Synchronized sequential scans are turned off on every connection of the pool: a scan that joins
another one mid-table would return other rows under a LIMIT and count other buffers.

PostgreSQL's own parallel query is capped so that the pool and the parallel plans do not fight
over the cores: every connection of the pool sets `max_parallel_workers` to the cores left over
by the pool's own backends (`parallel_workers_for`; 0 on 2 cores with 2 jobs). The cap is taken
by the executor, not the planner: `max_parallel_workers_per_gather` is left as it is, so each
plan keeps its shape (the Gather and the Parallel Seq Scan of a one-connection run, with fewer
or no workers launched) and its rows; lowering `max_parallel_workers_per_gather` would turn
saas' 9 Gather plans into plain scans, plans (and reports) that depend on `--jobs`. What the
cap does change is the buffers of work each worker repeats (a non-parallel Hash built by every
worker, a worker's startup): measured on saas with 0 workers against 2, 3 of the 9 Gather plans
counted other buffers (17 -> 5, 4,519 -> 4,445, 3,357 -> 3,356); its 35 findings, and b2b's 13,
stayed identical (`dbperf audit --format json`, -j 1 against -j 2), which `bench/audit.py`
checks for every jobs value.

The rules' trials run on a pool too, as lanes (`explain/lanes.py`): the same cap, and a gate that
runs alone what would change what another connection measures (a measured write leaves dead row
versions until its VACUUM) or deadlock with it (two trials on one table that ANALYZE, each
holding the SHARE lock of its CREATE INDEX and wanting the other's SHARE UPDATE EXCLUSIVE).
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

from dbperf.explain.measure import Connection, GroupResult, Settings, measure_group
from dbperf.schema.model import Schema
from dbperf.workload import QueryGroup


def pool_connections(first: Connection, settings: Settings, jobs: int,
                     choices: dict | None = None) -> list[Connection]:
    """`first` and `jobs - 1` new connections to its database, with the same settings (and the
    parameters already chosen per statement, `choices`, when given)."""
    db = first.db
    connections = [first]
    for _ in range(jobs - 1):  # each opens when first used: a fully remembered run opens none
        connections.append(Connection(db.sibling(), settings, choices))
        # one server, one cache: a table read by any is warm for all (a first run on this backend
        # that reads more, an index's metapage, is a warm-up after all: explain/repeat.py)
        connections[-1].warm = first.warm
    workers = parallel_workers_for(jobs)
    for conn in connections:
        conn.db.session("SET synchronize_seqscans = off", f"SET max_parallel_workers = {workers}")
    return connections


def parallel_workers_for(jobs: int, cores: int | None = None) -> int:
    """Parallel workers the pool's plans may launch in all: the cores its `jobs` backends leave."""
    return max(0, (cores or os.cpu_count() or 1) - jobs)


def longest_first(groups: Iterable[QueryGroup], shapes: Mapping[str, Any], schema: Schema | None
                  ) -> list[QueryGroup]:
    """`groups` with the ones expected to take longest first, so that no connection is left with a
    long one at the end while the others idle: the bytes of the tables a group reads (its data on
    the seeded database), then its captured mean time. Only the schedule depends on it, never a
    result. Ties keep the given order."""
    def expected(group: QueryGroup) -> tuple[int, float]:
        tables = getattr(shapes.get(group.fingerprint), "tables", None) or ()
        size = sum((schema.tables[t].size_bytes or 0) for t in tables
                   if schema is not None and t in schema.tables)
        return -size, -(group.mean_ms or 0.0)

    return sorted(groups, key=expected)


def write_reach(tables: Collection[str], schema: Schema | None, triggered: Collection[str]) -> frozenset[str] | None:
    """The tables a write on `tables` may read or change: them and those their foreign keys link them
    to (a parent its checks lock rows of, a child a cascade changes); None (every table) when it
    has no known table or one of them has a trigger (`triggered`), which may write anywhere."""
    if not tables or any(t in triggered for t in tables):
        return None
    reach = set(tables)
    if schema is not None:
        for key in tables:
            table = schema.tables.get(key)
            reach.update(fk.ref_table for fk in (table.foreign_keys if table else ()))
            reach.update(fk.table for fk in schema.referencing(key))
    return frozenset(reach)


def measure_side_by_side(
    connections: list[Connection],
    groups: Iterable[QueryGroup],
    done: Callable[[GroupResult], None] | None = None,
    reads_of: Mapping[str, Collection[str]] | None = None,
    writes: Sequence[tuple[QueryGroup, frozenset[str] | None]] = (),
) -> dict[str, GroupResult]:
    """Measure every reading group, and the `writes` (each with its `write_reach`), on
    `connections`; `done` is called, in the calling thread, as each result arrives. `reads_of`:
    the tables of each reading group, by fingerprint (a group not in it may read any table).
    Results keyed by fingerprint."""
    groups = list(groups)
    idle: queue.SimpleQueue[Connection] = queue.SimpleQueue()
    for conn in connections:
        idle.put(conn)
    pending = _Pending(groups, reads_of or {})

    def one(group: QueryGroup) -> GroupResult:
        conn = idle.get()
        try:
            return measure_group(conn, group)
        finally:
            idle.put(conn)
            pending.finished(group)

    def in_order() -> list[GroupResult]:
        measured = []
        for group, reach in writes:
            pending.wait_for(reach)
            measured.append(one(group))
        return measured

    results: dict[str, GroupResult] = {}
    with ThreadPoolExecutor(max_workers=len(connections) + 1, thread_name_prefix="dbperf-explain") as pool:
        futures = [pool.submit(one, g) for g in groups] + ([pool.submit(in_order)] if writes else [])
        for future in as_completed(futures):
            outcome = future.result()
            for result in outcome if isinstance(outcome, list) else [outcome]:
                results[result.fingerprint] = result
                if done is not None:
                    done(result)
    return results


class _Pending:
    """The reads not measured yet, and a wait for those of some tables to be done."""

    def __init__(self, groups: list[QueryGroup], reads_of: Mapping[str, Collection[str]]) -> None:
        self._reads = {g.fingerprint: reads_of.get(g.fingerprint) for g in groups}
        self._changed = threading.Condition()

    def finished(self, group: QueryGroup) -> None:
        with self._changed:
            self._reads.pop(group.fingerprint, None)
            self._changed.notify_all()

    def wait_for(self, reach: frozenset[str] | None) -> None:
        """Until no read left may read a table of `reach` (None: until no read is left)."""
        def clear() -> bool:
            return not any(reach is None or tables is None or not tables or reach & set(tables)
                           for tables in self._reads.values())
        with self._changed:
            self._changed.wait_for(clear)


def close_extra(connections: list[Connection]) -> None:
    """Close the connections `pool_connections` opened (all but the first)."""
    for conn in connections[1:]:
        conn.db.close()
    connections[0].db.reset("synchronize_seqscans", "max_parallel_workers")
