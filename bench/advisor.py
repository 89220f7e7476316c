"""Index advisor benchmark: per example, workload time before/after, indexes proposed, advisor run time.

    python bench/advisor.py            # saas, and b2b when fixtures/b2b exists
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dbperf.advisor.advise import advise
from dbperf.advisor.session import measured_context
from dbperf.pipeline import AuditOptions
from dbperf.postgres.embedded import EmbeddedPostgres
from dbperf.project import discover

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def main(names: list[str]) -> None:
    names = names or [n for n in ("saas", "b2b") if (FIXTURES / n / "dbperf.toml").exists()]
    print(f"{'example':8} {'queries':>7} {'before ms':>10} {'after ms':>9} {'ratio':>6} {'creates':>7} "
          f"{'drops':>5} {'trials':>6} {'setup s':>7} {'advise s':>8}")
    with EmbeddedPostgres() as pg:
        for name in names:
            started = time.perf_counter()
            with measured_context(discover(FIXTURES / name), AuditOptions(server_uri=pg.uri)) as ctx:
                setup = time.perf_counter() - started
                a = advise(ctx, min_gain=0.002)
            print(f"{name:8} {a.queries:>7} {a.before_ms:>10.1f} {a.after_ms:>9.1f} "
                  f"{a.before_ms / max(a.after_ms, 0.001):>5.2f}x {len(a.creates):>7} {len(a.drops):>5} "
                  f"{a.trials:>6} {setup:>7.1f} {a.seconds:>8.1f}")
            for p in a.proposals:
                extra = f"{p.before_ms:.1f} -> {p.after_ms:.1f} ms" if p.before_ms is not None else p.kind
                print(f"    {p.action:6} {p.change.name:45} {extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
