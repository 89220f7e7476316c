"""Find the DDL statements of a schema source and read them with their file:line.

A source is a drizzle-kit migrations folder (`meta/_journal.json` gives the
order), a folder of `.sql` files (applied in name order), a folder of
migration folders each holding a `migration.sql` (Prisma, drizzle-kit 1.x;
name order), a plain DDL file or `pg_dump --schema-only` output. Statements are cut with the PostgreSQL scanner
(`pglast.parser.scan`), the way psql cuts them: at a `;` outside parentheses
and outside a `BEGIN ATOMIC … END` body. psql meta-commands (`\\connect`,
`\\restrict KEY`) between statements and the data blocks of `COPY … FROM stdin`
are passed over. Each statement is then parsed with pglast; one that does not
parse is reported and yielded with `node=None`, so that it is counted but
never applied.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pglast import ast
from pglast.parser import ParseError, parse_sql, scan

from dbperf.diagnostics import DbperfError, Origin, Problems

BREAKPOINT = "--> statement-breakpoint"  # drizzle-kit's separator; a SQL comment to PostgreSQL
JOURNAL = Path("meta") / "_journal.json"
MIGRATION = "migration.sql"  # one folder per migration: Prisma, drizzle-kit 1.x
_COMMENTS = {"SQL_COMMENT", "C_COMMENT"}
_PARSE_HINT = "fix the statement; the rest of the schema was loaded"


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
    """The SQL files of a source in the order they are applied."""
    if path.is_file():
        return [path]
    if is_drizzle_folder(path):
        return _journal_files(path, problems)
    files = sorted(
        (p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".sql"),
        key=lambda p: p.name,
    )
    if files:
        return files
    return sorted(
        (p / MIGRATION for p in path.iterdir() if (p / MIGRATION).is_file()),
        key=lambda p: p.parent.name,
    )


def _journal_files(folder: Path, problems: Problems | None) -> list[Path]:
    """Migration files in journal order (`entries[].idx`); missing ones are reported."""
    journal = folder / JOURNAL
    try:
        entries = json.loads(journal.read_text(encoding="utf-8")).get("entries", [])
        ordered = sorted(entries, key=lambda e: e.get("idx", 0))
        tags = [str(e["tag"]) for e in ordered]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DbperfError(
            f"{journal}: not a drizzle-kit journal ({exc})",
            hint="regenerate it with drizzle-kit generate, or point dbperf at the .sql files instead",
        ) from exc
    files = []
    for tag in tags:
        file = folder / f"{tag}.sql"
        if file.is_file():
            files.append(file)
        elif problems is not None:
            problems.add(
                "schema",
                f"migration {tag}.sql is listed in meta/_journal.json but missing",
                origin=Origin(str(journal)),
                hint="restore the file or remove its journal entry; the other migrations were loaded",
            )
    return files


def read_statements(path: Path, problems: Problems | None = None) -> Iterator[DdlStatement]:
    """Every statement of a file or folder, in order, with the file:line of its first token."""
    for file in schema_files(path, problems):
        yield from read_file(file, problems)


def read_file(file: Path, problems: Problems | None = None) -> Iterator[DdlStatement]:
    """The statements of one SQL file."""
    text = file.read_text(encoding="utf-8-sig", errors="replace")
    lines = _LineIndex(text)
    for start, end in _statement_spans(text):
        yield from _parse(text[start:end], start, str(file), lines, problems)


def read_text(
    text: str, name: str = "<sql>", problems: Problems | None = None
) -> Iterator[DdlStatement]:
    """The statements of SQL text; `name` is used as the path of origins."""
    lines = _LineIndex(text)
    for start, end in _statement_spans(text):
        yield from _parse(text[start:end], start, name, lines, problems)


class _LineIndex:
    """Character offset -> 1-based line number."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line(self, offset: int) -> int:
        return bisect_right(self._starts, offset)


def _parse(
    sql: str, offset: int, path: str, lines: _LineIndex, problems: Problems | None
) -> Iterator[DdlStatement]:
    """The statement(s) of one span, parsed; an unparsable one is reported and yielded with node=None."""
    origin = Origin(path, lines.line(offset))
    try:
        raw = parse_sql(sql)
    except ParseError as exc:
        message = _first_line(str(exc.args[0]) if exc.args else str(exc))
        position = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else None
        where = Origin(path, lines.line(offset + position)) if position is not None else origin
        if problems is not None:
            problems.add(
                "schema",
                f"could not parse the statement: {message}",
                origin=where,
                hint=_PARSE_HINT,
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


def _first_line(message: str, limit: int = 160) -> str:
    """A parser message cut to one readable line (an unterminated string quotes the rest of the file)."""
    line = message.splitlines()[0] if message else message
    return line if len(line) <= limit and line == message else line[:limit].rstrip() + "…"


def _statement_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) character offsets of each statement, without its `;`.

    drizzle-kit breakpoints always end a statement (a chunk may lack a final `;`).
    """
    chunk_start = 0
    while chunk_start <= len(text):
        found = text.find(BREAKPOINT, chunk_start)
        chunk_end = len(text) if found < 0 else found
        yield from _split(text, chunk_start, chunk_end)
        if found < 0:
            break
        chunk_start = found + len(BREAKPOINT)


def _split(text: str, begin: int, end: int) -> Iterator[tuple[int, int]]:
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
                yield span[0], _rstrip(text, *span)
                if cutter.copy_from_stdin:
                    restart = _after_copy_data(text, span[1], end)
                    break
        if restart is not None:
            pos = restart
            continue
        start = cutter.start if cutter.start is not None else unterminated
        if start is not None:
            yield start, _rstrip(text, start, end)
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

    def feed(self, name: str, offset: int) -> tuple[int, int] | None:
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
            return span
        return None

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
