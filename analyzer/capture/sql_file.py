"""`.sql` files: one captured statement per `;`, literals inline, no session.

The file is read line by line; a statement is cut at a `;` token found by
PostgreSQL's own scanner (pglast), so `;` inside strings, quoted identifiers,
comments and dollar quotes never splits a statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pglast.parser import ParseError, scan

from dbperf.captured import CapturedStatement
from dbperf.capture.sniff import open_text
from dbperf.diagnostics import Origin

_COMMENTS = {"SQL_COMMENT", "C_COMMENT"}
_SEMICOLON = "ASCII_59"


def load_sql_file(path: Path) -> Iterator[CapturedStatement]:
    """Stream the statements of one `.sql` file (plain or `.gz`)."""
    with open_text(path) as stream:
        yield from split_statements(stream, str(path))


def split_statements(lines: Iterable[str], source: str) -> Iterator[CapturedStatement]:
    """Cut a stream of SQL lines into statements, each with the line of its first token."""
    buffer: list[str] = []
    first_line = 1
    for number, line in enumerate(lines, 1):
        if not buffer:
            first_line = number
        buffer.append(line)
        if ";" not in line:
            continue
        text = "".join(buffer)
        try:
            tokens = scan(text)
        except ParseError:
            continue  # inside an unterminated string, comment or dollar quote: read on
        cut = _last_semicolon(tokens)
        if cut is None:
            continue  # the `;` was inside a string or comment
        yield from _statements(text[: cut + 1], tokens, first_line, source)
        rest = text[cut + 1 :]
        buffer = [rest] if rest.strip() else []
        first_line = first_line + text.count("\n", 0, cut + 1)
    text = "".join(buffer)
    if not text.strip():
        return
    try:
        tokens = scan(text)
    except ParseError:  # unterminated at end of file: let the parser report it
        stripped = text.lstrip()
        line = first_line + text.count("\n", 0, len(text) - len(stripped))
        yield CapturedStatement(sql=stripped.rstrip(), origin=Origin(source, line))
        return
    yield from _statements(text, tokens, first_line, source)


def _last_semicolon(tokens: list) -> int | None:
    for token in reversed(tokens):
        if token.name == _SEMICOLON:
            return token.start
    return None


def _statements(
    text: str, tokens: list, first_line: int, source: str
) -> Iterator[CapturedStatement]:
    """The statements of `text` (complete statements only), split at `;` tokens."""
    start = end = None
    for token in tokens:
        if token.start >= len(text):
            break
        if token.name == _SEMICOLON:
            if start is not None:
                yield _statement(text, start, end, first_line, source)
            start = end = None
        elif start is None:
            if token.name not in _COMMENTS:  # a leading comment is not part of the statement
                start, end = token.start, token.end
        else:
            end = token.end
    if start is not None:
        yield _statement(text, start, end, first_line, source)


def _statement(text: str, start: int, end: int, first_line: int, source: str) -> CapturedStatement:
    line = first_line + text.count("\n", 0, start)
    return CapturedStatement(sql=text[start : end + 1], origin=Origin(source, line))
