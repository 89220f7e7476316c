"""What a statement is, read from its pglast parse tree: its parameters, whether it writes,
and the trial DDL made transactional."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from pglast import ast, parse_sql
from pglast.parser import ParseError
from pglast.stream import RawStream
from pglast.visitors import Visitor

LIMIT_VALUE = "20"  # a page size, for `LIMIT $n` without a captured value
OFFSET_VALUE = "0"  # the first page, for `OFFSET $n`
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
    """Parse `sql` (exactly one explainable statement) and describe it.

    Parsed once per text in a process: the explain stage, its lanes and the rules ask about the
    same statements many times (165 parses for saas' 55 groups). Each caller gets its own copy."""
    info = _inspected(sql)
    return replace(info, page_params=dict(info.page_params))


@lru_cache(maxsize=4096)
def _inspected(sql: str) -> StatementInfo:
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


def trial_locks(ddl: Sequence[str]) -> tuple[set[str], set[str]]:
    """What a trial's DDL locks, as (shared, exclusive) keys for `explain.lanes.Gate`: the table of
    a plain CREATE INDEX shared (another CREATE INDEX on it does not conflict); a table it ANALYZEs
    exclusive (ANALYZE waits for any CREATE INDEX on it); `extension:<name>` for CREATE EXTENSION;
    `*` (everything) for any other statement, or DDL that cannot be read. Tables by name only
    (`relname`): two spellings of one table are one key, two schemas' same name serialize."""
    shared: set[str] = set()
    exclusive: set[str] = set()
    try:
        for text in ddl:
            for raw in parse_sql(text):
                stmt = raw.stmt
                if isinstance(stmt, ast.IndexStmt):
                    key = stmt.relation.relname
                    expressions = any(e.expr is not None for e in stmt.indexParams or ())
                    (exclusive if expressions else shared).add(key)  # expressions: ANALYZE (prepare_ddl)
                elif isinstance(stmt, ast.CreateStatsStmt):
                    exclusive.update(r.relname for r in stmt.relations or () if isinstance(r, ast.RangeVar))
                elif isinstance(stmt, ast.CreateExtensionStmt):
                    exclusive.add(f"extension:{stmt.extname}")
                else:
                    exclusive.add("*")
    except ParseError:
        exclusive.add("*")
    return shared - exclusive, exclusive
