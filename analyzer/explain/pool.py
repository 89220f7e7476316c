"""A pool of connections to one seeded database that measures query groups side by side.

Each group is measured by `measure_group` on one of the pool's connections; the results are keyed
by fingerprint and do not depend on which connection measured a group or in which order. Only
reads run side by side: a write changes its table (dead rows until VACUUM) under the reads of
the other connections, so writes are measured afterwards, one at a time, by the caller.
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
from collections.abc import Callable, Iterable, Mapping
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


def measure_side_by_side(
    connections: list[Connection],
    groups: Iterable[QueryGroup],
    done: Callable[[GroupResult], None] | None = None,
) -> dict[str, GroupResult]:
    """Measure every (reading) group on one of `connections`; `done` is called, in the calling
    thread, as each result arrives. Results keyed by fingerprint."""
    idle: queue.SimpleQueue[Connection] = queue.SimpleQueue()
    for conn in connections:
        idle.put(conn)

    def one(group: QueryGroup) -> GroupResult:
        conn = idle.get()
        try:
            return measure_group(conn, group)
        finally:
            idle.put(conn)

    results: dict[str, GroupResult] = {}
    with ThreadPoolExecutor(max_workers=len(connections), thread_name_prefix="dbperf-explain") as pool:
        for future in as_completed([pool.submit(one, g) for g in groups]):
            result = future.result()
            results[result.fingerprint] = result
            if done is not None:
                done(result)
    return results


def close_extra(connections: list[Connection]) -> None:
    """Close the connections `pool_connections` opened (all but the first)."""
    for conn in connections[1:]:
        conn.db.close()
    connections[0].db.reset("synchronize_seqscans", "max_parallel_workers")
