"""Trials: candidate DDL (an index, statistics) applied in a transaction, queries re-measured with
the parameters they were measured with, everything rolled back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import psycopg
from psycopg import errors as pgerrors

from dbperf.diagnostics import Problem, Problems
from dbperf.explain.inspect import inspect_statement, prepare_ddl
from dbperf.explain.measure import Connection, fallback_generic, message
from dbperf.explain.measurement import Measurement
from dbperf.workload import QueryGroup


@dataclass
class TrialResult:
    """The measurements of a trial (groups first, then the raw statements) and its problems."""

    measurements: list[Measurement]
    problems: list[Problem] = field(default_factory=list)


def run_trial(
    conn: Connection,
    ddl: list[str],
    groups: list[QueryGroup],
    raw: Sequence[tuple[str, tuple | None]] = (),
) -> TrialResult:
    """Apply `ddl` in a transaction on `conn`, re-measure `groups` and the ad-hoc `raw`
    statements, roll back. Never raises: a trial that could not run says why."""
    problems = Problems()
    db = conn.db
    plans = []
    for g in groups:  # parameters are chosen (and sampled) outside the transaction
        info = inspect_statement(g.example.sql)
        plans.append((g.fingerprint, g.example.sql, info, conn.params.choose(g, g.example.sql, info), g))
    for sql, params in raw:
        info = inspect_statement(sql)
        plans.append(("", sql, info, conn.params.raw(info, params), None))

    def failed(error: str) -> TrialResult:
        if db.owned:  # a fix not tried is neither proven nor refuted
            first = next((line for line in ddl if line.upper().startswith("CREATE")), ddl[0] if ddl else "")
            problems.add("explain", f"{error} — the fix was not tried: {first}",
                         hint="raise thresholds.index_build_timeout_ms, or check the DDL on the seeded data")
        return TrialResult([Measurement(fp, sql, error=error) for fp, sql, *_ in plans], problems.items)

    if not db.owned:
        return failed("trials need a scratch database that dbperf owns")
    try:
        statements, analyze = prepare_ddl(ddl)
    except ValueError as exc:
        return failed(f"trial refused: {exc}")
    timeout_ms = conn.config.index_build_timeout_ms
    results: list[Measurement] = []
    try:
        with db.rolled_back():
            try:
                db.execute(f"SET LOCAL statement_timeout = {int(timeout_ms)}")
                for statement in statements:
                    db.execute(statement)
                for table in analyze:
                    db.execute(f"ANALYZE {table}")
            except pgerrors.QueryCanceled:
                return failed(f"trial DDL timed out after {timeout_ms / 1000:g} s "
                              "(thresholds.index_build_timeout_ms)")
            except psycopg.Error as exc:
                return failed(f"trial DDL failed: {message(exc)}")
            _warn_unusable_indexes(conn, problems)
            conn.set_timeout()
            for fingerprint, sql, info, choice, g in plans:
                result = conn.measure(fingerprint, sql, info, choice)
                if g and result.error and choice.source == "sampled" and not result.timed_out:
                    result = fallback_generic(conn, g, sql, info, result)
                results.append(result)
    except Exception as exc:
        return failed(f"trial failed: {type(exc).__name__}: {exc}")
    finally:
        conn.vacuum_dirty()
    return TrialResult(results, problems.items)


def _warn_unusable_indexes(conn: Connection, problems: Problems) -> None:
    """An index built over broken HOT chains is invisible to its own transaction: say so."""
    rows = conn.db.fetchall(
        "SELECT indexrelid::regclass::text FROM pg_index"
        " WHERE indcheckxmin AND xmin = pg_current_xact_id()::xid"
    )
    if rows:
        names = ", ".join(r[0] for r in rows)
        problems.add(
            "explain",
            f"trial index {names} cannot be used in its own transaction (recently updated rows)",
            hint="VACUUM the table and run the trial again",
        )
