"""Numbers as people read them, and evidence formatted by its key names."""

from __future__ import annotations

from dbperf import humanize


def test_numbers() -> None:
    assert humanize.duration(0.042) == "0.04 ms"
    assert humanize.duration(1.234) == "1.2 ms"
    assert humanize.duration(345.6) == "346 ms"
    assert humanize.duration(4567) == "4.6 s"
    assert humanize.size(512) == "512 bytes"
    assert humanize.size(3.4 * 1024 * 1024) == "3.4 MB"
    assert humanize.size(32 * 1024) == "32 kB"
    assert humanize.count(12345.0) == "12,345"
    assert humanize.buffers(1280) == "1,280 (10 MB)"
    assert humanize.severity_counts({"error": 2, "warning": 1}) == "2 errors, 1 warning, 0 info"


def test_before_after_pairs_merge_and_lead() -> None:
    items = humanize.evidence_items(
        {
            "rows_read": 100_000,
            "ms_before": 45.2,
            "ms_after": 0.3,
            "before": {"buffers": 900},
            "after": {"buffers": 4},
        }
    )
    assert items[0] == ("time", "45.2 ms → 0.30 ms (151× faster)")
    assert items[1] == ("buffers", "900 (7 MB) → 4 (32 kB)")
    assert ("rows read", "100,000") in items


def test_units_by_key_name_and_limit() -> None:
    items = humanize.evidence_items(
        {"plan": "x" * 200, "size_bytes": 2048, "mean_ms": 12.0, "selectivity": 0.45}, limit=10
    )
    assert items == [("size", "2 kB"), ("mean", "12.0 ms"), ("selectivity", "0.45")]


def test_header_parts_accept_the_pipeline_keys() -> None:
    database = {"postgres": "18.1", "scale": 1.0, "seed": 42, "rows_seeded": 1_015_212}
    assert humanize.database_summary(database) == [
        "PostgreSQL 18.1",
        "scale 1",
        "seed 42",
        "1,015,212 rows seeded",
    ]
    inputs = {
        "root": "/app",
        "schema": ["/app/lib/db/migrations"],
        "queries": ["/app/queries"],
        "statements": 294,
        "query_groups": 55,
    }
    assert humanize.inputs_summary(inputs) == [
        "schema lib/db/migrations",
        "captures queries",
        "294 statements",
        "55 query groups",
    ]


def test_a_value_repeating_the_before_of_its_pair_is_shown_once() -> None:
    # non-sargable and leading-wildcard keep the plain "ms"/"buffers" of the query next to before/after
    evidence = {"function": "date", "ms": 284.6, "buffers": 19959, "before_ms": 284.6, "after_ms": 0.064,
                "before_buffers": 19959, "after_buffers": 52}
    items = humanize.evidence_items(evidence)
    labels = [label for label, _ in items]
    assert labels.count("time") == 1 and labels.count("buffers") == 1
    assert ("time", "285 ms → 0.06 ms (4,447× faster)") in items
    # a different value under the same label is not a repeat: kept
    assert ("time", "12.0 ms") in humanize.evidence_items({"before_ms": 5, "after_ms": 1, "ms": 12})
