"""A second audit of an unchanged project against the first: what the cache saves.

    python bench/rerun.py [--repeat N] [--example saas|b2b]

Each repeat gets an empty cache folder (`DBPERF_CACHE_DIR`) and runs
`dbperf audit fixtures/<example> --format json` twice, as a user would, each
in its own process (imports, cluster start, everything):

- first: a cache miss — schema, seeding, EXPLAIN ANALYZE of every query group,
  the rules' trials; the seeded database and the measurements are stored;
- second: a hit — the seeded database is copied from its template and the
  measurements taken on it are reused (docs/cache.md).

Prints the median wall time of each, the ratio (the issue's target: ≥ 3×),
the stage timings of the median runs, and whether both produced the same
findings with the same evidence.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ["capture", "postgres", "schema", "analyze queries", "seed", "explain", "rules"]


def audit(example: Path, cache: str, out: Path) -> tuple[float, dict]:
    dbperf = shutil.which("dbperf") or str(Path(sys.executable).parent / "dbperf")
    started = time.perf_counter()
    proc = subprocess.run([dbperf, "audit", str(example), "--format", "json", "--output", str(out)],
                          capture_output=True, text=True, check=False, env={**os.environ, "DBPERF_CACHE_DIR": cache})
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"dbperf audit failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return seconds, json.loads(out.read_text())


def evidence(report: dict) -> str:
    return json.dumps([report["findings"], [(q.get("fingerprint"), q.get("ms"), q.get("buffers"))
                                            for q in report.get("queries", [])]], sort_keys=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--example", default="saas")
    args = parser.parse_args()
    example = ROOT / "fixtures" / args.example
    runs = []
    for n in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="dbperf-rerun-") as tmp:
            cache = str(Path(tmp) / "cache")
            first = audit(example, cache, Path(tmp) / "first.json")
            second = audit(example, cache, Path(tmp) / "second.json")
            runs.append((first, second))
            print(f"run {n + 1}: first {first[0]:.1f} s ({first[1]['database'].get('cache')}), "
                  f"second {second[0]:.1f} s ({second[1]['database'].get('cache')}, "
                  f"{second[1]['database'].get('measurements_reused', 0)} measurements reused), "
                  f"{first[0] / second[0]:.1f}x", flush=True)
    firsts = [r[0][0] for r in runs]
    seconds = [r[1][0] for r in runs]
    mid = sorted(range(len(runs)), key=lambda i: firsts[i])[(len(runs) - 1) // 2]
    print(f"\n{args.example}: first audit median {statistics.median(firsts):.1f} s, second "
          f"{statistics.median(seconds):.1f} s -> {statistics.median(firsts) / statistics.median(seconds):.1f}x "
          f"(target >= 3x)")
    print(f"{'stage':16} {'first s':>8} {'second s':>9}")
    for stage in STAGES:
        a = runs[mid][0][1]["timings"].get(stage, 0.0)
        b = runs[mid][1][1]["timings"].get(stage, 0.0)
        print(f"{stage:16} {a:>8.2f} {b:>9.2f}")
    same = all(evidence(r[0][1]) == evidence(r[1][1]) for r in runs)
    print(f"same findings and evidence in both audits: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
