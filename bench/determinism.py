"""Same inputs, same verdict: cold `dbperf check` runs on a machine kept busy, compared.

    python bench/determinism.py [--runs 5] [--example saas b2b prisma] [--burners N]

For each example, `--runs` cold runs of `dbperf check fixtures/<example> --no-baseline
--format json`, each in its own process with an empty cache folder (so every run applies
the schema, seeds, measures and tries its fixes again), while `--burners` processes
(default: one per core) spin on the CPU. Every run's findings are reduced to what a
verdict is made of — rule, severity, proof, table, columns — and compared with the first
run's, with the exit codes. Timings and evidence values are left out: they may move,
the verdict may not (issue 13).

Prints one line per run (exit code, findings, errors, a digest of the verdict) and, per
example, IDENTICAL or the findings that came and went. Exits 1 when any example differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def burn() -> None:  # pragma: no cover - a CPU hog, ended by the parent
    while True:
        pass


def verdict(gate_json: dict) -> list[tuple]:
    findings = gate_json.get("report", {}).get("findings", [])
    return sorted((f["rule"], f["severity"], f.get("proof", ""), f.get("table") or "", tuple(f.get("columns", [])))
                  for f in findings)


def check(example: Path, work: Path) -> tuple[int, list[tuple], float]:
    dbperf = shutil.which("dbperf") or str(Path(sys.executable).parent / "dbperf")
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    out = work / "check.json"
    started = time.perf_counter()
    proc = subprocess.run([dbperf, "check", str(example), "--no-baseline", "--format", "json", "-o", str(out)],
                          capture_output=True, text=True, check=False,
                          env={**os.environ, "DBPERF_CACHE_DIR": str(cache)})
    seconds = time.perf_counter() - started
    if not out.exists():
        print(proc.stderr[-2000:], file=sys.stderr)
        return proc.returncode, [], seconds
    return proc.returncode, verdict(json.loads(out.read_text())), seconds


def digest(rows: list[tuple]) -> str:
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()[:12]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--example", nargs="+", default=["saas", "b2b"])
    parser.add_argument("--burners", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()

    burners = [multiprocessing.Process(target=burn, daemon=True) for _ in range(args.burners)]
    for b in burners:
        b.start()
    differs = False
    try:
        print(f"{args.burners} CPU-burning process(es) running; load: {os.getloadavg()[0]:.1f}")
        for name in args.example:
            with tempfile.TemporaryDirectory(prefix=f"dbperf-det-{name}-") as folder:
                work = Path(folder)
                example = work / name
                shutil.copytree(ROOT / "fixtures" / name, example)
                runs = []
                for i in range(args.runs):
                    code, rows, seconds = check(example, work)
                    runs.append((code, rows))
                    errors = sum(1 for r in rows if r[1] == "error")
                    print(f"{name} run {i + 1}: exit {code} · {len(rows)} findings · {errors} errors · "
                          f"verdict {digest(rows)} · {seconds:.0f} s · load {os.getloadavg()[0]:.1f}", flush=True)
                first_code, first = runs[0]
                same = all(code == first_code and rows == first for code, rows in runs)
                differs |= not same
                if same:
                    print(f"{name}: IDENTICAL over {args.runs} cold runs (exit {first_code}, {len(first)} findings)")
                for i, (code, rows) in enumerate(runs[1:], start=2):
                    gone, came = sorted(set(first) - set(rows)), sorted(set(rows) - set(first))
                    if gone or came or code != first_code:
                        print(f"{name} run {i} differs from run 1: exit {code} vs {first_code}")
                        for row in gone:
                            print(f"   - {row}")
                        for row in came:
                            print(f"   + {row}")
    finally:
        for b in burners:
            b.terminate()
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
