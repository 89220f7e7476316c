"""Timings of a CI gate run, `dbperf check` of the bundled example against its baseline: cold and warm.

    python bench/check.py [--repeat N] [--scale F] [--json]

Setup (not timed): the example (fixtures/saas) is copied to a temporary
folder and its baseline is recorded there (`dbperf baseline`), as a project
that committed `.dbperf-baseline.json` would have it.

Then N fresh Python processes each run the gate twice, exactly as
`dbperf check COPY --format sarif` does (its own embedded PostgreSQL started
and stopped per run, audit, decision, SARIF rendered):

- cold: the first run of the process, with an empty seeded-database cache
  (each process gets its own `DBPERF_CACHE_DIR`): imports, cluster start,
  seeding, storing the seeded database in the cache;
- warm: a second run in the same process right after it, as a CI job whose
  cache folder was restored (e.g. `actions/cache` on `~/.cache/dbperf`): the
  seeded database comes from the cache, everything else runs again.

The table shows the median over the N processes, with the audit's stage
timings (`Report.timings`) of the median runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "saas"
STAGES = ["capture", "postgres", "schema", "analyze queries", "seed", "explain", "rules"]


def audit_options(scale: float | None, cache: bool):
    from dbperf.audit_options import default_jobs
    from dbperf.pipeline import AuditOptions

    return AuditOptions(scale=scale, cache=cache, jobs=default_jobs())  # as `dbperf check` runs


def child(project: Path, scale: float | None) -> None:
    """Two gate runs in this (fresh) process; one JSON line each."""
    started = time.perf_counter()
    import warnings

    warnings.simplefilter("ignore")
    from dbperf.gate.render import render
    from dbperf.gate.run import CheckOptions, run_check

    imported = time.perf_counter() - started
    for label in ("cold", "warm"):
        t = time.perf_counter()
        run = run_check(project, options=CheckOptions(audit=audit_options(scale, cache=True)))
        render(run.result, "sarif")
        seconds = time.perf_counter() - t + (imported if label == "cold" else 0.0)
        print("BENCH-RESULT " + json.dumps({
            "run": label, "seconds": seconds, "import_seconds": imported if label == "cold" else 0.0,
            "timings": run.audit.report.timings, "exit_code": run.result.exit_code,
            "summary": run.result.summary(), "reasons": run.result.reasons(), "query_groups": len(run.audit.report.queries),
            "rows_seeded": run.audit.report.database.get("rows_seeded"),
        }), flush=True)


def run_child(project: Path, scale: float | None) -> list[dict]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(project)]
    if scale is not None:
        cmd += ["--scale", str(scale)]
    t = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dbperf-bench-cache-") as cache:  # cold: an empty cache
        env = {**os.environ, "DBPERF_CACHE_DIR": cache}
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False, env=env)
    wall = time.perf_counter() - t
    results = [json.loads(line[len("BENCH-RESULT "):]) for line in proc.stdout.splitlines()
               if line.startswith("BENCH-RESULT ")]
    if proc.returncode != 0 or len(results) != 2:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit(f"gate run failed (exit {proc.returncode})")
    results[0]["process_seconds"] = wall
    return results


def make_baseline(project: Path, scale: float | None) -> float:
    from dbperf.gate.run import run_baseline

    t = time.perf_counter()
    baseline, found = run_baseline(project, audit_options=audit_options(scale, cache=False))
    baseline.write(found.root / ".dbperf-baseline.json")
    return time.perf_counter() - t


def median_run(runs: list[dict]) -> dict:
    ordered = sorted(runs, key=lambda r: r["seconds"])
    return ordered[(len(ordered) - 1) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", "-n", type=int, default=3, help="fresh processes (each: one cold, one warm run)")
    parser.add_argument("--scale", type=float, default=None)
    parser.add_argument("--json", action="store_true", help="print the raw measurements as JSON")
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.scale)
        return

    import warnings

    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory(prefix="dbperf-bench-check-") as tmp:
        project = Path(tmp) / "saas"
        shutil.copytree(FIXTURE, project)
        baseline_seconds = make_baseline(project, args.scale)
        cold, warm = [], []
        for i in range(args.repeat):
            c, w = run_child(project, args.scale)
            cold.append(c)
            warm.append(w)
            print(f"  process {i + 1}/{args.repeat}: cold {c['seconds']:.1f} s · warm {w['seconds']:.1f} s · "
                  f"exit {c['exit_code']}/{w['exit_code']}", file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps({"baseline_seconds": baseline_seconds, "cold": cold, "warm": warm}, indent=2))
        return

    mc, mw = median_run(cold), median_run(warm)
    print(f"dbperf check fixtures/saas (copy, against its own baseline) · --format sarif · "
          f"{mc['rows_seeded']:,} rows · {mc['query_groups']} query groups")
    print(f"machine: {platform.machine()} · {os.cpu_count()} CPUs · Python {platform.python_version()} · "
          f"median of {args.repeat} process(es) · baseline recorded once in {baseline_seconds:.1f} s (not timed below)")
    print()
    print(f"{'':34}{'cold (1st run)':>16}{'warm (2nd run)':>16}")
    print(f"{'gate run, wall':34}{mc['seconds']:>14.1f} s{mw['seconds']:>14.1f} s")
    print(f"{'  imports':34}{mc['import_seconds']:>14.1f} s{mw['import_seconds']:>14.1f} s")
    for stage in STAGES:
        print(f"{'  ' + stage:34}{mc['timings'].get(stage, 0):>14.1f} s{mw['timings'].get(stage, 0):>14.1f} s")
    cold_runs = ", ".join(f"{r['seconds']:.1f}" for r in cold)
    warm_runs = ", ".join(f"{r['seconds']:.1f}" for r in warm)
    print(f"{'every cold run':34}{cold_runs} s")
    print(f"{'every warm run':34}{warm_runs} s")
    print()
    codes = sorted({r["exit_code"] for r in cold + warm})
    for r in cold + warm:
        for reason in r["reasons"]:
            print(f"failed {r['run']} run: {reason}")
    print(f"verdict of every run: exit {', '.join(map(str, codes))} ({mc['summary']})")
    print("note: cold = empty seeded-database cache (seeds, then stores the seeded database); warm = the "
          "seeded database restored from the cache, as in a CI job that restores ~/.cache/dbperf.")


if __name__ == "__main__":
    main()
