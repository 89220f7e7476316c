"""Indexes and statistics objects built for real on the scratch database, each one undone.

A trial (`Runner.trial`) builds in a transaction that is rolled back. The index advisor also needs
an index to *stay* while it measures the rest of the workload against it, so `Builds` creates it
outside any transaction, remembers it, and drops it again on `unbuild` or, at the latest, on
`undo_all` (which the advisor calls in a `finally`): whatever happens, the seeded database ends as
it started. Each build has `thresholds.index_build_timeout_ms` of its own, not the measuring
statement timeout (a GIN on long text takes long); a build that times out or fails is undone and
returned as a `BuildFailure` with the time reached, never raised.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import psycopg
from pglast import ast, parse_sql
from pglast.stream import RawStream
from psycopg import errors as pgerrors

from dbperf.explain.measurement import BuildFailure, Built
from dbperf.findings import IndexChange
from dbperf.migrate.ddl import create_index_sql, drop_index_sql, object_name, quote_ident
from dbperf.postgres.database import Database

# (statements) -> (statements made transactional, tables to ANALYZE after them): runner.prepare_ddl
Prepare = Callable[[Sequence[str]], tuple[list[str], list[str]]]


class Builds:
    """The changes built for real on `db`, in order, until they are undone."""

    def __init__(self, db: Database, budget_ms: int, prepare: Prepare) -> None:
        self.db = db
        self.budget_ms = int(budget_ms)
        self.prepare = prepare
        self.live: list[IndexChange] = []

    def build(self, changes: Sequence[IndexChange]) -> list[Built] | BuildFailure:
        """Create `changes` (one candidate: all or none), each with the build budget; ANALYZE the
        tables of expression indexes and statistics objects (their statistics come from it), and
        only those: ANALYZE samples at random, and re-sampling a table for a plain index would change
        the plans of its other queries for no reason of the index."""
        if not self.db.owned:
            return BuildFailure("refused", "building needs a scratch database that dbperf owns")
        done: list[Built] = []
        analyze: list[str] = []
        for change in changes:
            t0 = time.perf_counter()
            try:
                statements, tables = self.prepare(_ddl(change))
            except ValueError as exc:
                self.unbuild([b.change for b in done])
                return BuildFailure("refused", f"building it was refused: {exc}")
            failure = self._run(statements, time.perf_counter() - t0)
            if failure is not None:  # the measuring timeout is back: the undo gets its usual time
                self._drop(change)
                self.unbuild([b.change for b in done])
                return failure
            self.live.append(change)
            ms = (time.perf_counter() - t0) * 1000
            size = self.db.fetchval("SELECT pg_relation_size(to_regclass($1))", (object_name(change),)) or 0
            done.append(Built(change, ms, int(size), frozenset(self._family(change))))
            analyze += tables
        for table in dict.fromkeys(analyze):
            self.db.execute(f"ANALYZE {table}")
        return done

    def _run(self, statements: list[str], spent_before: float) -> BuildFailure | None:
        """Run one change's statements with the build budget, then restore the measuring timeout."""
        t0 = time.perf_counter()
        try:
            self.db.execute(f"SET statement_timeout = {self.budget_ms}")
            for statement in statements:
                self.db.execute(statement)
        except psycopg.Error as exc:
            spent = spent_before + time.perf_counter() - t0
            if isinstance(exc, pgerrors.QueryCanceled):
                return BuildFailure("timeout", f"building it timed out after {spent:,.1f} s "
                                    f"(thresholds.index_build_timeout_ms = {self.budget_ms:,})")
            return BuildFailure("build failed", f"building it failed: {str(exc).splitlines()[0]}")
        finally:
            self.db.execute(f"SET statement_timeout = {int(self.db.statement_timeout_ms)}")
        return None

    def unbuild(self, changes: Sequence[IndexChange]) -> None:
        """Drop `changes` again (last built first)."""
        for change in reversed(list(changes)):
            self._drop(change)
            if change in self.live:
                self.live.remove(change)

    def undo_all(self) -> None:
        """Drop everything built and not yet dropped: the database is as it was."""
        self.unbuild(list(self.live))

    def _drop(self, change: IndexChange) -> None:
        self.db.execute(drop_index_sql(change, concurrently=False))

    def _family(self, change: IndexChange) -> set[str]:
        if not change.partitions:
            return {change.name}
        rows = self.db.fetchall("SELECT c.relname FROM pg_partition_tree(to_regclass($1)) pt "
                                "JOIN pg_class c ON c.oid = pt.relid", (quote_ident(change.name),))
        return {change.name} | {r[0] for r in rows}


def _ddl(change: IndexChange) -> list[str]:
    """The statements that create `change` (no CONCURRENTLY: the scratch database has no readers).

    A GIN index is built with `fastupdate = off`: with its pending list, what a write costs
    depends on the entries earlier (rolled-back) writes left there, so the write cost the advisor
    weighs flipped between two seedings of the same data (b2b's invoices trigram: 438 buffers more
    for the INSERTs in one, fewer than the 300 it saves in the other). Without it each write
    updates the index itself: the same count on every run, and the dearer one (the migration keeps
    PostgreSQL's default)."""
    ddl = [f"CREATE EXTENSION IF NOT EXISTS {quote_ident(change.extension)}"] if change.extension else []
    create = create_index_sql(change, concurrently=False, if_not_exists=False)
    if change.method == "gin" and change.kind == "index":
        stmt = parse_sql(create)[0].stmt
        stmt.options = (*(stmt.options or ()), ast.DefElem(defname="fastupdate", arg=ast.String(sval="off")))
        create = RawStream()(stmt)
    return ddl + [create]
