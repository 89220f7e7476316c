"""EXPLAIN ANALYZE on one connection: the measuring transaction, the warm-up and repeats, the
median run, the fallbacks when the chosen parameters do not fit.

`measure_group(conn, group)` is the measurement of one query group: its result depends only on
the connection's database, its `Settings` and the group, and carries the problems it met and the
parameters it settled on instead of writing them anywhere. Several `Connection`s to the same
seeded database can therefore measure different groups at the same time; the results, keyed by
fingerprint, are the same in any order.

Every run happens inside a transaction that is rolled back, each run inside its own savepoint
(so an INSERT can be repeated and a failing statement never leaves the transaction aborted). A
write on dbperf's own database gets a transaction per run, with its table vacuumed in between:
the row versions of a rolled-back UPDATE stay in the table until VACUUM, and the next run would
walk through them. On a database dbperf does not own, writing statements are only planned
(plain EXPLAIN), never executed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import errors as pgerrors
from psycopg import sql as pgsql
from psycopg.pq import TransactionStatus

from dbperf.config import Config
from dbperf.diagnostics import Problem, Problems
from dbperf.explain.inspect import NO_PLAN, StatementInfo, inspect_statement
from dbperf.explain.measurement import Measurement
from dbperf.explain.params import GENERIC, Choice, ParamChooser
from dbperf.explain.parse import name_relations, parse_plan
from dbperf.explain.plan import Plan
from dbperf.explain.repeat import (
    EXPLAIN_TIMED,
    EXPLAIN_UNTIMED,
    all_warm,
    run_repeated,
    tables_read,
)
from dbperf.postgres.database import Database
from dbperf.schema.model import Schema
from dbperf.workload import QueryGroup

EXPLAIN_PLAIN = "EXPLAIN (FORMAT JSON) "
EXPLAIN_GENERIC = "EXPLAIN (GENERIC_PLAN, FORMAT JSON) "
SAVEPOINT = "dbperf_run"


@dataclass(frozen=True)
class Settings:
    """How every connection measures: repeats and timeouts (`config`), the query shapes (which
    column each $n belongs to) and the schema (foreign keys, table names)."""

    config: Config
    shapes: Mapping[str, Any] = field(default_factory=dict)
    schema: Schema | None = None


@dataclass
class GroupResult:
    """One group's measurement, the parameters it settled on and the problems it met."""

    fingerprint: str
    measurement: Measurement
    choice: Choice | None
    problems: list[Problem] = field(default_factory=list)


class Connection:
    """One database connection that measures, and what it keeps between statements: sampled
    parameter values (`params`) and the tables rolled-back writes left dead rows in."""

    def __init__(self, db: Database, settings: Settings,
                 choices: dict[tuple[str, str], Choice] | None = None) -> None:
        self.db = db
        self.settings = settings
        self.config = settings.config
        self.params = ParamChooser(db, settings.schema, settings.shapes, choices)
        self.dirty: set[str] = set()  # tables written by rolled-back runs, to vacuum
        # Tables read already (shared by a pool's connections: one server cache): no warm-up
        # needed, if the first run reads what the timed run reads (`repeat`).
        self.warm: set[str] = set()

    @contextmanager
    def measuring(self, info: StatementInfo) -> Iterator[None]:
        """The rolled-back transaction a measurement runs in; none for a write on dbperf's own
        database, whose every run `measure` puts in a transaction of its own."""
        if self._apart(info):
            yield
            return
        with self.db.rolled_back():
            self.set_timeout()
            yield

    def measure(self, fingerprint: str, sql: str, info: StatementInfo, choice: Choice) -> Measurement:
        """Measure inside the caller's transaction; never leaves it aborted.

        The runs follow the repetition rule of `explain.repeat` (a warm-up unless the statement's
        tables are warm on this connection, one run with per-node timing, `TIMING OFF` repeats
        until they settle). A write outside any transaction (on dbperf's own database) is
        measured a transaction per run (`_apart_run`).
        """
        result = Measurement(fingerprint, sql, choice.params, choice.source)
        if info.error:
            result.error = info.error
            return result
        if choice.source == "generic":
            if self.db.server_version_num < 160000:  # EXPLAIN (GENERIC_PLAN) is new in PostgreSQL 16
                return self._generic_before_16(result, info)
            return self._plan_only(result, EXPLAIN_GENERIC, None)
        if info.writes and not self.writes_allowed:
            return self._plan_only(result, EXPLAIN_PLAIN, choice.params)
        apart = self._apart(info) and self.db.conn.info.transaction_status == TransactionStatus.IDLE

        def run(timing: bool) -> Plan:
            query = (EXPLAIN_TIMED if timing else EXPLAIN_UNTIMED) + sql
            if not apart:
                return self._analyzed(query, choice.params, fingerprint, info)
            try:
                with self.db.rolled_back():
                    self.set_timeout()
                    return self._analyzed(query, choice.params, fingerprint, info)
            finally:
                self.vacuum_dirty()

        shape = self.settings.shapes.get(fingerprint)
        try:
            runs = run_repeated(run, all_warm(getattr(shape, "tables", ()) or (), self.warm),
                                self.config.repeats, fixed=info.writes)
        except pgerrors.QueryCanceled:
            result.error = f"timed out after {self.config.statement_timeout_ms} ms"
            try:
                if apart:
                    with self.db.rolled_back():
                        self.set_timeout()
                        result.plan = self.parse(self._explain(EXPLAIN_PLAIN + sql, choice.params),
                                                 fingerprint, analyzed=False)
                else:
                    result.plan = self.parse(self._explain(EXPLAIN_PLAIN + sql, choice.params), fingerprint,
                                             analyzed=False)
            except psycopg.Error:
                pass
            return result
        except psycopg.Error as exc:
            result.error = message(exc)
            return result
        median = runs.median
        result.plan = runs.plan
        result.ms = median.execution_ms
        result.planning_ms = median.planning_ms
        result.runs = runs.runs_ms
        result.buffers = runs.plan.buffers
        result.rows = runs.plan.root.rows_out
        return result

    def _analyzed(self, query: str, params: Sequence[Any] | None, fingerprint: str, info: StatementInfo) -> Plan:
        """One EXPLAIN ANALYZE run (rolled back); its tables are warm afterwards, a write's dirty."""
        plan = self.parse(self._explain(query, params), fingerprint)
        self.warm.update(tables_read(plan))
        if info.writes:
            self.dirty.update(_written_tables(plan))
        return plan

    def _apart(self, info: StatementInfo) -> bool:
        """A write on dbperf's own database: measured a run per transaction, its table vacuumed after.

        A rolled-back UPDATE leaves its new row versions in the table as dead rows until VACUUM. In
        one transaction every repeat would scan the versions of the runs before it and write into
        new pages: a whole-table UPDATE measured twice its cost that way. Apart, every run sees
        the table as seeded.
        """
        return info.writes and self.db.owned

    def _plan_only(self, result: Measurement, explain: str, params: Sequence[Any] | None) -> Measurement:
        try:
            result.plan = self.parse(self._explain(explain + result.sql, params), result.fingerprint,
                                     analyzed=False)
            result.planning_ms = result.plan.planning_ms
        except psycopg.Error as exc:
            result.error = message(exc)
        return result

    def _generic_before_16(self, result: Measurement, info: StatementInfo) -> Measurement:
        """The generic plan without GENERIC_PLAN: PREPARE, force the generic plan, EXPLAIN EXECUTE
        with NULLs (a generic plan does not depend on the values)."""
        name = "dbperf_generic"
        args = f"({', '.join(['NULL'] * info.params)})" if info.params else ""
        try:
            self.db.execute(f"SAVEPOINT {SAVEPOINT}")
            try:
                self.db.execute("SET LOCAL plan_cache_mode = force_generic_plan")
                self.db.execute(f"PREPARE {name} AS {result.sql}")
                try:
                    raw = self.db.fetchval(f"{EXPLAIN_PLAIN}EXECUTE {name}{args}")
                finally:
                    self.db.execute(f"DEALLOCATE {name}")
            finally:
                self.db.execute(f"ROLLBACK TO SAVEPOINT {SAVEPOINT}")
                self.db.execute(f"RELEASE SAVEPOINT {SAVEPOINT}")
            result.plan = self.parse(raw, result.fingerprint, analyzed=False)
        except psycopg.Error as exc:
            result.error = message(exc)
        return result

    @property
    def writes_allowed(self) -> bool:
        """Writes are EXPLAIN ANALYZEd (and rolled back) on dbperf's own database, or with --allow-writes."""
        return self.db.owned or bool(getattr(self.db, "allow_writes", False))

    def parse(self, raw: Any, fingerprint: str, analyzed: bool = True) -> Plan:
        plan = parse_plan(raw, analyzed=analyzed)
        self.name(plan, fingerprint)
        return plan

    def name(self, plan: Plan | None, fingerprint: str) -> None:
        """The plan's tables named as the schema names them (`auth.sessions`), which EXPLAIN does not."""
        schema = self.settings.schema
        if plan is not None and schema is not None:
            shape = self.settings.shapes.get(fingerprint)
            name_relations(plan, schema, getattr(shape, "aliases", None), getattr(shape, "tables", ()))

    def _explain(self, query: str, params: Sequence[Any] | None) -> Any:
        """Run one EXPLAIN in a savepoint that is rolled back: undoes writes, survives errors."""
        self.db.execute(f"SAVEPOINT {SAVEPOINT}")
        try:
            return self.db.fetchval(query, params)
        finally:
            try:
                self.db.execute(f"ROLLBACK TO SAVEPOINT {SAVEPOINT}")
                self.db.execute(f"RELEASE SAVEPOINT {SAVEPOINT}")
            except psycopg.Error:
                pass  # connection lost: the caller's ROLLBACK will tell

    def set_timeout(self) -> None:
        """Set up the measuring transaction: the timeout; read-only unless dbperf owns the database."""
        if not self.db.owned:
            # --allow-writes: the transaction may write, and is rolled back like every other.
            self.db.execute("SET TRANSACTION READ WRITE" if self.writes_allowed else "SET TRANSACTION READ ONLY")
        self.db.execute(f"SET LOCAL statement_timeout = {int(self.config.statement_timeout_ms)}")
        if tuple(self.config.search_path) != ("public",):  # the application's, for its unqualified names
            self.db.execute("SELECT set_config('search_path', $1, true)",
                            (", ".join(pgsql.Identifier(name).as_string(self.db.conn)
                                       for name in self.config.search_path),))

    def vacuum_dirty(self) -> None:
        """VACUUM tables that rolled-back writes filled with dead rows, so later plans are unaffected."""
        while self.dirty:
            table = self.dirty.pop()
            try:
                self.db.execute(f"VACUUM {table}")
            except psycopg.Error:
                pass


def measure_group(conn: Connection, group: QueryGroup, sql: str | None = None) -> GroupResult:
    """EXPLAIN ANALYZE `group` (or `sql`, a rewrite of it using the same parameters) on `conn`.

    Never raises: a measurement that failed is a result too, with a problem that says why.
    """
    sql = sql or group.example.sql
    problems = Problems()
    try:
        info = inspect_statement(sql)
        choice = conn.params.choose(group, sql, info)
        with conn.measuring(info):
            result = conn.measure(group.fingerprint, sql, info, choice)
            if result.error and choice.source == "sampled" and not result.timed_out:
                result = fallback_generic(conn, group, sql, info, result)
            elif result.error and choice.source.startswith("captured") and not result.timed_out:
                result = _fallback_from_capture(conn, group, sql, info, result, problems)
    except Exception as exc:  # never raise: a measurement that failed is a result too
        result = Measurement(group.fingerprint, sql, error=f"{type(exc).__name__}: {exc}")
    finally:
        conn.vacuum_dirty()
    if result.error and not result.error.endswith(NO_PLAN):
        problems.add("explain", result.error, origin=group.example.origin, hint=_hint(result.error))
    return GroupResult(group.fingerprint, result, conn.params.choices.get((group.fingerprint, sql)),
                       problems.items)


def measure_statement(conn: Connection, sql: str, params: tuple | None = None) -> Measurement:
    """EXPLAIN ANALYZE an ad-hoc statement (fingerprint ""), with `params` if given."""
    try:
        info = inspect_statement(sql)
        choice = conn.params.raw(info, params)
        with conn.measuring(info):
            return conn.measure("", sql, info, choice)
    except Exception as exc:
        return Measurement("", sql, error=f"{type(exc).__name__}: {exc}")
    finally:
        conn.vacuum_dirty()


def _fallback_from_capture(
    conn: Connection, group: QueryGroup, sql: str, info: StatementInfo, failed: Measurement, problems: Problems
) -> Measurement:
    """Captured values that do not fit the seeded data (an INSERT whose foreign key points at a
    production row): try values sampled from the seeded data, then a generic plan."""
    choice = conn.params.without_capture(info, conn.params.param_columns(group.fingerprint))
    retry = conn.measure(group.fingerprint, sql, info, choice)
    if retry.error and choice.source == "sampled":
        choice = GENERIC
        retry = conn.measure(group.fingerprint, sql, info, choice)
    if retry.error:
        return failed
    conn.params.choices[(group.fingerprint, sql)] = choice
    how = "values sampled from the seeded data" if choice.source == "sampled" else "a generic plan"
    problems.add("explain", f"captured parameters do not fit the seeded data ({failed.error}); "
                 f"measured with {how} instead", group.example.origin,
                 hint="usually harmless: the captured keys point at production rows")
    return retry


def fallback_generic(
    conn: Connection, group: QueryGroup, sql: str, info: StatementInfo, failed: Measurement
) -> Measurement:
    """Sampled values did not fit the statement (e.g. `= ANY($1)`): plan it generically instead."""
    generic = conn.measure(group.fingerprint, sql, info, GENERIC)
    if generic.error:
        return failed
    conn.params.choices[(group.fingerprint, sql)] = GENERIC
    return generic


def _written_tables(plan: Plan) -> set[str]:
    """Tables a data-modifying plan wrote to (its ModifyTable nodes)."""
    names = set()
    for node in plan.walk():
        if node.node_type == "ModifyTable" and node.relation:
            name = str(node.raw.get("Relation Name") or node.relation)  # node.relation may be a key
            ident = [node.schema, name] if node.schema else [name]
            names.add(".".join(_quote(part) for part in ident))
    return names


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def message(exc: psycopg.Error) -> str:
    """PostgreSQL's primary message of `exc`."""
    diag = getattr(exc, "diag", None)
    return (diag.message_primary if diag and diag.message_primary else str(exc)).strip()


def _hint(error: str) -> str:
    if error.startswith("timed out after"):
        return "raise thresholds.statement_timeout_ms in dbperf.toml or lower the seed scale"
    if "does not exist" in error:
        return "the statement uses a table or column the schema does not define; check the schema"
    if "parameter" in error or "bind message" in error:
        return "the captured parameters do not match the statement's $n placeholders"
    if "invalid input syntax" in error or "out of range" in error:
        return "a parameter value does not fit the column's type"
    return "the statement could not be explained on the scratch database"
