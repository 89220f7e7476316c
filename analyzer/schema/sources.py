"""Find the DDL statements of a schema source and read them with their file:line.

A source is a migrations folder of one of the usual tools (drizzle-kit,
Prisma, golang-migrate, dbmate, Flyway, diesel, sqlx, Supabase: `layouts.py`
gives its files in the tool's order), a folder of `.sql` files, a plain DDL
file or `pg_dump --schema-only` output. Of a dbmate migration only the
up sections are read (goose and sql-migrate alike). Statements are cut with the PostgreSQL scanner
(`pglast.parser.scan`), the way psql cuts them: at a `;` outside parentheses
and outside a `BEGIN ATOMIC … END` body. psql meta-commands (`\\connect`,
`\\restrict KEY`) between statements and the data blocks of `COPY … FROM stdin`
are passed over. Each statement is then parsed with pglast; one that does not
parse is reported and yielded with `node=None`, so that it is counted but
never applied. A `(` never closed would make psql read on to the next `;` at
depth 0, swallowing the statements after it: so a `;` inside parentheses ends
the statement (it is valid SQL only between the actions of `CREATE RULE … DO
(…; …)`), only the broken statement is lost, and the problem names what it
would have created.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pglast import ast
from pglast.parser import ParseError, parse_sql, scan

from dbperf.diagnostics import Origin, Problems
from dbperf.schema.layouts import JOURNAL, layout_of, section_marker

BREAKPOINT = "--> statement-breakpoint"  # drizzle-kit's separator; a SQL comment to PostgreSQL
_COMMENTS = {"SQL_COMMENT", "C_COMMENT"}
_PARSE_HINT = "fix the statement; it was not applied, the statements after it were"
Span = tuple[int, int, bool]  # a statement's start, end, and whether it ended at a `;` inside `(`


@dataclass(frozen=True)
class DdlStatement:
    """One statement of a schema source.

    `origin` is the line of its first token. `node` is the parsed statement, or
    None when it did not parse (then `error` says why; it was already reported).
    """

    sql: str
    origin: Origin
    node: ast.Node | None = None
    error: str | None = None


def is_drizzle_folder(path: Path) -> bool:
    return path.is_dir() and (path / JOURNAL).is_file()


def schema_files(path: Path, problems: Problems | None = None) -> list[Path]:
    """The SQL files of a source in the order its tool applies them (layouts.py)."""
    return layout_of(path, problems).files


def read_statements(path: Path, problems: Problems | None = None) -> Iterator[DdlStatement]:
    """Every statement of a file or folder, in order, with the file:line of its first token."""
    for file in schema_files(path, problems):
        yield from read_file(file, problems)


def read_file(file: Path, problems: Problems | None = None) -> Iterator[DdlStatement]:
    """The statements of one SQL file."""
    text = file.read_text(encoding="utf-8-sig", errors="replace")
    lines = _LineIndex(text)
    for begin, stop in up_sections(text) or [(0, len(text))]:
        yield from _parse_spans(text, _statement_spans(text, begin, stop), str(file), lines, problems)


def up_sections(text: str) -> list[tuple[int, int]] | None:
    """(start, end) offsets of the up sections of a dbmate, goose or sql-migrate file; None if not one.

    As those tools read them: a section runs from its marker line (`-- migrate:up`, `-- +goose Up`,
    `-- +migrate Up`) to the next marker line or the end; the down sections are never applied.
    """
    markers: list[tuple[int, int, bool]] = []  # (line start, line end, is up)
    offset = 0
    for line in text.splitlines(keepends=True):
        marker = section_marker(line)
        if marker is not None:
            markers.append((offset, offset + len(line), marker[1]))
        offset += len(line)
    if not markers:
        return None
    sections = []
    for i, (_, line_end, up) in enumerate(markers):
        if up:
            stop = markers[i + 1][0] if i + 1 < len(markers) else len(text)
            sections.append((line_end, stop))
    return sections


def read_text(
    text: str, name: str = "<sql>", problems: Problems | None = None
) -> Iterator[DdlStatement]:
    """The statements of SQL text; `name` is used as the path of origins."""
    lines = _LineIndex(text)
    yield from _parse_spans(text, _statement_spans(text), name, lines, problems)


class _LineIndex:
    """Character offset -> 1-based line number."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line(self, offset: int) -> int:
        return bisect_right(self._starts, offset)


def _parse_spans(
    text: str, spans: Iterator[Span], path: str, lines: _LineIndex, problems: Problems | None
) -> Iterator[DdlStatement]:
    """The statement(s) of each (start, end, unclosed) span, parsed."""
    for start, end, unclosed in spans:
        note = None
        if unclosed and not _parses(text[start:end]):
            note = f"a `(` is never closed: the statement was ended at the `;` of line {lines.line(end)}"
        yield from _parse(text[start:end], start, path, lines, problems, note)


def _parses(sql: str) -> bool:
    try:
        parse_sql(sql)
    except ParseError:
        return False
    return True


def _parse(
    sql: str,
    offset: int,
    path: str,
    lines: _LineIndex,
    problems: Problems | None,
    note: str | None = None,
) -> Iterator[DdlStatement]:
    """The statement(s) of one span, parsed; an unparsable one is reported and yielded with node=None."""
    origin = Origin(path, lines.line(offset))
    try:
        raw = parse_sql(sql)
    except ParseError as exc:
        message = _first_line(str(exc.args[0]) if exc.args else str(exc))
        position = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else None
        where = Origin(path, lines.line(offset + position)) if position is not None else origin
        created = created_object(sql)
        lost = f"; {created} was not created" if created else ""
        if problems is not None:
            problems.add(
                "schema",
                f"could not parse the statement: {message}{lost}" + (f" ({note})" if note else ""),
                origin=where,
                hint=_PARSE_HINT + (f"; what refers to {created.split(' ', 1)[1]} fails too"
                                    if created else ""),
                severity="error",  # the schema is partly loaded: the gate fails closed on it
            )
        yield DdlStatement(sql, origin, None, message)
        return
    if len(raw) == 1:
        yield DdlStatement(sql, origin, raw[0].stmt)
        return
    for stmt in raw:  # the cutter should prevent this; stay correct if it did not
        start = offset + (stmt.stmt_location or 0)
        text = sql[stmt.stmt_location or 0 :][: stmt.stmt_len or None].strip()
        yield DdlStatement(text, Origin(path, lines.line(start)), stmt.stmt)


_CREATED_KINDS = {"TABLE": "table", "VIEW": "view", "INDEX": "index", "TYPE_P": "type",
                  "SEQUENCE": "sequence", "MATERIALIZED": "materialized view", "FUNCTION": "function"}
_NAME_TOKENS = {"IDENT", "ASCII_46"}


def created_object(sql: str) -> str | None:
    """'table "a"' for a `CREATE TABLE a …` that may not parse (read from its tokens), else None."""
    try:
        tokens = [t for t in scan(sql) if t.name not in _COMMENTS]
    except ParseError:
        return None
    if not tokens or tokens[0].name != "CREATE":
        return None
    for i, token in enumerate(tokens[1:5], 1):
        kind = _CREATED_KINDS.get(token.name)
        if kind is None:
            continue
        rest = tokens[i + 1 :]
        if kind == "materialized view":
            rest = rest[1:]  # VIEW
        if [t.name for t in rest[:3]] == ["IF_P", "NOT", "EXISTS"]:
            rest = rest[3:]
        name = []
        for t in rest:
            if t.name not in _NAME_TOKENS and t.kind == "NO_KEYWORD" or t.kind == "RESERVED_KEYWORD":
                break
            name.append(sql[t.start : t.end + 1])
        return f"{kind} {''.join(name)}" if name else None
    return None


def _first_line(message: str, limit: int = 160) -> str:
    """A parser message cut to one readable line (an unterminated string quotes the rest of the file)."""
    line = message.splitlines()[0] if message else message
    return line if len(line) <= limit and line == message else line[:limit].rstrip() + "…"


def _statement_spans(text: str, begin: int = 0, stop: int | None = None) -> Iterator[Span]:
    """(start, end, unclosed) character offsets of each statement of text[begin:stop], without its `;`.

    `unclosed`: the statement was ended at a `;` inside parentheses (a `(` never closed).

    drizzle-kit breakpoints always end a statement (a chunk may lack a final `;`).
    """
    stop = len(text) if stop is None else stop
    chunk_start = begin
    while chunk_start <= stop:
        found = text.find(BREAKPOINT, chunk_start, stop)
        chunk_end = stop if found < 0 else found
        yield from _split(text, chunk_start, chunk_end)
        if found < 0:
            break
        chunk_start = found + len(BREAKPOINT)


def _split(text: str, begin: int, end: int) -> Iterator[Span]:
    """Cut text[begin:end] into statements, skipping meta-commands and COPY data."""
    pos = begin
    while pos < end:
        section = text[pos:end]
        unterminated = (
            None  # offset of an unterminated quote or comment: everything after it is one statement
        )
        try:
            tokens = scan(section)
        except ParseError as exc:
            bad = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else 0
            unterminated = pos + bad
            tokens = scan(section[:bad]) if bad > 0 else []
        restart = None
        cutter = _Cutter()
        for token in tokens:
            if token.name in _COMMENTS:
                continue
            start = pos + token.start
            if cutter.start is None and token.name == "ASCII_92" and _at_line_start(text, start):
                restart = _next_line(text, start, end)  # psql meta-command: \connect, \restrict, …
                break
            span = cutter.feed(token.name, start)
            if span is not None:
                yield span[0], _rstrip(text, span[0], span[1]), span[2]
                if cutter.copy_from_stdin:
                    restart = _after_copy_data(text, span[1], end)
                    break
        if restart is not None:
            pos = restart
            continue
        start = cutter.start if cutter.start is not None else unterminated
        if start is not None:
            yield start, _rstrip(text, start, end), False
        return


class _Cutter:
    """Follows the tokens of a statement, psql-style, to see which `;` ends it."""

    def __init__(self) -> None:
        self.start: int | None = None
        self.copy_from_stdin = False  # the statement just ended was COPY … FROM stdin
        self._words: list[str] = []
        self._depth = 0  # parentheses
        self._begin_depth = 0  # BEGIN ATOMIC … END of a SQL-standard function body
        self._stdin = False

    def _begin(self, offset: int) -> None:
        self.start, self.copy_from_stdin, self._words = offset, False, []
        self._depth = self._begin_depth = 0
        self._stdin = False

    def feed(self, name: str, offset: int) -> Span | None:
        """Take the next token (its scanner name and offset); return the statement's span when it ends."""
        if self.start is None:
            if name == "ASCII_59":  # an empty statement
                return None
            self._begin(offset)
        if len(self._words) < 4:
            self._words.append(name)
        if name == "ASCII_40":
            self._depth += 1
        elif name == "ASCII_41":
            self._depth = max(self._depth - 1, 0)
        elif (name == "BEGIN_P" and self._is_routine()) or (name == "CASE" and self._begin_depth):
            self._begin_depth += 1  # BEGIN ATOMIC, or a CASE … END inside its body
        elif name == "END_P" and self._begin_depth:
            self._begin_depth -= 1
        elif name == "STDIN" and self._words[0] == "COPY":
            self._stdin = True
        elif name == "ASCII_59" and self._depth == 0 and self._begin_depth == 0:
            span = (self.start, offset)
            self.start = None
            self.copy_from_stdin = self._stdin
            return span + (False,)
        elif name == "ASCII_59" and self._begin_depth == 0 and not self._is_rule():
            # a `;` inside parentheses is valid only between a rule's actions, `DO (…; …)`: elsewhere
            # a `(` was never closed, and psql would swallow the statements up to the next `;`
            span = (self.start, offset, True)
            self.start = None
            return span
        return None

    def _is_rule(self) -> bool:
        words = [w for w in self._words if w not in ("OR", "REPLACE")]
        return len(words) >= 2 and words[0] == "CREATE" and words[1] == "RULE"

    def _is_routine(self) -> bool:
        words = [w for w in self._words if w not in ("OR", "REPLACE")]
        return len(words) >= 2 and words[0] == "CREATE" and words[1] in ("FUNCTION", "PROCEDURE")


def _at_line_start(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip()


def _next_line(text: str, offset: int, end: int) -> int:
    newline = text.find("\n", offset, end)
    return end if newline < 0 else newline + 1


def _after_copy_data(text: str, offset: int, end: int) -> int:
    """Offset after the `\\.` line that ends the data of a `COPY … FROM stdin`."""
    pos = _next_line(text, offset, end)
    while pos < end:
        nxt = _next_line(text, pos, end)
        if text[pos:nxt].strip() == "\\.":
            return nxt
        pos = nxt
    return end


def _rstrip(text: str, start: int, end: int) -> int:
    """`end` moved back over trailing whitespace."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
