"""`dbperf stats export`: the statistics PostgreSQL keeps about a database, never its rows.

Reads `pg_class.reltuples`, the `pg_stats` view (what ANALYZE sampled:
null fraction, n_distinct, most-common values and frequencies, histogram
bounds, correlation) and each index's `idx_scan` (`pg_stat_user_indexes`) on a `Database.existing()` connection: read-only from
the first statement, every statement rolled back, statement and lock
timeouts. With `redact=True`, the literal values of text and JSON columns
(most-common values and histogram bounds) become stand-ins, except values a
CHECK constraint lists (`status IN ('a', 'b')`: schema, not data) ("status 1", "status 2", … in
the same order), frequencies kept: plans depend on the shape, not on the words.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from dbperf.postgres.database import Database
from dbperf.schema.checks import parse_checks
from dbperf.schema.model import Check
from dbperf.stats.format import FORMAT, VERSION

_TABLES = """
SELECT n.nspname, c.relname, c.reltuples::float8
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_%'
ORDER BY 1, 2
"""

# Typed columns in column order; pg_stats of the table itself first (inherited rows for partitioned parents).
_COLUMNS = """
SELECT DISTINCT ON (n.nspname, c.relname, a.attnum)
       n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typcategory,
       s.null_frac::float8, s.n_distinct::float8, s.most_common_vals::text::text[],
       s.most_common_freqs::float8[], s.histogram_bounds::text::text[], s.correlation::float8
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
ORDER BY n.nspname, c.relname, a.attnum, s.inherited
"""

# Scans of each index since the statistics were last reset (pg_stat_reset): 0 over weeks is an unused index.
_INDEX_SCANS = """
SELECT schemaname, relname, indexrelname, idx_scan FROM pg_stat_user_indexes ORDER BY 1, 2, 3
"""

_CHECKS = """
SELECT n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid)
FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE k.contype = 'c' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
"""

REDACTED_CATEGORIES = {"S"}  # string types (and json/jsonb documents); enum labels ('E') are schema, not data


def _check_lists(db: Database) -> dict[tuple[str, str, str], set[str]]:
    """(schema, table, column) -> the values a CHECK constraint lists for it (read with pglast)."""
    lists: dict[tuple[str, str, str], set[str]] = {}
    for nsp, rel, name, definition in db.fetchall(_CHECKS):
        for column, rules in parse_checks([Check(name, rel, definition)]).items():
            if rules.allowed:
                lists.setdefault((nsp, rel, column), set()).update(rules.allowed)
    return lists


def _stand_in(column: str, rank: str, document: bool) -> str:
    """A value that says nothing: `status 1`, or `{"status": "1"}` for a JSON column (still valid JSON)."""
    return json.dumps({column: rank}) if document else f"{column} {rank}"


def export_stats(db: Database, *, redact: bool = False, schemas: list[str] | None = None) -> dict[str, Any]:
    """The stats.json document of the database behind `db` (see format.py)."""
    tables: dict[str, dict[str, Any]] = {}
    for nsp, rel, reltuples in db.fetchall(_TABLES):
        if schemas and nsp not in schemas:
            continue
        tables[f"{nsp}.{rel}"] = {"rows": round(reltuples), "columns": {}}
    for nsp, rel, index, scans in db.fetchall(_INDEX_SCANS):
        if f"{nsp}.{rel}" in tables:
            tables[f"{nsp}.{rel}"].setdefault("indexes", {})[index] = {"idx_scan": scans}
    listed = _check_lists(db) if redact else {}
    for nsp, rel, column, type_name, category, null, nd, mcv, freqs, histogram, corr in db.fetchall(_COLUMNS):
        table = tables.get(f"{nsp}.{rel}")
        if table is None:
            continue
        document = type_name in ("json", "jsonb")
        hidden = redact and (category in REDACTED_CATEGORIES or document)
        pairs = [[v, round(f, 6)] for v, f in zip(mcv or [], freqs or [])]
        if hidden:
            schema_words = listed.get((nsp, rel, column), set())  # a CHECK (… IN (…)) list is schema, not data
            pairs = [[v if v in schema_words else _stand_in(column, str(k), document), f]
                     for k, (v, f) in enumerate(pairs, 1)]
            histogram = [v if v in schema_words else _stand_in(column, f"~{k:04d}", document)
                         for k, v in enumerate(histogram or [])] or None
        entry: dict[str, Any] = {"type": type_name, "null_frac": round(null, 6), "n_distinct": nd,
                                 "correlation": None if corr is None else round(corr, 6),
                                 "mcv": pairs or None, "histogram": histogram or None}
        if hidden:
            entry["redacted"] = True
        table["columns"][column] = entry
    return {
        "format": FORMAT,
        "version": VERSION,
        "postgres": db.fetchval("SHOW server_version"),
        "exported_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "redacted": redact,
        "tables": tables,
    }
