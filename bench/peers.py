"""dbperf advise next to Supabase's index_advisor (HypoPG), query by query (issue 16).

    python bench/peers.py                          # saas, b2b, prisma and the extra shapes
    python bench/peers.py shapes b2b --markdown    # some examples, a Markdown table (docs/bench.md)
    python bench/peers.py --index-advisor-sql ~/src/index_advisor/index_advisor--0.2.0.sql

Needs Debian's PostgreSQL 15 and HypoPG (`apt-get install postgresql-15 postgresql-15-hypopg`) and
index_advisor's SQL (not shipped with dbperf: docs/bench.md says how to get it).

For each example, `dbperf advise --format json` chooses its indexes on the embedded PostgreSQL 18
as a user runs it; then dbperf seeds the same schema with the same seed and scale into a private
PostgreSQL 15 cluster, asks index_advisor about every captured query there, and measures every
query on that one server with no new index, with index_advisor's indexes for that query, and with
dbperf's whole set (peers_compare.py). Verdict per query (`verdict`): when index_advisor's set
helps (at most 90 % of the shared buffers without it, and 10 fewer), dbperf must propose the same
index or a set whose plan touches at most 5 % (or 2 buffers) more than with index_advisor's.
Exit code 1 when any query says no.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # peers_*.py beside this file

from peers_compare import Row, compare
from peers_index_advisor import load_sql

from dbperf.postgres.local import LocalPostgres, find_bindir

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = {"saas": ROOT / "fixtures/saas", "b2b": ROOT / "fixtures/b2b", "prisma": ROOT / "fixtures/prisma",
            "shapes": ROOT / "bench/peers_shapes"}
HELPS = 0.9  # index_advisor's set helps a query when it leaves at most this share of the buffers
HELPS_MIN = 10  # … and saves at least this many (80 kB): 4 -> 3 buffers is one page of a B-tree descent
SLACK = 1.05  # dbperf's set is "at least as fast" within 5 % of index_advisor's buffers
SLACK_MIN = 2  # … or 2 buffers (a wider index one level deeper) more


def verdict(row: Row) -> str:
    """yes / no, or why there is nothing to match: `none` (index_advisor proposes no index),
    `error` (it failed on the query), `no gain` (its set leaves > 90 % of the buffers, or saves
    fewer than 10). yes: dbperf proposes the same index(es), or its whole set leaves the query at
    most 5 % (or 2 buffers) above index_advisor's set."""
    if row.theirs.error:
        return "error"
    if row.with_theirs is None:
        return "none"
    n, t, o = row.none.buffers, row.with_theirs.buffers, row.with_ours.buffers
    if n is None or t is None or t > n * HELPS or n - t < HELPS_MIN:
        return "no gain"
    if set(row.theirs_labels) <= set(row.ours_all):
        return "yes"
    return "yes" if o is not None and o <= max(t * SLACK, t + SLACK_MIN) else "no"


def _num(value: float | None, ms: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" if ms else f"{value:,.0f}"


def _triple(row: Row, attr: str) -> tuple[str, str, str]:
    theirs = getattr(row.with_theirs, attr) if row.with_theirs else None
    return (_num(getattr(row.none, attr), attr == "ms"), _num(theirs, attr == "ms"),
            _num(getattr(row.with_ours, attr), attr == "ms"))


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def shown(rows: list[Row]) -> list[Row]:
    """Queries where either adviser has an index in play, or index_advisor failed."""
    return [r for r in rows if r.theirs.printed or r.theirs.error or r.ours]


def print_text(rows: list[Row]) -> None:
    head = (f"{'example':7} {'query':44} {'index_advisor':30} {'dbperf':30} "
            f"{'buffers none/theirs/ours':>26} {'ms none/theirs/ours':>24}  verdict")
    print(head)
    print("-" * len(head))
    for r in shown(rows):
        theirs = " + ".join(r.theirs_labels) or (f"error: {r.theirs.error}" if r.theirs.error else "—")
        b, m = _triple(r, "buffers"), _triple(r, "ms")
        print(f"{r.example:7} {_cut(r.sql, 44):44} {_cut(theirs, 30):30} {_cut(' + '.join(r.ours) or '—', 30):30} "
              f"{' / '.join(b):>26} {' / '.join(m):>24}  {verdict(r)}")


def print_markdown(rows: list[Row]) -> None:
    print("| example | query | origin | index_advisor | dbperf | buffers none / theirs / ours "
          "| ms none / theirs / ours | verdict |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in shown(rows):
        theirs = " + ".join(r.theirs_labels) or (f"error: {r.theirs.error}" if r.theirs.error else "—")
        if r.theirs.repaired:
            theirs += " (printed unquoted)"
        sql = _cut(r.sql, 90).replace("|", "\\|")
        print(f"| {r.example} | `{sql}` | {Path(r.origin).name} | {theirs} | {' + '.join(r.ours) or '—'} "
              f"| {' / '.join(_triple(r, 'buffers'))} | {' / '.join(_triple(r, 'ms'))} | {verdict(r)} |")


def summary(rows: list[Row]) -> list[str]:
    verdicts = [verdict(r) for r in rows]
    counts = {v: verdicts.count(v) for v in ("yes", "no", "no gain", "none", "error")}
    lines = [f"{len(rows)} queries: " + ", ".join(f"{k} {v}" for k, v in counts.items())
             + f"; {len(rows) - len(shown(rows))} not shown (neither proposes an index)"]
    helped = [r for r, v in zip(rows, verdicts) if v in ("yes", "no")]
    if helped:
        def ratio(attr: str, side: str) -> float:
            values = []
            for r in helped:
                before, after = getattr(r.none, attr), getattr(getattr(r, side), attr)
                if before and after is not None:
                    values.append(after / before)
            return statistics.median(values) if values else float("nan")
        lines.append(f"where index_advisor's set helps ({len(helped)} queries), median share of the no-index "
                     f"figure: buffers theirs {ratio('buffers', 'with_theirs'):.3f} ours "
                     f"{ratio('buffers', 'with_ours'):.3f}; ms theirs {ratio('ms', 'with_theirs'):.3f} ours "
                     f"{ratio('ms', 'with_ours'):.3f}")
    repaired = sum(r.theirs.repaired for r in rows)
    if repaired:
        lines.append(f"{repaired} index_advisor statement(s) named a mixed-case column unquoted "
                     "(hypopg_get_indexdef); measured with the column quoted")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("examples", nargs="*", metavar="EXAMPLE",
                        help=f"some of: {', '.join(EXAMPLES)} (default: all)")
    parser.add_argument("--index-advisor-sql", type=Path, default=None,
                        help="index_advisor--X.Y.Z.sql, or a clone of supabase/index_advisor "
                             "(default: the fetched mirror, if present)")
    parser.add_argument("--scale", type=float, default=None, help="seed scale for both servers")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--no-data-check", action="store_true",
                        help="skip comparing the PostgreSQL 18 and 15 databases' rows (a checksum per table)")
    args = parser.parse_args()
    unknown = [name for name in args.examples if name not in EXAMPLES]
    if unknown:
        parser.error(f"unknown example {', '.join(unknown)}: use some of {', '.join(EXAMPLES)}")
    advisor_sql, source = load_sql(args.index_advisor_sql)
    if find_bindir("15") is None or not Path("/usr/share/postgresql/15/extension/hypopg.control").is_file():
        print("error: PostgreSQL 15 with HypoPG is not installed\n"
              "hint: apt-get install -y postgresql-15 postgresql-15-hypopg", file=sys.stderr)
        return 2
    print(f"index_advisor: {source}", file=sys.stderr)
    rows: list[Row] = []
    data: list[str] = []
    with LocalPostgres("15") as pg15:
        for name in args.examples or list(EXAMPLES):
            found, _, same = compare(name, EXAMPLES[name], pg15.uri, advisor_sql, args.scale,
                                     not args.no_data_check,
                                     log=lambda m: print(m, file=sys.stderr, flush=True))
            rows += found
            data.append(f"{name}: {same}")
    (print_markdown if args.markdown else print_text)(rows)
    print()
    for line in summary(rows):
        print(line)
    print("PostgreSQL 18 vs 15 seeded data: " + "; ".join(data))
    misses = [r for r in rows if verdict(r) == "no"]
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
