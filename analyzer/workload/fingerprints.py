"""Query shapes of SQL texts: pglast fingerprint, normalized SQL and kind, each distinct text
fingerprinted once and each distinct shape parsed once; parse errors without the values they quote."""

from __future__ import annotations

from dataclasses import dataclass

from pglast import ast
from pglast.parser import ParseError, fingerprint, normalize, parse_sql, scan

MAX_CACHED_TEXTS = 100_000  # distinct SQL texts remembered (literals inline make many)

NEAR = 'at or near "'
VALUE_TOKENS = {"SCONST", "USCONST", "ICONST", "FCONST", "BCONST", "XCONST"}


def redacted_parse_error(exc: ParseError) -> str:
    """pglast's message without the captured value it may quote (`at or near "'a@b.com'"` becomes
    `at or near "'…'"`): a report shows normalized SQL only. Keywords and names are kept."""
    message = str(exc.args[0]) if exc.args else str(exc)
    head, sep, rest = message.partition(NEAR)
    if not sep:
        return message
    token, quote, tail = rest.rpartition('"')
    if not quote:
        return message
    if token.startswith(("'", "$", "E'", "e'", "B'", "b'", "X'", "x'", "U&'", "u&'")):
        stand_in = "'…'"  # a string (possibly unterminated): never shown
    else:
        try:
            first = scan(token)
        except ParseError:
            first = []
        stand_in = "<number>" if first and first[0].name in VALUE_TOKENS else token
    return f"{head}{NEAR}{stand_in}\"{tail}"


PARSE_HINT = (
    "the statement is skipped and the rest of the capture is analysed; "
    "is it PostgreSQL SQL, complete (a truncated log line?) and one statement?"
)
# Statements that can be planned and timed, by kind. Everything else is a
# utility statement: session control (BEGIN, SET, SHOW, DISCARD, DEALLOCATE,
# SAVEPOINT, LISTEN, …) and DDL, which are counted but not grouped.
_WRITE_KINDS = {ast.InsertStmt: "insert", ast.UpdateStmt: "update", ast.DeleteStmt: "delete"}
_OTHER_KINDS = (
    ast.MergeStmt,
    ast.CreateTableAsStmt,
    ast.DeclareCursorStmt,
    ast.CopyStmt,
    ast.CallStmt,
    ast.DoStmt,
)


@dataclass(frozen=True)
class Shape:
    """What one distinct query shape is: None kind for a utility statement."""

    fingerprint: str
    normalized: str
    kind: str | None


class Shapes:
    """Fingerprints cached by exact SQL text; each new shape parsed once."""

    def __init__(self) -> None:
        self.by_text: dict[str, list[tuple[str | None, Shape]]] = {}
        self.by_fingerprint: dict[str, Shape] = {}

    def of(self, sql: str) -> list[tuple[str | None, Shape]]:
        """The shapes of `sql`: [(None, shape)], or [(sub_sql, shape), …] for several statements.

        Raises pglast's ParseError when the text is not valid SQL.
        """
        parts = self.by_text.get(sql)
        if parts is None:
            parts = self._analyse(sql)
            if len(self.by_text) >= MAX_CACHED_TEXTS:
                self.by_text.clear()  # bounded memory; fingerprinting again is cheap
            self.by_text[sql] = parts
        return parts

    def _analyse(self, sql: str) -> list[tuple[str | None, Shape]]:
        print_ = fingerprint(sql)
        shape = self.by_fingerprint.get(print_)
        if shape is not None:
            return [(None, shape)]
        statements = parse_sql(sql)
        if len(statements) == 1:
            shape = Shape(print_, normalize(sql), statement_kind(statements[0].stmt))
            self.by_fingerprint[print_] = shape
            return [(None, shape)]
        parts = []  # several statements in one query string (simple protocol)
        for raw in statements:
            end = raw.stmt_location + raw.stmt_len if raw.stmt_len else len(sql)
            part = sql[raw.stmt_location : end].strip()
            parts.append((part, self._analyse(part)[0][1]))
        return parts


def statement_kind(stmt: ast.Node) -> str | None:
    """select / insert / update / delete / other, or None for a utility statement.

    `WITH … SELECT` is a select, unless one of its CTEs writes: then it is that write.
    """
    for node_type, kind in _WRITE_KINDS.items():
        if isinstance(stmt, node_type):
            return kind
    if isinstance(stmt, ast.SelectStmt):
        for cte in stmt.withClause.ctes if stmt.withClause else ():
            for node_type, kind in _WRITE_KINDS.items():
                if isinstance(cte.ctequery, node_type):
                    return kind
            if isinstance(cte.ctequery, ast.MergeStmt):
                return "other"
        return "select"
    if isinstance(stmt, _OTHER_KINDS):
        return "other"
    return None
