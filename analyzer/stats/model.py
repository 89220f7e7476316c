"""`ColumnProfile`: what dbperf knows of one column's values, wherever it was learnt.

From `[seed.columns]` in dbperf.toml, from stats.json (`stats/format.py`) or
from partition bounds; seed/profile.py turns a profile into the SQL
expression that generates the column.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dbperf.diagnostics import Origin


@dataclass(frozen=True)
class ColumnProfile:
    """The distribution of one column's values (see the module docstring)."""

    null_fraction: float | None = None
    values: tuple[tuple[str, float], ...] = ()  # (value as PostgreSQL text, frequency of all rows)
    histogram: tuple[str, ...] = ()  # sorted bounds of equal-population buckets, as text
    distribution: str | None = None  # uniform | zipf | normal: how the rest is drawn
    domain: tuple[str, ...] = ()  # values the distribution picks from (first = most likely for zipf)
    low: str | None = None  # range the distribution draws from (numbers, dates, timestamps)
    high: str | None = None
    n_distinct: float | None = None
    correlation: float | None = None
    # where it was written (dbperf.toml or stats.json line); not part of the cache key (repr)
    origin: Origin | None = field(default=None, compare=False, repr=False)
    source: str = "config"  # "config" ([seed.columns]) or "stats" (stats.json)
    # json/jsonb: keys the workload reads (path, values compared with, as JSON text), in every document
    json_keys: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # key paths whose values must be one of json_keys' (a generated column casts them: generated_json)
    json_exact: tuple[tuple[str, ...], ...] = ()

    @property
    def literals(self) -> list[str]:
        """Every value the profile can put in the column, for validation."""
        found = [v for v, _ in self.values] + list(self.histogram) + list(self.domain)
        return found + [v for v in (self.low, self.high) if v is not None]

    def describe(self) -> str:
        return {"config": "[seed.columns]", "stats": "stats.json"}.get(self.source, "workload")
