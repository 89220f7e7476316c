"""SQL expressions for timestamps and dates, by the column's name: when a row was created
(`row_time`: newer rows later, recent months denser), updated, deleted, due.

Every value lies before `values.ANCHOR` (today, or DBPERF_SEED_ANCHOR), so that queries relative
to now() find rows; a value is a function of (seed, table, column, row number) like any other.
"""

from __future__ import annotations

from dbperf.schema.model import Column
from dbperf.seed import hashing
from dbperf.seed.values import ANCHOR, DAY, SPAN_SECONDS, Cell, has_part, snake


def anchor(column: Column) -> str:
    if column.base_type == "timestamp with time zone":
        return f"timestamptz '{ANCHOR}+00'"
    return f"timestamp '{ANCHOR}'"


def _age(cell: Cell) -> str:
    """Seconds between a row's creation and ANCHOR: later rows are newer, recent months denser."""
    jitter = max(1.0, cell.rows * 0.01)
    u = hashing.uniform(cell.row, hashing.salt(cell.seed, cell.table.name, "time"))  # shared by the row's columns
    # float8 throughout (`0.5::float8`: bigint - 0.5 would be numeric arithmetic, slower, same values)
    frac = f"least(1.0, greatest(0.0, ({cell.row} - 0.5::float8 + ({u} - 0.5) * {jitter!r}) / {cell.rows}))"
    return f"({SPAN_SECONDS} * power(1.0 - {frac}, 2))"


# `make_interval(secs => n)` is `n * interval '1 second'` for whole seconds (both round n × 10^6
# microseconds), at 90 ns instead of 110: interval_mul works out month and day fractions first.


def _before_anchor(column: Column, seconds: str) -> str:
    return f"({anchor(column)} - make_interval(secs => floor({seconds})))"


def row_time(cell: Cell) -> str:
    """The moment a row was created."""
    return _before_anchor(cell.column, _age(cell))


def _later(cell: Cell, base: str, max_seconds: float, power: float = 1.0, purpose: str = "later") -> str:
    seconds = f"floor({max_seconds!r} * power({cell.u(purpose)}, {power}))"
    return f"({base} + make_interval(secs => {seconds}))"


# Nullable timestamps that are usually NULL or usually set, with the share of rows that have one.
_RARE_EVENTS = (("deleted", 0.03), ("archived", 0.05), ("banned", 0.01), ("blocked", 0.01),
                ("canceled", 0.1), ("cancelled", 0.1), ("revoked", 0.05), ("removed", 0.03),
                ("disabled", 0.03), ("suspended", 0.02), ("failed", 0.05), ("refunded", 0.03))
_COMMON_EVENTS = (("published", 0.8), ("verified", 0.7), ("confirmed", 0.7), ("activated", 0.8),
                  ("approved", 0.8), ("completed", 0.9), ("paid", 0.9), ("processed", 0.9),
                  ("accepted", 0.8), ("read", 0.6), ("seen", 0.6), ("opened", 0.4), ("clicked", 0.2),
                  ("last", 0.9), ("sent", 0.9), ("delivered", 0.9))
_DEADLINES = ("expire", "expiry", "expiration", "valid_until", "until", "due", "deadline", "period_end",
              "ends", "end_", "renew", "trial_end", "next_")


def event_share(name: str) -> float | None:
    """Share of rows where an event-like column (deleted_at, published_at…) is set, if it is one."""
    for table in (_RARE_EVENTS, _COMMON_EVENTS):
        for word, share in table:
            if name.startswith(word) or f"_{word}" in name:
                return share
    return None


def boolean_sibling(cell: Cell) -> str | None:
    """`published` for `published_at`, `is_deleted` for `deleted_at`: the flag an event column follows."""
    stem = cell.name.removesuffix("_at").removesuffix("_on").removesuffix("_date")
    if stem == cell.name:
        return None
    for col in cell.table.columns:
        if col.base_type == "boolean" and snake(col.name) in (stem, f"is_{stem}", f"has_{stem}"):
            return col.name
    return None


def time_value(cell: Cell) -> str:
    """A timestamp or date that fits the column's name; the caller handles NULLs."""
    name, col = cell.name, cell.column
    base = row_time(cell)
    if has_part(name, "birth", "dob"):
        value = f"({anchor(col)} - ({18 * 365 * DAY} + floor({cell.u()} * {55 * 365 * DAY})) * interval '1 second')"
    elif has_part(name, "updated", "modified", "changed", "synced", "refreshed"):
        value = _before_anchor(col, f"{_age(cell)} * (1 - power({cell.u()}, 4))")  # created ≤ updated ≤ ANCHOR
    elif has_part(name, *_DEADLINES):
        value = _later(cell, base, 60 * DAY, purpose="deadline")
    elif event_share(name) is not None:
        value = _later(cell, base, 3 * DAY, power=2)
    else:
        value = base
    if col.base_type == "date":
        value = f"({value})::date"
    return value
