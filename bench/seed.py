"""Seeding speed of dbperf next to `pgbench -i -I dtG` and `-I dtGpv`, and what the cache saves.

    python bench/seed.py                  # scale 1 of fixtures/saas (~1 M rows), 1 run each
    python bench/seed.py --repeat 3       # medians
    python bench/seed.py --big            # also the time to seed 10 M rows (--scale 10), next to pgbench -s 100
    python bench/seed.py --scale 10       # the 10x scale in the interleaved, repeated comparison

Each dbperf run seeds `fixtures/saas` on a fresh throw-away embedded cluster
(`--no-cache`: schema, seeding with index rebuild + FK checks + VACUUM ANALYZE); the
seeder's own `SeedResult` gives rows and seconds. The reference is
`bench/audit.py`'s `pgbench_reference` (the same embedded binaries and
scratch settings, interleaved), twice: `-I dtG` (generate rows only) and `-I
dtGpv` (rows, primary keys, VACUUM ANALYZE: the same kind of work as the
seeder's); each run's ratio is taken to the references measured right after
it, and the medians of those ratios are printed (the machine's load weighs on
both sides alike). The CPU each cluster used (/proc, Linux) gives the same comparison
independent of the machine's load: MB seeded per CPU-second, and what that allows with every core
busy. Then two runs through the cache in a private
cache folder show a miss (seed + store) and a hit (copy of the template).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
warnings.simplefilter("ignore")

from audit import PGBENCH_SCALE, pgbench_reference  # noqa: E402  (the shared reference helper)

FIXTURE = ROOT / "fixtures" / "saas"


def dbperf_seed(scale: float, cache: bool, cache_dir: Path | None = None) -> dict:
    from dbperf import seeded as stage  # where the pipeline calls the seeder
    from dbperf.pipeline import AuditOptions, run_audit
    from dbperf.project import discover

    seeded: dict = {}
    real_seed = stage.seed

    def observed(*args, **kwargs):
        pgdata = args[0].fetchval("SHOW data_directory")
        cpu = cluster_cpu(pgdata)
        result = real_seed(*args, **kwargs)
        after = cluster_cpu(pgdata)
        seeded.update(seconds=result.seconds, rows=result.total_rows, per_table=result.seconds_per_table,
                      phases=result.seconds_per_phase,
                      cpu=None if cpu is None or after is None else after - cpu)
        return result

    stage.seed = observed
    try:
        t = time.perf_counter()
        result = run_audit(discover(FIXTURE), AuditOptions(scale=scale, seed_only=True, cache=cache,
                                                            cache_dir=cache_dir))
        wall = time.perf_counter() - t
    finally:
        stage.seed = real_seed
    report = result.report
    timings = report.timings
    tables = result.context.schema.tables.values()
    return {
        "rows": report.database["rows_seeded"],
        "bytes": sum(t.size_bytes or 0 for t in tables),  # heap + TOAST + indexes
        "data_bytes": sum((t.size_bytes or 0) - sum(ix.size_bytes or 0 for ix in t.indexes) for t in tables),
        "seeder_seconds": seeded.get("seconds"),
        "seed_stage_seconds": timings["seed"],
        "to_seeded_seconds": timings["postgres"] + timings["schema"] + timings["seed"],
        "wall_seconds": wall,
        "cache": report.database["cache"],
        "per_table": seeded.get("per_table", {}),
        "phases": seeded.get("phases", {}),
        "cpu": seeded.get("cpu"),
    }


def cluster_cpu(pgdata: str | Path) -> float | None:
    """CPU seconds the cluster of `pgdata` has used: the postmaster, its ended children (reaped, so
    counted in its cutime/cstime) and its live ones (backends, WAL writer…), from /proc; None where
    there is no /proc. Unlike wall time, it does not depend on what else the machine runs."""
    try:
        tick = os.sysconf("SC_CLK_TCK")
        postmaster = int((Path(pgdata) / "postmaster.pid").read_text().split()[0])

        def stat(pid: int) -> list[str]:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()

        def reaped() -> int:
            return sum(int(x) for x in stat(postmaster)[11:15])

        for _ in range(10):  # again if a child was reaped meanwhile (counted in neither or in both)
            before, live = reaped(), 0
            for entry in Path("/proc").iterdir():
                if entry.name.isdigit():
                    try:
                        fields = stat(int(entry.name))
                    except OSError:
                        continue
                    if int(fields[1]) == postmaster:  # a zombie still shows its times
                        live += int(fields[11]) + int(fields[12])
            if reaped() == before:
                break
        return (before + live) / tick
    except (OSError, ValueError, IndexError):
        return None


def pgbench_with_cpu(scale: int, steps: str) -> dict:
    """`pgbench_reference`, plus the CPU its cluster used from its start to its stop ("cpu")."""
    from dbperf.postgres.embedded import EmbeddedPostgres

    cpu: dict[str, float | None] = {}
    real_start, real_stop = EmbeddedPostgres.start, EmbeddedPostgres.stop

    def start(self: EmbeddedPostgres) -> EmbeddedPostgres:
        out = real_start(self)
        cpu["start"] = cluster_cpu(self.data_dir) if self.data_dir else None
        return out

    def stop(self: EmbeddedPostgres) -> None:
        if self.data_dir and "end" not in cpu:
            cpu["end"] = cluster_cpu(self.data_dir)
        real_stop(self)

    EmbeddedPostgres.start, EmbeddedPostgres.stop = start, stop
    try:
        ref = pgbench_reference(scale, steps)
    finally:
        EmbeddedPostgres.start, EmbeddedPostgres.stop = real_start, real_stop
    known = cpu.get("start") is not None and cpu.get("end") is not None
    ref["cpu"] = cpu["end"] - cpu["start"] if known else None
    return ref


REFERENCES = ("dtG", "dtGpv")  # rows only; rows + primary keys + VACUUM (ANALYZE): the seeder's kind of work
TARGET = 0.70  # issue 15: at least 0.7x `pgbench -i -I dtGpv` in MB/s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--big", action="store_true", help="also seed --scale 10 (about 10 M rows)")
    parser.add_argument("--no-cache-runs", action="store_true", help="skip the cache miss/hit runs")
    args = parser.parse_args(argv)
    med = statistics.median
    pgbench_scale = max(1, round(PGBENCH_SCALE * args.scale))
    runs: list[dict] = []
    refs: dict[str, list[dict]] = {steps: [] for steps in REFERENCES}
    for i in range(args.repeat):  # interleaved, so that the machine's load weighs on both alike
        print(f"run {i + 1}/{args.repeat}: dbperf seed …", end="", flush=True, file=sys.stderr)
        runs.append(dbperf_seed(args.scale, cache=False))
        print(f" {runs[-1]['seeder_seconds']:.2f} s", end="", flush=True, file=sys.stderr)
        for steps in REFERENCES:
            refs[steps].append(pgbench_with_cpu(pgbench_scale, steps))
            print(f"; pgbench {steps} {refs[steps][-1]['seconds']:.2f} s", end="", flush=True, file=sys.stderr)
        print(file=sys.stderr)
    rows = runs[0]["rows"]
    seeder_s = med([r["seeder_seconds"] for r in runs])
    mb = med([r["bytes"] for r in runs]) / 2**20
    data_mb = med([r["data_bytes"] for r in runs]) / 2**20
    dbperf_mbs = med([r["bytes"] / 2**20 / r["seeder_seconds"] for r in runs])
    print(f"dbperf seed, fixtures/saas scale {args.scale:g} ({args.repeat} run(s), medians):")
    print(f"  seeder        {rows:>12,} rows {mb:8,.0f} MB {seeder_s:8.2f} s {rows / seeder_s:>12,.0f} rows/s "
          f"{dbperf_mbs:7.1f} MB/s   (rows + keys + indexes + FK checks + VACUUM + ANALYZE; "
          f"{data_mb:,.0f} MB without indexes)")
    for steps in REFERENCES:
        ref = refs[steps]
        ref_s, ref_rows = med([r["seconds"] for r in ref]), ref[0]["rows"]
        ref_mb = med([r["bytes"] for r in ref]) / 2**20
        print(f"  pgbench {steps:<5} {ref_rows:>12,} rows {ref_mb:8,.0f} MB {ref_s:8.2f} s "
              f"{ref_rows / ref_s:>12,.0f} rows/s {ref_mb / ref_s:7.1f} MB/s   ({ref[0]['command']})")
    for steps in REFERENCES:
        # the ratio of each run to the reference measured right after it, then the median
        mbs = med([(r["bytes"] / r["seeder_seconds"]) / (p["bytes"] / p["seconds"])
                   for r, p in zip(runs, refs[steps])])
        rps = med([(r["rows"] / r["seeder_seconds"]) / (p["rows"] / p["seconds"]) for r, p in zip(runs, refs[steps])])
        goal = f"   (target MB/s x{TARGET:.2f}: {'met' if mbs >= TARGET else 'not met'})" if steps == "dtGpv" else ""
        print(f"  ratio to {steps:<5} MB/s x{mbs:.3f}   rows/s x{rps:.3f}{goal}")
    cpu_runs = [(r, p) for r, p in zip(runs, refs["dtGpv"]) if r["cpu"] and p.get("cpu")]
    if cpu_runs:  # the load-independent view: CPU per MB of each, from /proc
        ours = med([r["cpu"] / (r["bytes"] / 2**20) for r, _ in cpu_runs])
        theirs = med([p["cpu"] / (p["bytes"] / 2**20) for _, p in cpu_runs])
        print(f"  cluster CPU   dbperf {med([r['cpu'] for r, _ in cpu_runs]):.2f} s ({1000 * ours:.1f} ms/MB)   "
              f"pgbench dtGpv {med([p['cpu'] for _, p in cpu_runs]):.2f} s ({1000 * theirs:.1f} ms/MB): "
              f"MB per CPU-second x{theirs / ours:.3f}; with {os.cpu_count()} connections busy against "
              f"pgbench's one, at most x{(os.cpu_count() or 1) * theirs / ours:.3f} on a quiet machine")
    print(f"  bytes/row     dbperf {data_mb * 2**20 / rows:,.0f}   pgbench {refs['dtG'][0]['bytes'] / refs['dtG'][0]['rows']:,.0f}"
          "   (table data, without indexes)")
    phases = {k: med([r["phases"].get(k, 0.0) for r in runs]) for k in runs[0]["phases"]}
    busy = sum(phases.values()) or 1.0
    print("  where the seeder's time goes (summed over tables loading side by side): "
          + ", ".join(f"{k} {v:.2f} s ({v / busy:.0%})" for k, v in phases.items()))
    slow = sorted(runs[0]["per_table"].items(), key=lambda kv: -kv[1])[:4]
    print("  slowest tables: " + ", ".join(f"{k} {v:.2f} s" for k, v in slow))
    if args.big:
        big = dbperf_seed(10.0, cache=False)
        big_mb = big["bytes"] / 2**20
        print(f"10x scale: {big['rows']:,} rows, {big_mb:,.0f} MB seeded in {big['seeder_seconds']:.1f} s "
              f"({big_mb / big['seeder_seconds']:.1f} MB/s)")
        for steps in REFERENCES:
            ref = pgbench_reference(PGBENCH_SCALE * 10, steps)
            ref_mb = ref["bytes"] / 2**20
            print(f"  {ref['command']}: {ref['rows']:,} rows, {ref_mb:,.0f} MB in {ref['seconds']:.1f} s "
                  f"({ref_mb / ref['seconds']:.1f} MB/s); ratio MB/s x{(big_mb / big['seeder_seconds']) / (ref_mb / ref['seconds']):.3f}")
    if args.no_cache_runs:
        return 0

    folder = Path(tempfile.mkdtemp(prefix="dbperf-bench-cache-"))
    try:
        miss = dbperf_seed(args.scale, cache=True, cache_dir=folder)
        hit = dbperf_seed(args.scale, cache=True, cache_dir=folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("cache (postgres + schema + seed stages, i.e. until the seeded database is ready):")
    print(f"  {miss['cache']:<5} {miss['to_seeded_seconds']:7.2f} s   (seed stage {miss['seed_stage_seconds']:.2f} s "
          "incl. storing the template)")
    print(f"  {hit['cache']:<5} {hit['to_seeded_seconds']:7.2f} s   (seed stage {hit['seed_stage_seconds']:.2f} s: "
          "pg_dump for the key + CREATE DATABASE … TEMPLATE)")
    print(f"  hit is x{miss['to_seeded_seconds'] / hit['to_seeded_seconds']:.1f} faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
