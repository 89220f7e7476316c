"""Seeding hints: the values and patterns the captured workload filters each column with.

`workload_hints()` reads the query shapes: the literals (and captured
parameters) a column is compared with by `=`, `IN` or `<>` become values the
seeder makes exist (columns.py gives them a realistic share), and the
`LIKE`/`ILIKE` patterns it is matched with (`'%@gmail.com'`, `'%postgres%'`)
become `Pattern`s: rows that match them, at `PATTERN_SHARE` each, so that a
search measures a result of realistic size instead of an empty one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from dbperf.schema.model import Schema
from dbperf.sql.shape import QueryShape
from dbperf.workload import Workload

HINT_MAX_DISTINCT = 12  # captured values kept as seeding hints for one column
PATTERN_SHARE = 0.05  # rows matching each LIKE/ILIKE pattern of the workload (a guess: findings say so)
PATTERN_MAX = 4  # patterns seeded per column


@dataclass(frozen=True)
class Pattern:
    """A LIKE/ILIKE pattern a column is matched with, as written (`%@gmail.com`)."""

    text: str
    insensitive: bool = False

    def pieces(self) -> list[str]:
        """The fixed text between the `%` wildcards (`_` stands for one character: an "x")."""
        parts, current, escaped = [], [], False
        for ch in self.text:
            if escaped:
                current.append(ch)
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == "%":
                parts.append("".join(current))
                current = []
            else:
                current.append("x" if ch == "_" else ch)
        parts.append("".join(current))
        return parts

    def matching(self, filler: str, row: str) -> str:
        """SQL text matching the pattern: the first `%` becomes `filler` (the column's usual value, SQL),
        the others nothing. An e-mail-like pattern (`%@gmail.com`) keeps the usual value's local part
        and the row number, so that values stay unique and look like addresses."""
        pieces = self.pieces()
        if len(pieces) == 1:
            return _literal(pieces[0])  # no wildcard: the pattern is the value
        if any("@" in p for p in pieces[1:]):
            filler = f"(split_part({filler}, '@', 1) || '.' || ({row})::text)"
        if len(pieces) >= 3 and pieces[0] == "" and pieces[-1] == "":  # '%term%': the term inside the text
            filler = f"({filler} || ' ')"
        parts = [_literal(pieces[0]), filler, *(_literal(p) for p in pieces[1:])]
        return "(" + " || ".join(p for p in parts if p != "''") + ")"


def workload_hints(workload: Workload, shapes: dict[str, QueryShape],
                   schema: Schema) -> dict[tuple[str, str], list[Any]]:
    """(table key, column) -> values (and `Pattern`s) the workload filters on, so that seeding makes
    them exist. Keys get no equality hints (their values are generated to hold), patterns they do."""
    hints: dict[tuple[str, str], list[Any]] = defaultdict(list)
    patterns: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for fingerprint, shape in shapes.items():
        group = workload.groups[fingerprint]
        for p in shape.predicates:
            table = schema.tables.get(p.column.table)
            if table is None:
                continue
            key = (p.column.table, p.column.column)
            if p.op in ("like", "ilike") and not p.function:
                for text in _pattern_texts(p, group):
                    patterns[key].append(Pattern(text, p.op == "ilike"))
                continue
            if p.op not in ("=", "in", "<>"):
                continue
            if (p.column.column,) in table.uniques or (p.column.column,) == table.primary_key:
                continue
            values = p.literal if isinstance(p.literal, list) else [p.literal]
            if p.value == "literal":
                hints[key].extend(v for v in values if v is not None)
            elif p.value == "param" and p.param:
                hints[key].extend(s.params[p.param - 1] for s in group.samples
                                  if s.params and len(s.params) >= p.param and s.params[p.param - 1] is not None)
    found = {k: list(dict.fromkeys(v)) for k, v in hints.items() if 0 < len(set(map(str, v))) <= HINT_MAX_DISTINCT}
    for key, found_patterns in patterns.items():
        found.setdefault(key, []).extend(list(dict.fromkeys(found_patterns))[:PATTERN_MAX])
    return found


def _pattern_texts(p: Any, group: Any) -> list[str]:
    if p.value == "literal" and isinstance(p.literal, str):
        return [p.literal]
    n = p.pattern_param or (p.param if p.value == "param" else None)
    if not n:
        return []
    return [str(s.params[n - 1]) for s in group.samples
            if s.params and len(s.params) >= n and isinstance(s.params[n - 1], str)][:PATTERN_MAX]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
