"""Numbers and evidence as people read them: 1.2 ms, 3.4 MB, 12,345 rows.

Evidence is a free-form dict written by rules; its values are formatted by
the name of their key: `…ms` a duration, `…bytes…` a size, `…buffers…` a
count of 8 kB pages, `…rows…` / `…calls…` / `…loops…` a count. A value under
a key with `before` and one with `after` in the same place (`ms_before` /
`ms_after`, or `{"before": {"ms": …}, "after": {"ms": …}}`) are shown as one
item: `ms: 45.2 ms → 0.3 ms (150× faster)`, and a plain value that repeats the
item's before value (`ms` next to `before_ms`) is not shown again.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from dbperf.findings import SEVERITIES

PAGE_BYTES = 8192
_PAIR = ("before", "after")
# Evidence shown first when space is short: the before/after of the fix, then these.
_KEY_WORDS = ("ms", "rows", "buffers", "bytes", "calls", "loops")


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def severity_count(severity: str, n: int) -> str:
    """ "2 errors", "1 warning", "0 info"."""
    return plural(n, severity, "info" if severity == "info" else None)


def severity_counts(counts: dict[str, int]) -> str:
    """ "2 errors, 1 warning, 0 info"."""
    return ", ".join(severity_count(s, counts.get(s, 0)) for s in SEVERITIES)


def duration(ms: float | None) -> str:
    """A duration given in milliseconds: 0.05 ms, 1.2 ms, 123 ms, 4.5 s."""
    if ms is None or not math.isfinite(ms):
        return "n/a"
    if ms < 1:
        return f"{ms:.2f} ms"
    if ms < 100:
        return f"{ms:.1f} ms"
    if ms < 1000:
        return f"{ms:.0f} ms"
    return f"{ms / 1000:.1f} s" if ms < 60_000 else f"{ms / 60_000:.1f} min"


def seconds(s: float) -> str:
    return duration(s * 1000)


def size(n: float | None) -> str:
    """Bytes in PostgreSQL's pg_size_pretty units (1024-based): 512 bytes, 3.4 kB, 12 MB."""
    if n is None or not math.isfinite(n):
        return "n/a"
    value = float(n)
    for unit in ("bytes", "kB", "MB", "GB", "TB"):
        if abs(value) < 1024 or unit == "TB":
            if unit == "bytes":
                return f"{value:,.0f} bytes"
            text = f"{value:.1f}".removesuffix(".0") if abs(value) < 100 else f"{value:,.0f}"
            return f"{text} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def count(n: float | None) -> str:
    """12,345 (fractions only below 10: 2.5)."""
    if n is None or not math.isfinite(n):
        return "n/a"
    if float(n).is_integer() or abs(n) >= 10:
        return f"{round(n):,}"
    return f"{n:.1f}"


def buffers(n: float | None) -> str:
    """Shared buffers as pages and bytes: 1,234 (9.6 MB)."""
    if n is None:
        return "n/a"
    return f"{count(n)} ({size(n * PAGE_BYTES)})"


def value(key: str, v: Any) -> str:
    """One evidence value, formatted by the name of its key."""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (int, float)):
        words = _words(key)
        if "ms" in words:
            return duration(v)
        if any("bytes" in w for w in words) or "size" in words:
            return size(v)
        if any("buffers" in w for w in words):
            return buffers(v)
        if isinstance(v, float) and not v.is_integer() and abs(v) < 10:
            return f"{v:.2g}" if abs(v) < 1 else f"{v:.1f}"
        return count(v)
    if isinstance(v, (list, tuple, set)):
        return ", ".join(value(key, x) for x in v)
    if v is None:
        return "n/a"
    return str(v)


def evidence_items(
    evidence: dict[str, Any], *, limit: int | None = None, max_text: int = 80
) -> list[tuple[str, str]]:
    """(label, text) pairs for display; before/after merged; key numbers first.

    With `limit`, at most that many items are kept, and long texts (plan
    fragments, SQL) over `max_text` characters are left out.
    """
    flat = dict(_flatten(evidence))
    items: list[tuple[int, str, str]] = []
    used: set[tuple[str, ...]] = set()
    shown_before: dict[str, str] = {}  # label -> text of the before value of its before → after item
    for path, before in flat.items():
        if path in used or "before" not in path:
            continue
        after_path = tuple("after" if p == "before" else p for p in path)
        if after_path not in flat:
            continue
        after = flat[after_path]
        used |= {path, after_path}
        label_path = tuple(p for p in path if p != "before")
        text = f"{value(_key(label_path), before)} → {value(_key(label_path), after)}"
        if (
            isinstance(before, (int, float))
            and isinstance(after, (int, float))
            and after > 0
            and before > after
        ):
            ratio = before / after
            if ratio >= 1.5 and "ms" in _words(_key(label_path)):
                text += f" ({ratio:,.0f}× faster)" if ratio >= 10 else f" ({ratio:.1f}× faster)"
        items.append((0, _label(label_path), text))
        shown_before[_label(label_path)] = value(_key(label_path), before)
    for path, v in flat.items():
        if path in used:
            continue
        text = value(_key(path), v)
        if shown_before.get(_label(path)) == text:
            continue  # the "before" of a before → after item already shows it (time twice otherwise)
        if limit is not None and len(text) > max_text:
            continue
        rank = 1 if any(w in _KEY_WORDS or w.endswith("bytes") for w in _words(_key(path))) else 2
        items.append((rank, _label(path), text))
    ordered = [(label, text) for _, label, text in sorted(items, key=lambda i: i[0])]
    return ordered[:limit] if limit is not None else ordered


def _flatten(
    d: dict[str, Any], prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Nested evidence as (words of the key path, value).

    {"before": {"ms": 1}} and {"ms_before": 1} both give ("before", "ms") / ("ms", "before").
    """
    for key, v in d.items():
        path = prefix + tuple(w for w in str(key).split("_") if w)
        if key in _DETAIL_ONLY:
            continue
        if isinstance(v, dict) and v and all(str(k).isdigit() for k in v):
            yield path, _curve(v)
        elif isinstance(v, dict) and v:
            yield from _flatten(v, path)
        else:
            yield path, v


_DETAIL_ONLY = {"per_query", "speedup"}  # kept in JSON; the console shows them otherwise (or not)


def _curve(points: dict[Any, Any]) -> str:
    """{"0": {"ms": 0.02}, "10000": {"ms": 9.1}} → "0: 0.02 ms, 10,000: 9.1 ms"."""
    parts = []
    for k, point in sorted(points.items(), key=lambda kv: int(kv[0])):
        ms = point.get("ms") if isinstance(point, dict) else point
        parts.append(f"{int(k):,}: {duration(ms)}")
    return ", ".join(parts)


def _key(path: tuple[str, ...]) -> str:
    return "_".join(path)


def _words(key: str) -> list[str]:
    return [w for w in key.lower().replace(".", "_").split("_") if w]


def _label(path: tuple[str, ...]) -> str:
    """Words of the key without before/after, and without a trailing unit the value shows."""
    words = [w for w in path if w not in _PAIR]
    if words == ["ms"]:
        return "time"
    if len(words) > 1 and words[-1] in ("ms", "bytes"):
        words = words[:-1]
    return " ".join(words) or "value"


def database_summary(database: dict[str, Any]) -> list[str]:
    """["PostgreSQL 18.1", "scale 1", "seed 42", "123,456 rows seeded"] from `Report.database`."""
    parts = []
    version = database.get("server_version") or database.get("postgres")
    if version:
        parts.append(f"PostgreSQL {version}")
    if database.get("scale") is not None:
        parts.append(
            f"scale {database['scale']:g}"
            if isinstance(database["scale"], float)
            else f"scale {database['scale']}"
        )
    if database.get("seed") is not None:
        parts.append(f"seed {database['seed']}")
    if database.get("rows_seeded") is not None:
        parts.append(f"{count(database['rows_seeded'])} rows seeded")
    return parts


def inputs_summary(inputs: dict[str, Any]) -> list[str]:
    """["schema lib/db/migrations", "captures queries", "294 statements", "55 query groups"].

    Paths are shown relative to `inputs["root"]` when they are under it.
    """
    root = str(inputs.get("root") or "")
    parts = []
    schema = inputs.get("schema")
    if schema:
        paths = [schema] if isinstance(schema, str) else list(schema)
        parts.append("schema " + ", ".join(relative(str(p), root) for p in paths))
    captures = inputs.get("captures", inputs.get("queries"))
    if captures:
        paths = [captures] if isinstance(captures, str) else list(captures)
        names = ", ".join(relative(str(p), root) for p in paths)
        parts.append(f"captures {names}" if len(paths) <= 2 else plural(len(paths), "capture path"))
    if inputs.get("statements") is not None:
        parts.append(plural(int(inputs["statements"]), "statement"))
    if inputs.get("query_groups") is not None:
        parts.append(plural(int(inputs["query_groups"]), "query group"))
    return parts


def relative(path: str, root: str) -> str:
    """`path` relative to `root` when it is under it (strings only, no file system)."""
    root = root.rstrip("/")
    if root and path.startswith(root + "/"):
        return path[len(root) + 1 :]
    return path
