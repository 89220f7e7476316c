"""Run EXPLAIN ANALYZE on query groups in the scratch database: the `Lab` of dbperf.

For each statement the runner picks parameter values (captured ones, inline
literals, values sampled from the seeded data, or none at all with
`EXPLAIN (GENERIC_PLAN)`), then runs `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)`
once to warm the cache and `config.repeats` times to time it, keeping the
median run.

Every run happens inside a transaction that is rolled back, each run inside
its own savepoint (so an INSERT can be repeated and a failing statement never
leaves the transaction aborted). A write on dbperf's own database gets a
transaction per run, with its table vacuumed in between: the row versions of a
rolled-back UPDATE stay in the table until VACUUM, and the next run would walk
through them. On a database dbperf does not own, writing statements are only
planned (plain EXPLAIN), never executed.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import psycopg
from pglast import ast, parse_sql
from pglast.parser import ParseError
from pglast.stream import RawStream
from pglast.visitors import Visitor
from psycopg import errors as pgerrors
from psycopg import sql as pgsql
from psycopg.pq import TransactionStatus

from dbperf.config import Config
from dbperf.diagnostics import Origin, Problems
from dbperf.explain.builds import BuildFailure, Builds, Built
from dbperf.explain.measurement import Measurement
from dbperf.explain.memo import MeasurementMemo, Remembered, group_identity, raw_identity
from dbperf.explain.parse import name_relations, parse_plan
from dbperf.explain.plan import Plan
from dbperf.findings import IndexChange
from dbperf.postgres.database import Database
from dbperf.schema.model import ForeignKey, Schema
from dbperf.workload import QueryGroup

EXPLAIN_ANALYZE = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) "
EXPLAIN_PLAIN = "EXPLAIN (FORMAT JSON) "
EXPLAIN_GENERIC = "EXPLAIN (GENERIC_PLAN, FORMAT JSON) "
LIMIT_VALUE = "20"  # a page size, for `LIMIT $n` without a captured value
OFFSET_VALUE = "0"  # the first page, for `OFFSET $n`
SAVEPOINT = "dbperf_run"
NO_PLAN = " has no plan to measure"  # BEGIN, SET, DDL…: not worth a Problem

# Statements EXPLAIN accepts; the last three write.
_WRITES = (ast.InsertStmt, ast.UpdateStmt, ast.DeleteStmt, ast.MergeStmt, ast.CreateTableAsStmt)
_EXPLAINABLE = (ast.SelectStmt, *_WRITES)


@dataclass
class StatementInfo:
    """What the runner needs to know about a statement, read from its pglast parse tree."""

    params: int = 0  # highest $n used (0: no placeholders)
    literals: bool = False  # has inline constants
    writes: bool = False  # INSERT/UPDATE/DELETE/MERGE (also in CTEs), FOR UPDATE, SELECT INTO
    page_params: dict[int, str] = field(default_factory=dict)  # $n of LIMIT/OFFSET -> default value
    error: str | None = None  # why it cannot be explained


class _Inspector(Visitor):
    def __init__(self, info: StatementInfo) -> None:
        super().__init__()
        self.info = info

    def visit(self, ancestors: Any, node: Any) -> None:
        info = self.info
        if isinstance(node, ast.ParamRef):
            info.params = max(info.params, node.number)
            if ancestors.member == "limitCount":
                info.page_params[node.number] = LIMIT_VALUE
            elif ancestors.member == "limitOffset":
                info.page_params[node.number] = OFFSET_VALUE
        elif isinstance(node, ast.A_Const):
            info.literals = True
        elif isinstance(node, (*_WRITES, ast.IntoClause, ast.LockingClause)):
            info.writes = True


def inspect_statement(sql: str) -> StatementInfo:
    """Parse `sql` (exactly one explainable statement) and describe it."""
    info = StatementInfo()
    try:
        statements = parse_sql(sql)
    except ParseError as exc:
        info.error = f"could not parse the statement: {exc}"
        return info
    if len(statements) != 1:
        info.error = f"expected one statement, found {len(statements)}"
        return info
    stmt = statements[0].stmt
    if not isinstance(stmt, _EXPLAINABLE):
        info.error = f"{type(stmt).__name__}{NO_PLAN}"
        return info
    _Inspector(info)(statements[0])
    return info


def param_text(value: Any) -> str | None:
    """A captured value as text, so that PostgreSQL infers its type from the statement."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "\\x" + bytes(value).hex()
    return str(value)


@dataclass(frozen=True)
class _Choice:
    params: tuple[str | None, ...] | None
    source: str  # see Measurement.params_source


@dataclass(frozen=True)
class _Parent:
    """The referenced column of a foreign key (what `_sample` and `_exists` read)."""

    table: str
    column: str
    schema: str | None = None


class Runner:
    """EXPLAIN ANALYZE of query groups on `db`; implements `dbperf.context.Lab`."""

    def __init__(
        self,
        db: Database,
        config: Config,
        shapes: Mapping[str, Any] | None = None,
        problems: Problems | None = None,
        memo: MeasurementMemo | None = None,
        schema: Schema | None = None,
    ) -> None:
        self.db = db
        self.schema = schema  # foreign keys, to ground the parent keys a captured write refers to
        self.memo = memo  # results of an earlier run on the same seeded database (None: always measure)
        self.config = config
        self.shapes = shapes or {}
        self.problems = problems
        self._choices: dict[tuple[str, str], _Choice] = {}  # (fingerprint, sql) -> params used
        self._samples: dict[tuple[str | None, str, str, tuple[str, ...]], str | None] = {}
        self._dirty: set[str] = set()  # tables written by rolled-back runs, to vacuum
        self.builds = Builds(db, config.index_build_timeout_ms, prepare_ddl)  # kept until undone

    # -- the Lab protocol -------------------------------------------------------------

    def measure(self, group: QueryGroup, sql: str | None = None) -> Measurement:
        """EXPLAIN ANALYZE `group` (or `sql`, a rewrite of it using the same parameters)."""
        sql = sql or group.example.sql
        key = self.memo.key("measure", group_identity(group), sql) if self.memo else None
        choice_key = (group.fingerprint, sql)
        return self._remembered(key, lambda: [self._measure_group(group, sql)], choice_key)[0]

    def _measure_group(self, group: QueryGroup, sql: str) -> Measurement:
        try:
            info = inspect_statement(sql)
            choice = self._choose(group, sql, info)
            with self._measuring(info):
                result = self._measure(group.fingerprint, sql, info, choice)
                if result.error and choice.source == "sampled" and not result.timed_out:
                    result = self._fallback_generic(group, sql, info, result)
                elif result.error and choice.source.startswith("captured") and not result.timed_out:
                    result = self._fallback_from_capture(group, sql, info, result)
        except Exception as exc:  # never raise: a measurement that failed is a result too
            result = Measurement(group.fingerprint, sql, error=f"{type(exc).__name__}: {exc}")
        finally:
            self._vacuum_dirty()
        self._report(result, group.example.origin)
        return result

    def measure_raw(self, sql: str, params: tuple | None = None) -> Measurement:
        """EXPLAIN ANALYZE an ad-hoc statement (fingerprint ""), with `params` if given."""
        key = self.memo.key("raw", raw_identity([(sql, params)])) if self.memo else None
        return self._remembered(key, lambda: [self._measure_raw(sql, params)])[0]

    def _measure_raw(self, sql: str, params: tuple | None) -> Measurement:
        try:
            info = inspect_statement(sql)
            choice = self._raw_choice(info, params)
            with self._measuring(info):
                return self._measure("", sql, info, choice)
        except Exception as exc:
            return Measurement("", sql, error=f"{type(exc).__name__}: {exc}")
        finally:
            self._vacuum_dirty()

    def trial(
        self,
        ddl: list[str],
        groups: Iterable[QueryGroup],
        raw: Sequence[tuple[str, tuple | None]] = (),
    ) -> list[Measurement]:
        """Apply `ddl` in a transaction, re-measure `groups` with their usual parameters, roll back.

        `raw` (extension): ad-hoc `(sql, params)` statements measured in the same trial, as
        `measure_raw` would; their measurements follow those of `groups`.
        """
        groups = list(groups)
        key = None
        if self.memo:
            key = self.memo.key("trial", list(ddl), [group_identity(g) for g in groups], raw_identity(raw))
        return self._remembered(key, lambda: self._trial(ddl, groups, raw))

    def _trial(
        self, ddl: list[str], groups: list[QueryGroup], raw: Sequence[tuple[str, tuple | None]]
    ) -> list[Measurement]:
        plans = []
        for g in groups:  # parameters are chosen (and sampled) outside the transaction
            info = inspect_statement(g.example.sql)
            plans.append((g.fingerprint, g.example.sql, info, self._choose(g, g.example.sql, info), g))
        for sql, params in raw:
            info = inspect_statement(sql)
            plans.append(("", sql, info, self._raw_choice(info, params), None))

        def failed(error: str) -> list[Measurement]:
            if self.problems is not None and self.db.owned:  # a fix not tried is neither proven nor refuted
                first = next((line for line in ddl if line.upper().startswith("CREATE")), ddl[0] if ddl else "")
                self.problems.add("explain", f"{error} — the fix was not tried: {first}",
                                  hint="raise thresholds.index_build_timeout_ms, or check the DDL on the seeded data")
            return [Measurement(fp, sql, error=error) for fp, sql, *_ in plans]

        if not self.db.owned:
            return failed("trials need a scratch database that dbperf owns")
        try:
            statements, analyze = prepare_ddl(ddl)
        except ValueError as exc:
            return failed(f"trial refused: {exc}")
        results: list[Measurement] = []
        try:
            with self.db.rolled_back():
                try:
                    self.db.execute(f"SET LOCAL statement_timeout = {int(self.config.index_build_timeout_ms)}")
                    for statement in statements:
                        self.db.execute(statement)
                    for table in analyze:
                        self.db.execute(f"ANALYZE {table}")
                except pgerrors.QueryCanceled:
                    return failed(f"trial DDL timed out after {self.config.index_build_timeout_ms / 1000:g} s "
                                  "(thresholds.index_build_timeout_ms)")
                except psycopg.Error as exc:
                    return failed(f"trial DDL failed: {_message(exc)}")
                self._warn_unusable_indexes()
                self._set_timeout()
                for fingerprint, sql, info, choice, g in plans:
                    result = self._measure(fingerprint, sql, info, choice)
                    if g and result.error and choice.source == "sampled" and not result.timed_out:
                        result = self._fallback_generic(g, sql, info, result)
                    results.append(result)
        except Exception as exc:
            return failed(f"trial failed: {type(exc).__name__}: {exc}")
        finally:
            self._vacuum_dirty()
        return results

    def build(self, changes: Sequence[IndexChange]) -> list[Built] | BuildFailure:
        """Create `changes` for real, kept until `unbuild` or `undo_builds` (explain/builds.py)."""
        return self.builds.build(changes)

    def unbuild(self, changes: Sequence[IndexChange]) -> None:
        self.builds.unbuild(changes)

    def undo_builds(self) -> None:
        self.builds.undo_all()

    def fetch(self, sql: str, params: tuple | None = None) -> list[tuple]:
        """Rows of a read-only query on the seeded data (extension, e.g. a keyset cursor value).

        Runs in a rolled-back transaction under the statement timeout; [] when it fails.
        """
        info = inspect_statement(sql)
        if info.error or info.writes:
            return []
        try:
            with self.db.rolled_back():
                self._set_timeout()
                return self.db.fetchall(sql, _raw_params(params))
        except psycopg.Error:
            return []

    def measure_all(
        self, groups: Iterable[QueryGroup], progress: Callable[[QueryGroup], None] | None = None
    ) -> dict[str, Measurement]:
        """Measure every group; `progress` is called after each one."""
        results: dict[str, Measurement] = {}
        for group in groups:
            results[group.fingerprint] = self.measure(group)
            if progress:
                progress(group)
        return results

    def _remembered(
        self,
        key: str | None,
        run: Callable[[], list[Measurement]],
        choice_key: tuple[str, str] | None = None,
    ) -> list[Measurement]:
        """`run()`, or what it gave in an earlier run on the same seeded database (see `memo`)."""
        if key is None or self.memo is None:
            return run()
        key = self.memo.key("in state", self._index_state(), key)  # e.g. the advisor applied an index
        hit = self.memo.get(key)
        if hit is not None:
            if self.problems is not None:
                self.problems.items.extend(hit.problems)
            if choice_key and hit.choice:
                self._choices[choice_key] = _Choice(*hit.choice)
            for m in hit.measurements:
                self._name(m.plan, m.fingerprint)
            return hit.measurements
        before = len(self.problems.items) if self.problems is not None else 0
        results = run()
        choice = self._choices.get(choice_key) if choice_key else None
        self.memo.put(key, Remembered(
            measurements=results,
            problems=list(self.problems.items[before:]) if self.problems is not None else [],
            choice=(choice.params, choice.source) if choice else None,
        ))
        return results

    def _index_state(self) -> str:
        """A digest of the indexes and statistics objects of the database as it is now: a measurement
        remembered with others in place (before the advisor created one for real, say) is not this one."""
        return str(self.db.fetchval(
            "SELECT md5(coalesce((SELECT string_agg(pg_get_indexdef(i.indexrelid) || i.indisvalid::text, ';'"
            " ORDER BY pg_get_indexdef(i.indexrelid)) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
            " WHERE c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace,"
            " 'pg_toast'::regnamespace)), '')"
            " || coalesce((SELECT string_agg(pg_get_statisticsobjdef(s.oid), ';' ORDER BY pg_get_statisticsobjdef(s.oid))"
            " FROM pg_statistic_ext s), ''))"))

    # -- choosing parameters ----------------------------------------------------------

    def _choose(self, group: QueryGroup, sql: str, info: StatementInfo) -> _Choice:
        """The parameters for `group` run as `sql`: the same ones every time (cached)."""
        key = (group.fingerprint, sql)
        if key not in self._choices:
            self._choices[key] = self._choose_uncached(group, info)
        return self._choices[key]

    def _choose_uncached(self, group: QueryGroup, info: StatementInfo) -> _Choice:
        if info.params == 0 or info.error:
            return self._choose_without_capture(info, {})
        captured = [s.params for s in [group.example, *group.samples] if s.params is not None]
        for params in captured:
            if len(params) >= info.params:
                return self._ground(group, tuple(param_text(v) for v in params[: info.params]))
        if captured:  # the capture disagrees with the statement: let PostgreSQL say how
            return _Choice(tuple(param_text(v) for v in captured[0]), "captured")
        shape = self.shapes.get(group.fingerprint)
        return self._choose_without_capture(info, getattr(shape, "param_columns", None) or {})

    def _ground(self, group: QueryGroup, params: tuple[str | None, ...]) -> _Choice:
        """Captured values of equality-compared columns that the seeded data lacks (a production
        user id) are replaced by a seeded value of the same column, so the plan sees real rows;
        foreign keys written by an INSERT or UPDATE get a seeded parent key, so the write succeeds."""
        shape = self.shapes.get(group.fingerprint)
        refs = {p.param: p.column for p in getattr(shape, "predicates", ())
                if p.value == "param" and p.param and p.op == "=" and not p.function}
        for n, parent in self._written_foreign_keys(shape).items():
            refs.setdefault(n, parent)
        deleting = getattr(shape, "kind", None) == "delete"
        grounded = list(params)
        for n, ref in refs.items():
            # A DELETE is measured on a row no NO ACTION/RESTRICT foreign key points at (a leaf of a tree).
            leaf = self._restricting(ref) if deleting else []
            if n > len(grounded) or grounded[n - 1] is None or self._exists(ref, grounded[n - 1], leaf):
                continue
            sampled = self._sample(ref, leaf)
            if sampled is not None:
                grounded[n - 1] = sampled
        changed = tuple(grounded) != params
        return _Choice(tuple(grounded), "captured, keys sampled" if changed else "captured")

    def _written_foreign_keys(self, shape: Any) -> dict[int, _Parent]:
        """Parameters an INSERT/UPDATE writes into a single-column foreign key: the parent column each
        must exist in."""
        if self.schema is None or getattr(shape, "kind", None) not in ("insert", "update"):
            return {}
        parents: dict[int, _Parent] = {}
        for n, ref in getattr(shape, "param_columns", {}).items():
            table = self.schema.tables.get(ref.table)
            for fk in table.foreign_keys if table else ():
                parent = self.schema.tables.get(fk.ref_table)
                if fk.columns == (ref.column,) and parent is not None and len(fk.ref_columns) == 1:
                    parents[n] = _Parent(parent.name, fk.ref_columns[0], parent.schema)
        return parents

    def _relation(self, schema: str | None, table: str) -> pgsql.Identifier:
        """A table given by schema and name, or by its key in the schema (`auth.sessions`)."""
        found = self.schema.tables.get(table) if self.schema is not None and schema is None else None
        if found is not None:
            return pgsql.Identifier(found.schema, found.name)
        return pgsql.Identifier(schema, table) if schema else pgsql.Identifier(table)

    def _restricting(self, ref: Any) -> list[ForeignKey]:
        """Foreign keys that forbid deleting a row whose `ref` column they point at."""
        if self.schema is None:
            return []
        return [fk for fk in self.schema.referencing(ref.table) if fk.table in self.schema.tables
                and fk.ref_columns == (ref.column,) and fk.on_delete in ("no action", "restrict")]

    def _unreferenced(self, col: pgsql.Composable, fks: list[ForeignKey]) -> pgsql.Composable:
        """SQL: ` AND` no row of `fks`' tables points at the row's `col`."""
        parts = []
        for fk in fks:
            child = self.schema.tables[fk.table]  # type: ignore[union-attr]
            parts.append(pgsql.SQL(" AND NOT EXISTS (SELECT 1 FROM {} c WHERE c.{} = {})").format(
                pgsql.Identifier(child.schema, child.name), pgsql.Identifier(fk.columns[0]), col))
        return pgsql.SQL("").join(parts)

    def _exists(self, ref: Any, value: str, leaf: list[ForeignKey] = ()) -> bool:
        rel = self._relation(getattr(ref, "schema", None), ref.table)
        col = pgsql.Identifier(ref.column)
        statement = pgsql.SQL("SELECT EXISTS (SELECT 1 FROM {} t WHERE t.{} = $1{})").format(
            rel, col, self._unreferenced(pgsql.SQL("t.{}").format(col), list(leaf)))
        try:
            with self.db.rolled_back():
                return bool(self.db.fetchval(self._sql(statement), (value,)))
        except psycopg.Error:
            return True  # cannot tell: keep the captured value

    def _raw_choice(self, info: StatementInfo, params: tuple | None) -> _Choice:
        """Parameters of an ad-hoc statement: the given ones, else none / LIMIT-OFFSET / generic."""
        if params is not None and info.params:
            # A rewrite may have dropped trailing parameters (e.g. LIMIT $2): bind only those still used.
            return _Choice(_raw_params(tuple(params)[: info.params]), "captured")
        return self._choose_without_capture(info, {})

    def _choose_without_capture(self, info: StatementInfo, param_columns: Mapping[int, Any]) -> _Choice:
        if info.params == 0:
            return _Choice(None, "literal" if info.literals else "none")
        values: list[str | None] = []
        for n in range(1, info.params + 1):
            if n in info.page_params:
                values.append(info.page_params[n])
            elif n in param_columns and (value := self._sample(param_columns[n])) is not None:
                values.append(value)
            else:
                return _Choice(None, "generic")
        return _Choice(tuple(values), "sampled")

    def _sample(self, ref: Any, leaf: list[ForeignKey] = ()) -> str | None:
        """A deterministic, typical value of `ref` (.table, .column) from the seeded data: the median of
        its distinct values (a typical user or tag, not the heaviest one the row-weighted median of a
        skewed foreign key would pick); among rows no foreign key of `leaf` points at, if given."""
        table, column = getattr(ref, "table", None), getattr(ref, "column", None)
        schema = getattr(ref, "schema", None)
        if not table or not column:
            return None
        key = (schema, table, column, tuple(fk.name for fk in leaf))
        if key not in self._samples:
            self._samples[key] = self._sample_uncached(schema, table, column, list(leaf))
        return self._samples[key]

    def _sample_uncached(self, schema: str | None, table: str, column: str, leaf: list[ForeignKey]) -> str | None:
        rel = self._relation(schema, table)
        col = pgsql.Identifier(column)
        unreferenced = self._unreferenced(pgsql.SQL("t.{}").format(col), leaf)
        try:
            distinct = (
                "WITH d AS (SELECT DISTINCT t.{col} AS v FROM {rel} t WHERE t.{col} IS NOT NULL{unreferenced})"
                " SELECT d.v::text FROM d ORDER BY d.v LIMIT 1 OFFSET (SELECT count(*) / 2 FROM d)"
            )
            by_row = "SELECT t.{col}::text FROM {rel} t WHERE t.{col} IS NOT NULL{unreferenced} ORDER BY ctid LIMIT 1"
            for query in (distinct, by_row):  # by_row: types without equality/ordering (json, point)
                statement = pgsql.SQL(query).format(col=col, rel=rel, unreferenced=unreferenced)
                try:
                    with self.db.rolled_back():
                        return self.db.fetchval(self._sql(statement))
                except psycopg.Error:
                    continue
        except psycopg.Error:
            pass
        return None

    # -- running EXPLAIN --------------------------------------------------------------

    @contextmanager
    def _measuring(self, info: StatementInfo) -> Iterator[None]:
        """The rolled-back transaction a measurement runs in; none for a write on dbperf's own
        database, whose every run `_measure_apart` puts in a transaction of its own."""
        if self._apart(info):
            yield
            return
        with self.db.rolled_back():
            self._set_timeout()
            yield

    def _measure(
        self, fingerprint: str, sql: str, info: StatementInfo, choice: _Choice, runs: int | None = None
    ) -> Measurement:
        """Measure inside the caller's transaction; never leaves it aborted.

        One warm-up run, then `config.repeats` timed runs; the median run is kept
        (the lower one of the two middle runs for an even count, so that `ms` is
        the execution time of the plan kept). `runs` given: that many runs, all timed.
        A write outside any transaction (on dbperf's own database) is measured apart.
        """
        if self._apart(info) and self.db.conn.info.transaction_status == TransactionStatus.IDLE:
            return self._measure_apart(fingerprint, sql, info, choice)
        result = Measurement(fingerprint, sql, choice.params, choice.source)
        if info.error:
            result.error = info.error
            return result
        if choice.source == "generic":
            if self.db.server_version_num < 160000:  # EXPLAIN (GENERIC_PLAN) is new in PostgreSQL 16
                return self._generic_before_16(result, info)
            return self._plan_only(result, EXPLAIN_GENERIC, None)
        if info.writes and not self._writes_allowed:
            return self._plan_only(result, EXPLAIN_PLAIN, choice.params)
        plans: list[Plan] = []
        try:
            for _ in range(runs or 1 + max(1, self.config.repeats)):  # the first run only warms the cache
                plans.append(self._parse(self._explain(EXPLAIN_ANALYZE + sql, choice.params), fingerprint))
        except pgerrors.QueryCanceled:
            result.error = f"timed out after {self.config.statement_timeout_ms} ms"
            try:
                result.plan = self._parse(self._explain(EXPLAIN_PLAIN + sql, choice.params), fingerprint, analyzed=False)
            except psycopg.Error:
                pass
            return result
        except psycopg.Error as exc:
            result.error = _message(exc)
            return result
        timed_plans = plans if runs else plans[1:]
        median = sorted(timed_plans, key=lambda p: p.execution_ms or 0.0)[(len(timed_plans) - 1) // 2]
        result.plan = median
        result.ms = median.execution_ms
        result.planning_ms = median.planning_ms
        result.runs = [p.execution_ms or 0.0 for p in timed_plans]
        result.buffers = median.buffers
        result.rows = median.root.rows_out
        if info.writes:
            self._dirty.update(_written_tables(median))
        return result

    def _apart(self, info: StatementInfo) -> bool:
        """A write on dbperf's own database: measured a run per transaction (`_measure_apart`)."""
        return info.writes and self.db.owned

    def _measure_apart(self, fingerprint: str, sql: str, info: StatementInfo, choice: _Choice) -> Measurement:
        """A write, each run in a rolled-back transaction of its own and its table vacuumed after.

        A rolled-back UPDATE leaves its new row versions in the table as dead rows until VACUUM. In
        one transaction every repeat would scan the versions of the runs before it and write into
        new pages: a whole-table UPDATE measured twice its cost that way. Apart, every run sees
        the table as seeded. One warm-up run, then `config.repeats` timed runs, as for a read.
        """
        singles: list[Measurement] = []
        for _ in range(1 + max(1, self.config.repeats)):
            with self.db.rolled_back():
                self._set_timeout()
                one = self._measure(fingerprint, sql, info, choice, runs=1)
            self._vacuum_dirty()
            if one.error or one.ms is None:  # a failure, a timeout or a plan without ANALYZE: said once
                return one
            singles.append(one)
        timed = singles[1:]
        median = sorted(timed, key=lambda m: m.ms or 0.0)[(len(timed) - 1) // 2]
        median.runs = [m.ms or 0.0 for m in timed]
        return median

    def _plan_only(self, result: Measurement, explain: str, params: Sequence[Any] | None) -> Measurement:
        try:
            result.plan = self._parse(self._explain(explain + result.sql, params), result.fingerprint, analyzed=False)
            result.planning_ms = result.plan.planning_ms
        except psycopg.Error as exc:
            result.error = _message(exc)
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
            result.plan = self._parse(raw, result.fingerprint, analyzed=False)
        except psycopg.Error as exc:
            result.error = _message(exc)
        return result

    @property
    def _writes_allowed(self) -> bool:
        """Writes are EXPLAIN ANALYZEd (and rolled back) on dbperf's own database, or with --allow-writes."""
        return self.db.owned or bool(getattr(self.db, "allow_writes", False))

    def _fallback_from_capture(
        self, group: QueryGroup, sql: str, info: StatementInfo, failed: Measurement
    ) -> Measurement:
        """Captured values that do not fit the seeded data (an INSERT whose foreign key points at a
        production row): try values sampled from the seeded data, then a generic plan."""
        shape = self.shapes.get(group.fingerprint)
        choice = self._choose_without_capture(info, getattr(shape, "param_columns", None) or {})
        retry = self._measure(group.fingerprint, sql, info, choice)
        if retry.error and choice.source == "sampled":
            choice = _Choice(None, "generic")
            retry = self._measure(group.fingerprint, sql, info, choice)
        if retry.error:
            return failed
        self._choices[(group.fingerprint, sql)] = choice
        if self.problems is not None:
            how = "values sampled from the seeded data" if choice.source == "sampled" else "a generic plan"
            self.problems.add("explain", f"captured parameters do not fit the seeded data ({failed.error}); "
                              f"measured with {how} instead", group.example.origin,
                              hint="usually harmless: the captured keys point at production rows")
        return retry

    def _fallback_generic(
        self, group: QueryGroup, sql: str, info: StatementInfo, failed: Measurement
    ) -> Measurement:
        """Sampled values did not fit the statement (e.g. `= ANY($1)`): plan it generically instead."""
        generic = self._measure(group.fingerprint, sql, info, _Choice(None, "generic"))
        if generic.error:
            return failed
        self._choices[(group.fingerprint, sql)] = _Choice(None, "generic")
        return generic

    def _parse(self, raw: Any, fingerprint: str, analyzed: bool = True) -> Plan:
        plan = parse_plan(raw, analyzed=analyzed)
        self._name(plan, fingerprint)
        return plan

    def _name(self, plan: Plan | None, fingerprint: str) -> None:
        """The plan's tables named as the schema names them (`auth.sessions`), which EXPLAIN does not."""
        if plan is not None and self.schema is not None:
            shape = self.shapes.get(fingerprint)
            name_relations(plan, self.schema, getattr(shape, "aliases", None), getattr(shape, "tables", ()))

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

    def _set_timeout(self) -> None:
        """Set up the measuring transaction: the timeout; read-only unless dbperf owns the database."""
        if not self.db.owned:
            # --allow-writes: the transaction may write, and is rolled back like every other.
            self.db.execute("SET TRANSACTION READ WRITE" if self._writes_allowed else "SET TRANSACTION READ ONLY")
        self.db.execute(f"SET LOCAL statement_timeout = {int(self.config.statement_timeout_ms)}")
        if tuple(self.config.search_path) != ("public",):  # the application's, for its unqualified names
            self.db.execute("SELECT set_config('search_path', $1, true)",
                            (", ".join(pgsql.Identifier(name).as_string(self.db.conn)
                                       for name in self.config.search_path),))

    # -- housekeeping -----------------------------------------------------------------

    def _vacuum_dirty(self) -> None:
        """VACUUM tables that rolled-back writes filled with dead rows, so later plans are unaffected."""
        while self._dirty:
            table = self._dirty.pop()
            try:
                self.db.execute(f"VACUUM {table}")
            except psycopg.Error:
                pass

    def _warn_unusable_indexes(self) -> None:
        """An index built over broken HOT chains is invisible to its own transaction: say so."""
        rows = self.db.fetchall(
            "SELECT indexrelid::regclass::text FROM pg_index"
            " WHERE indcheckxmin AND xmin = pg_current_xact_id()::xid"
        )
        if rows and self.problems is not None:
            names = ", ".join(r[0] for r in rows)
            self.problems.add(
                "explain",
                f"trial index {names} cannot be used in its own transaction (recently updated rows)",
                hint="VACUUM the table and run the trial again",
            )

    def _report(self, result: Measurement, origin: Origin | None) -> None:
        if result.error and self.problems is not None and not result.error.endswith(NO_PLAN):
            self.problems.add("explain", result.error, origin=origin, hint=_hint(result.error))

    def _sql(self, composed: pgsql.Composable) -> str:
        return composed.as_string(self.db.conn)


def prepare_ddl(ddl: Sequence[str]) -> tuple[list[str], list[str]]:
    """The trial's statements, made transactional, and the tables to ANALYZE after them.

    `CREATE/DROP INDEX CONCURRENTLY` lose CONCURRENTLY (same index, but it can
    be rolled back); transaction control is refused since it would break the undo.
    """
    statements: list[str] = []
    analyze: list[str] = []
    for text in ddl:
        try:
            parsed = parse_sql(text)
        except ParseError as exc:
            raise ValueError(f"could not parse {text!r}: {exc}") from exc
        for raw in parsed:
            stmt = raw.stmt
            if isinstance(stmt, ast.TransactionStmt):
                raise ValueError("transaction control in trial DDL")
            changed = False
            if isinstance(stmt, (ast.IndexStmt, ast.DropStmt)) and stmt.concurrent:
                stmt.concurrent = False
                changed = True
            if isinstance(stmt, ast.IndexStmt) and any(e.expr is not None for e in stmt.indexParams or ()):
                analyze.append(_relation(stmt.relation))  # expression statistics come from ANALYZE
            if isinstance(stmt, ast.CreateStatsStmt):
                analyze.extend(_relation(r) for r in stmt.relations or () if isinstance(r, ast.RangeVar))
            statements.append(RawStream()(stmt) if changed or len(parsed) > 1 else text)
    return statements, list(dict.fromkeys(analyze))


def _relation(rv: ast.RangeVar) -> str:
    return RawStream()(rv)


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


def _message(exc: psycopg.Error) -> str:
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


def _raw_params(params: Sequence[Any] | None) -> tuple[str | None, ...] | None:
    return None if params is None else tuple(param_text(v) for v in params)
