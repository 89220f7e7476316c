"""stats.json, version 1: what `dbperf stats export` writes and `--stats` reads.

    {
     "format": "dbperf-stats", "version": 1,
     "postgres": "18.1", "exported_at": "2026-11-26T04:00:00Z", "redacted": false,
     "tables": {
      "public.orders": {"rows": 1000000, "indexes": {"orders_status_idx": {"idx_scan": 0}}, "columns": {
       "status": {"type": "text", "null_frac": 0.0, "n_distinct": 4, "correlation": 0.25,
                  "mcv": [["done", 0.95], ["failed", 0.03]], "histogram": null},
       …}},
      …}
    }

`rows` is `pg_class.reltuples` (-1: never analysed); per column, the pg_stats
fields `null_frac`, `n_distinct` (< 0: a fraction of the rows), `mcv`
(most_common_vals with most_common_freqs, values as PostgreSQL prints them),
`histogram` (histogram_bounds), `correlation`, and `redacted` when the
values were replaced by stand-ins (`--redact`). One column per line, so a
problem with a column is reported at its line. `indexes` (optional: files
written before it was added have none) holds, per index of the table,
`idx_scan` from `pg_stat_user_indexes`: how many scans used it since the
statistics were last reset (the unused-index rule reads it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dbperf.diagnostics import DbperfError, Origin
from dbperf.stats.model import ColumnProfile

FORMAT = "dbperf-stats"
VERSION = 1


@dataclass
class StatsFile:
    """A loaded stats.json: row counts per table and a profile per column ("schema.table" keys)."""

    rows: dict[str, float] = field(default_factory=dict)
    index_scans: dict[tuple[str, str], int] = field(default_factory=dict)  # (table, index) -> idx_scan
    profiles: dict[tuple[str, str], ColumnProfile] = field(default_factory=dict)
    unreadable: list[tuple[Origin, str]] = field(default_factory=list)  # columns skipped, and why


def dumps(document: dict[str, Any]) -> str:
    """stats.json text: one table header per line, one column per line (stable, diff-friendly)."""
    head = {k: v for k, v in document.items() if k != "tables"}
    lines = ["{"]
    lines += [f" {json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
    lines.append(' "tables": {')
    tables = list(document["tables"].items())
    for t, (name, table) in enumerate(tables):
        indexes = f"\"indexes\": {json.dumps(table['indexes'])}, " if table.get("indexes") else ""
        lines.append(f"  {json.dumps(name)}: {{\"rows\": {json.dumps(table['rows'])}, {indexes}\"columns\": {{")
        columns = list(table["columns"].items())
        for c, (column, stats) in enumerate(columns):
            comma = "," if c < len(columns) - 1 else ""
            lines.append(f"   {json.dumps(column)}: {json.dumps(stats, ensure_ascii=False)}{comma}")
        lines.append("  }}" + ("," if t < len(tables) - 1 else ""))
    lines += [" }", "}"]
    return "\n".join(lines) + "\n"


def load_stats(path: Path) -> StatsFile:
    """Read stats.json; a file that is not one stops the command with what to do."""
    hint = "create it with: dbperf stats export --dsn URI > stats.json"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DbperfError(f"--stats {path}: cannot read it: {exc}", hint=hint) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DbperfError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}", hint=hint) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DbperfError(f"{path}: not a dbperf stats file (no \"format\": \"{FORMAT}\")", hint=hint)
    if document.get("version") != VERSION:
        raise DbperfError(f"{path}: stats.json version {document.get('version')!r}, this dbperf reads {VERSION}",
                          hint="export it again with this version of dbperf")
    lines = text.splitlines()
    result = StatsFile()
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise DbperfError(f"{path}: \"tables\" must be an object", hint=hint)
    for name, table in tables.items():
        table_line = _line_of(lines, name, 0)
        if not isinstance(table, dict) or not isinstance(table.get("columns", {}), dict):
            raise DbperfError(f"{path}:{table_line}: table {name!r} is not an object with \"rows\" and \"columns\"",
                              hint=hint)
        try:
            result.rows[name] = float(table.get("rows", -1))
        except (TypeError, ValueError):
            raise DbperfError(f"{path}:{table_line}: rows of {name!r} is not a number", hint=hint) from None
        indexes = table.get("indexes") or {}
        if not isinstance(indexes, dict) or not all(isinstance(v, dict) and isinstance(v.get("idx_scan"), int)
                                                    for v in indexes.values()):
            raise DbperfError(f"{path}:{table_line}: \"indexes\" of {name!r} must map index names to "
                              "{\"idx_scan\": <integer>}", hint=hint)
        for index, scans in indexes.items():
            result.index_scans[(name, index)] = scans["idx_scan"]
        for column, stats in table.get("columns", {}).items():
            origin = Origin(str(path), _line_of(lines, column, table_line))
            try:
                result.profiles[(name, column)] = _profile(stats, origin)
            except (AttributeError, TypeError, ValueError) as exc:
                result.unreadable.append((origin, f"statistics of {name}.{column} not understood ({exc})"))
    return result


def _profile(stats: Any, origin: Origin) -> ColumnProfile:
    mcv = tuple((str(v), float(f)) for v, f in (stats.get("mcv") or []))
    histogram = tuple(str(v) for v in (stats.get("histogram") or []))
    null = stats.get("null_frac")
    nd = stats.get("n_distinct")
    corr = stats.get("correlation")
    return ColumnProfile(null_fraction=float(null) if null is not None else None, values=mcv,
                         histogram=histogram, n_distinct=float(nd) if nd is not None else None,
                         correlation=float(corr) if corr is not None else None, origin=origin, source="stats")


def _line_of(lines: list[str], key: str, after: int) -> int:
    """1-based line of `"key":` at or after line `after` (0 when not found)."""
    needle = json.dumps(key) + ":"
    for number in range(max(after, 1), len(lines) + 1):
        if lines[number - 1].lstrip().startswith(needle):
            return number
    return 0
