"""The HTML report (`--format html`): one offline page built from the JSON report, every user
string escaped, findings filterable by severity and rule, plans as trees, SVG charts."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from dbperf.diagnostics import Origin, Problem
from dbperf.explain.plan import Plan, PlanNode
from dbperf.findings import Assumption, Finding, Fix
from dbperf.report.html import render_html
from dbperf.report.json_report import report_dict
from dbperf.report.model import QueryReport

EVIL = "</script><script>alert(1)</script><img src=x onerror=alert(2)>&amp;"


class Page(HTMLParser):
    """Tags with their attributes and the text, as a browser's tokenizer sees them."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag in ("script", "style")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and self.tags[-1][0] == "script":
            self.scripts.append(data)
        elif not self._in_script:
            self.text.append(data)

    def all(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())
        ]

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


def offset_finding() -> Finding:
    return Finding(
        rule="offset-pagination",
        proof="measured",
        severity="error",
        table="posts",
        message="Page 5,000 of /blog reads 100,020 rows to return 20.",
        queries=("c3",),
        origins=("logs/app.drizzle.log:14",),
        evidence={
            "cost_curve": {
                "0": {"ms": 0.05, "buffers": 4, "rows": 20},
                "1000": {"ms": 1.2, "buffers": 60, "rows": 20},
                "10000": {"ms": 11.5, "buffers": 590, "rows": 20},
                "100000": {"ms": 118.0, "buffers": 5_880, "rows": 20},
            },
            "deepest_page_offset": 100_000,
            "keyset_ms_at_deepest": 0.06,
            "keyset_buffers_at_deepest": 4,
        },
        assumes=(
            Assumption(
                table="posts",
                column="published",
                predicate="published = true",
                share=0.8,
                rows=80_000,
                table_rows=100_000,
                source="seeded default",
                break_even=0.05,
                method="deepest page",
                direction="over",
            ),
        ),
        fix=Fix(
            description="Paginate with a cursor.", sql="SELECT … WHERE (created_at, id) < ($1, $2)"
        ),
    )


def test_one_self_contained_page(make_report) -> None:
    text = render_html(report_dict(make_report()))
    assert text.startswith("<!DOCTYPE html>")
    page = Page(text)
    for tag, attrs in page.tags:  # nothing fetched: no src, no stylesheet link, no external href
        assert "src" not in attrs, (tag, attrs)
        assert not (attrs.get("href") or "#").lstrip().startswith(("http", "//")), (tag, attrs)
    assert not page.all("link")
    assert re.search(r"url\(|@import", text) is None
    csp = page.all("meta", **{"http-equiv": "Content-Security-Policy"})[0]["content"]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp


def test_summary_filters_and_findings(make_report) -> None:
    page = Page(render_html(report_dict(make_report())))
    assert "1 Errors 1 Warnings 1 Info" in page.plain
    boxes = page.all("input", type="checkbox")
    assert [b["data-filter-severity"] for b in boxes] == ["error", "warning", "info"]
    assert [o["value"] for o in page.all("option")] == [
        "",
        "duplicate-index",
        "missing-index",
        "over-select",
    ]
    cards = page.all("article")
    assert [(c["data-severity"], c["data-rule"]) for c in cards] == [
        ("error", "missing-index"),
        ("warning", "duplicate-index"),
        ("info", "over-select"),
    ]
    assert "Seq Scan on orders reads 100,000 rows to return 12" in page.plain
    assert "time: 45.2 ms → 0.31 ms (146× faster)" in page.plain  # evidence as the console shows it
    assert (
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_created_at_idx" in page.plain
    )  # the fix
    assert "measured" in page.plain and "heuristic" in page.plain  # the proof of each


def test_plan_tree_rows_estimates_buffers_and_time_share(make_report) -> None:
    page = Page(render_html(report_dict(make_report())))
    plain = page.plain
    assert "Sort" in plain and "└─ Seq Scan on orders" in plain
    assert "Filter: (user_id = 42)" in plain and "Rows Removed by Filter: 99,988" in plain
    assert "10 → 12" in plain  # estimated → actual rows
    widths = [a["style"] for a in page.all("div") if (a.get("class") or "").startswith("fill")]
    # Sort: 45.1 - 44.8 ms of its own, Seq Scan 44.8 of 45.1 ms
    assert widths == ["width:0.7%", "width:99.3%"]
    assert "execution 45.2 ms" in plain
    assert 'relation "users" does not exist' in plain  # the unmeasured query says why


def test_every_user_string_is_escaped(make_report) -> None:
    plan = Plan(
        root=PlanNode(
            node_type="Seq Scan",
            relation=EVIL,
            filter=EVIL,
            plan_rows=1,
            actual_rows=1,
            actual_loops=1,
            actual_total_ms=1.0,
            shared_hit=3,
        ),
        execution_ms=1.0,
    )
    finding = Finding(
        rule="missing-index",
        proof="measured",
        severity="error",
        message=EVIL,
        table=EVIL,
        columns=(EVIL,),
        queries=(EVIL,),
        origins=(EVIL,),
        evidence={EVIL: EVIL, "plan_node": EVIL},
        fix=Fix(description=EVIL, sql=EVIL, drizzle=EVIL),
    )
    report = make_report(
        findings=[finding, offset_finding()],
        queries=[
            QueryReport(
                fingerprint=EVIL,
                sql=EVIL,
                calls=2,
                kind="select",
                origins=(EVIL,),
                ms=1.0,
                buffers=3,
                rows=1.0,
                plan=plan,
            )
        ],
        problems=[Problem(stage="capture", message=EVIL, origin=Origin(EVIL, 1), hint=EVIL)],
        inputs={"root": f"/x/{EVIL}"},
        database={"postgres": EVIL},
    )
    report.advice = {
        "workload": {"before_ms": 1, "after_ms": 1, "queries": 1},
        "proposals": [
            {"action": "create", "kind": "index", "sql": EVIL, "reason": EVIL, "queries": [EVIL]}
        ],
        "rejected": [{"index": EVIL, "reason": EVIL, "detail": EVIL}],
        "queries_changed": [
            {
                "query": EVIL,
                "origin": EVIL,
                "calls": 1,
                "before_ms": 2,
                "after_ms": 1,
                "before_buffers": 9,
                "after_buffers": 1,
            }
        ],
    }
    text = render_html(report_dict(report))
    page = Page(text)
    assert len(page.all("script")) == 2, "no script element but the page's own two"
    assert not page.all("img")
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    assert "alert(1)" not in "".join(page.scripts[1:])
    assert page.plain.count("</script><script>alert(1)</script>") >= 10  # shown as text, everywhere
    embedded = json.loads(page.scripts[0])  # the JSON survives, and is the JSON report
    assert embedded["report"] == json.loads(json.dumps(report_dict(report)))
    assert "</" not in page.scripts[0]


def test_offset_cost_curve_with_keyset_point(make_report) -> None:
    page = Page(render_html(report_dict(make_report(findings=[offset_finding()]))))
    assert "OFFSET cost curve — posts" in page.plain
    assert "keyset: 4 buffers, 0.06 ms" in page.plain
    assert "118 ms" in page.plain and "100,000" in page.plain  # the deepest page and its axis label
    assert "holds while published = true is at least 5 % of rows" in page.plain  # assumes
    paths = [a["d"] for a in page.all("path") if a.get("stroke")]
    assert (
        len(paths) == 2 and paths[0].count("L") == 3
    )  # the curve (4 points), in the chart and in the card


def test_top_query_shapes_ranked_by_calls_times_ms(make_report) -> None:
    many = [
        QueryReport(
            fingerprint=f"f{i}",
            sql=f"SELECT {i} FROM t WHERE a = $1",
            calls=calls,
            kind="select",
            ms=ms,
            buffers=1,
        )
        for i, (calls, ms) in enumerate([(1, 500.0), (1000, 2.0), (10, 1.0)])
    ]
    page = Page(render_html(report_dict(make_report(queries=many))))
    labels = list(
        dict.fromkeys(t for t in page.text if t.startswith("SELECT ") and " FROM t " in t)
    )
    assert labels[:3] == [
        "SELECT 1 FROM t WHERE a = $1",
        "SELECT 0 FROM t WHERE a = $1",
        "SELECT 2 FROM t WHERE a = $1",
    ]
    assert "2.0 s (1,000 × 2.0 ms)" in page.plain


def test_advice_before_after_per_query(make_report) -> None:
    report = make_report()
    report.advice = {
        "workload": {
            "before_ms": 19_000,
            "after_ms": 200,
            "queries": 2,
            "index_addressable": {"before_ms": 19_000, "after_ms": 130, "queries": 1},
        },
        "proposals": [
            {
                "action": "create",
                "kind": "index",
                "sql": "CREATE INDEX x ON orders (user_id)",
                "queries": ["a1"],
                "before_ms": 19_000,
                "after_ms": 130,
                "before_buffers": 350_280,
                "after_buffers": 1_680,
                "size_bytes": 2_400_000,
                "reason": "speeds up 1 query",
            }
        ],
        "rejected": [{"index": "orders_status_idx", "reason": "measured no gain", "detail": "no"}],
        "queries_changed": [
            {
                "query": "a1",
                "origin": "app/orders.ts:42",
                "calls": 420,
                "before_ms": 45.23,
                "after_ms": 0.31,
                "before_buffers": 834,
                "after_buffers": 4,
            }
        ],
    }
    page = Page(render_html(report_dict(report), command="advise"))
    plain = page.plain
    assert "19.0 s → 200 ms" in plain and "CREATE INDEX x ON orders (user_id)" in plain
    assert (
        "orders.ts:42 · SELECT * FROM orders WHERE user_id = $1 ORDER BY created_at DESC" in plain
    )
    assert (
        "834" in plain and "45.2 ms" in plain and "0.31 ms" in plain
    )  # before and after, per call
    assert "orders_status_idx" in plain and "measured no gain" in plain
    assert "dbperf advise" in plain


def test_check_shows_the_verdict_and_what_fails(make_report) -> None:
    report = report_dict(make_report())
    blocking = dict(report["findings"][0], blocking=True, status="new")
    gate = {
        "passed": False,
        "summary": "failed: 1 error",
        "reasons": ["1 new error finding (missing-index)"],
        "findings": [blocking],
        "regressions": [],
        "plan_changes": [],
    }
    page = Page(render_html(report, gate=gate, command="check"))
    assert "✗ failed: failed: 1 error" in page.plain
    assert "1 new error finding (missing-index)" in page.plain
    assert page.plain.count("fails the gate") == 1
