"""Reading capture files as text, fast and never fatally.

Files are read in blocks of bytes (plain, `.gz`, or stdin `-`), decoded as
UTF-8 a block at a time and cut into lines at "\\n" (a trailing "\\r" is
dropped). A block that is not valid UTF-8 is decoded line by line: a line
that is not UTF-8 (latin-1 bytes in a UTF-8 log, a binary tail) is read as
Latin-1, counted, and reported with its line number — never an exception.

`blocks(path, problems)` yields `(number of the first line, [lines])`; the
loaders loop over a list per block, which is much faster than a generator
per line. `byte_range` limits reading to `[start, end)` of a plain file (the
parallel loader splits big files at line boundaries).
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Callable

from dbperf.diagnostics import Origin, Problems

BLOCK = 1 << 22  # 4 MiB of bytes per block
MAX_ENCODING_PROBLEMS = 20
STDIN = "-"
ENCODING_HINT = "the line was read as Latin-1; is the log written in another encoding than UTF-8?"


def open_binary(path: Path | str) -> BinaryIO:
    """The bytes of a capture file: `-` is stdin, `.gz` is decompressed (by content, not only name)."""
    if str(path) == STDIN:
        stream: BinaryIO = sys.stdin.buffer
        head = stream.peek(2)[:2] if hasattr(stream, "peek") else b""
        return gzip.GzipFile(fileobj=stream) if head == b"\x1f\x8b" else stream  # type: ignore[return-value]
    raw = open(path, "rb")
    if Path(path).suffix == ".gz" or raw.read(2) == b"\x1f\x8b":
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
    raw.seek(0)
    return raw


class Decoder:
    """Bytes to lines, with per-file counting of lines that were not UTF-8."""

    def __init__(self, source: str, problems: Problems) -> None:
        self.source = source
        self.problems = problems
        self.not_utf8 = 0

    def lines(self, data: bytes, first: int) -> list[str]:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return self._slow(data, first)
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        return text.split("\n")

    def _slow(self, data: bytes, first: int) -> list[str]:
        out = []
        for offset, raw in enumerate(data.split(b"\n")):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("latin-1")
                self.not_utf8 += 1
                if self.not_utf8 <= MAX_ENCODING_PROBLEMS:
                    self.problems.add(
                        "capture",
                        "line is not valid UTF-8",
                        Origin(self.source, first + offset),
                        hint=ENCODING_HINT,
                    )
            out.append(line.removesuffix("\r"))
        return out

    def finish(self) -> None:
        if self.not_utf8 > MAX_ENCODING_PROBLEMS:
            self.problems.add(
                "capture",
                f"{self.not_utf8 - MAX_ENCODING_PROBLEMS} more lines that are not valid UTF-8",
                Origin(self.source),
                hint=ENCODING_HINT,
            )


def blocks(
    path: Path | str,
    problems: Problems,
    byte_range: tuple[int, int] | None = None,
    source: str | None = None,
    on_read: Callable[[int], None] | None = None,
    whole_lines: bool = False,
) -> Iterator[tuple[int, list[str]]]:
    """(first line number, lines) blocks of a capture file; the last line has no newline.

    `on_read(n)` is told each block's size (bytes as stored for plain files, decompressed for gzip).
    `whole_lines`: the writer ends every line with a newline (a server log), so a last line without
    one was cut (a log still being written, or cut when copied): it is reported and left out, and
    not read as a shorter statement.
    """
    decoder = Decoder(source or str(path), problems)
    number = 1
    with open_binary(path) as stream:
        remaining = None
        if byte_range is not None:
            stream.seek(byte_range[0])
            remaining = byte_range[1] - byte_range[0]
        carry = b""
        while True:
            size = BLOCK if remaining is None else min(BLOCK, remaining)
            data = stream.read(size) if size > 0 else b""
            if remaining is not None:
                remaining -= len(data)
            if not data:
                break
            if on_read is not None:
                on_read(len(data))
            cut = data.rfind(b"\n")
            if cut < 0:
                carry += data
                continue
            chunk, carry = carry + data[:cut], data[cut + 1 :]
            lines = decoder.lines(chunk, number)
            yield number, lines
            number += len(lines)
        if carry and whole_lines:
            cut_short(source or str(path), number, problems)
        elif carry:
            yield number, decoder.lines(carry, number)
    decoder.finish()


CUT_HINT = "a log still being written, or cut when copied: the lines before it are read"


def cut_short(source: str, line: int, problems: Problems) -> None:
    """Report the last line of a log as cut short: the file ends in the middle of it."""
    problems.add("capture", "the last line is cut short (the file ends in the middle of it): "
                 "its statement is left out", Origin(source, line), hint=CUT_HINT)


def lines(path: Path | str, problems: Problems) -> Iterator[str]:
    """The lines of a capture file, one at a time (for the small-volume formats)."""
    for _, block in blocks(path, problems):
        yield from block
