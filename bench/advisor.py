"""Index advisor benchmark: per example, workload time before/after (whole, and the index-addressable
part), indexes proposed (with build time and size), advisor run time; medians over repeated runs.

    python bench/advisor.py                 # saas and b2b, 1 run each
    python bench/advisor.py saas --runs 3   # medians of 3 runs (the machine is shared: take medians)
    python bench/advisor.py --min-gain 0    # every index whose gain is verified (default: the CLI's 0.002)

Before/after are the advisor's own measurements in one run (same database, same moment), so their
ratio is meaningful even when the machine is busy; absolute milliseconds are not.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from dbperf.advisor.advise import Advice, advise
from dbperf.pipeline import AuditOptions, measured_context
from dbperf.postgres.embedded import EmbeddedPostgres
from dbperf.project import discover

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _one(pg, name: str, min_gain: float) -> tuple[Advice, float]:
    started = time.perf_counter()
    with measured_context(discover(FIXTURES / name), AuditOptions(server_uri=pg.uri)) as ctx:
        setup = time.perf_counter() - started
        return advise(ctx, min_gain=min_gain), setup


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="*")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--min-gain", type=float, default=0.002)
    args = parser.parse_args()
    names = args.names or [n for n in ("saas", "b2b") if (FIXTURES / n / "dbperf.toml").exists()]
    med = statistics.median
    with EmbeddedPostgres() as pg:
        for name in names:
            runs = [_one(pg, name, args.min_gain) for _ in range(args.runs)]
            a = runs[-1][0]
            print(f"\n== {name}: {a.queries} queries, {args.runs} run(s), min_gain {args.min_gain:g}; medians ==")
            print(f"  workload          {med(r.before_ms for r, _ in runs):9.1f} ms -> "
                  f"{med(r.after_ms for r, _ in runs):8.1f} ms   {med(r.ratio for r, _ in runs):6.2f}x   "
                  f"(runs: {', '.join(f'{r.ratio:.2f}x' for r, _ in runs)})")
            print(f"  index-addressable {med(r.addressable_before_ms for r, _ in runs):9.1f} ms -> "
                  f"{med(r.addressable_after_ms for r, _ in runs):8.1f} ms   "
                  f"{med(r.addressable_ratio for r, _ in runs):6.2f}x   ({a.addressable_queries} queries)")
            print(f"  creates {[len(r.creates) for r, _ in runs]}, drops {[len(r.drops) for r, _ in runs]}, "
                  f"trials {[r.trials for r, _ in runs]}; setup {med(s for _, s in runs):.1f} s, "
                  f"advise {med(r.seconds for r, _ in runs):.1f} s")
            print("  last run's proposals:")
            for p in a.proposals:
                if p.action == "create":
                    print(f"    create {p.change.name:44} {p.before_ms:9.1f} -> {p.after_ms:8.1f} ms  "
                          f"{(p.size_bytes or 0) / 2**20:6.1f} MB  built in {(p.build_ms or 0) / 1000:5.1f} s")
                else:
                    print(f"    drop   {p.change.name:44} {p.kind} ({(p.size_bytes or 0) / 2**20:.1f} MB)")
            for name, why in a.rejected:
                print(f"    not proposed {name}: {why}")
            print("  not index-addressable (after):")
            for fp, origin, ms in a.not_addressable[:4]:
                print(f"    {ms:9.1f} ms  {fp}  {Path(origin).name}")


if __name__ == "__main__":
    main()
