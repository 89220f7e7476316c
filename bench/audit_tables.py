"""The tables `bench/audit.py` prints: the per-stage table with the pgbench reference, the
`--jobs` scaling table, and the machine they were measured on."""

from __future__ import annotations

import os
import platform
from pathlib import Path

STAGES = ["capture", "postgres", "schema", "analyze queries", "seed", "explain", "rules"]
STAGE_LABELS = {
    "capture": "capture (read + group queries)",
    "postgres": "postgres start (+ scratch db)",
    "schema": "schema (apply DDL)",
    "analyze queries": "analyze queries (SQL shapes)",
    "seed": "seed (+ indexes, ANALYZE, stats)",
    "explain": "explain (EXPLAIN ANALYZE)",
    "rules": "rules (+ verified fixes)",
}
TARGET_EXPLAIN_SPEEDUP = 1.6  # EXPLAIN stage, 2 jobs against 1 (issue 15)


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {"cores": os.cpu_count(), "cpu": cpu, "memory": mem, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}"}


def render(s: dict, env: dict, scale: float | None) -> str:
    out: list[str] = []
    w = out.append
    n = s["repeat"]
    w(f"dbperf audit benchmark: fixtures/saas, scale {scale if scale is not None else 'from dbperf.toml (1.0)'}, "
      f"{n} cold run(s), PostgreSQL {s['postgres']} (embedded); stage table: --jobs {s['jobs']}")
    w(f"machine: {env['cores']} cores, {env['cpu']}, {env['memory']} RAM, {env['system']}, "
      f"Python {env['python']}")
    w(f"load average (1 min) before the first run: {env['load_average_before']:.2f} "
      f"(well above 0 means other work shares the {env['cores']} cores: timings are then pessimistic)")
    w("")
    w(f"{'stage':<36}{'median s':>10}{'min':>9}{'max':>9}{'share':>8}")
    w("-" * 72)
    total = s["audit_total"]["median"]

    def row(label: str, st: dict, share: bool = True) -> None:
        pct = f"{100 * st['median'] / total:6.1f}%" if share and total else ""
        w(f"{label:<36}{st['median']:>10.2f}{st['min']:>9.2f}{st['max']:>9.2f}{pct:>8}")

    for stage in STAGES:
        row(STAGE_LABELS[stage], s["stages"][stage])
    row("cluster stop + between stages", s["other"])
    w("-" * 72)
    row("audit total (run_audit, start→stop)", s["audit_total"])
    row("python start + imports", s["imports"], share=False)
    row("END-TO-END (process wall)", s["process_total"], share=False)
    w("")
    w(f"rows seeded        {s['rows_seeded']:>12,}   {s['bytes_seeded'] / 2**20:,.0f} MB on disk "
      f"(heap + TOAST + indexes)")
    w(f"seed rows/s        {s['rows_per_second']:>12,.0f}   whole seed stage "
      f"({s['stages']['seed']['median']:.2f} s); seeder alone {s['seeder_seconds']:.2f} s = "
      f"{s['seeder_rows_per_second']:,.0f} rows/s")
    measured = sorted(set(s["measured_per_run"]))
    per_run = "/".join(map(str, s["measured_per_run"]))
    w(f"query groups       {s['query_groups']:>12}   measured "
      + (f"{per_run} (per run: VARIED)" if len(measured) > 1 else str(measured[0])))
    if s["findings_stable"]:
        w(f"findings           {s['findings']:>12}   same rules and counts in every run; "
          f"{s['problems']} input problem(s) reported")
    else:
        w(f"findings           {'/'.join(map(str, s['findings_per_run'])):>12}   per run: VARIED between runs, "
          f"in {', '.join(s['findings_varied_rules']) or 'which findings (same counts per rule)'}")
    w("")
    ref = s["reference"]
    w(f"reference: {ref['command']} on a fresh EmbeddedPostgres cluster (median of {n}, "
      f"interleaved with the audits)")
    w(f"  done in          {ref['seconds']['median']:>9.2f} s   (min {ref['seconds']['min']:.2f}, "
      f"max {ref['seconds']['max']:.2f}); bare cluster start {ref['cluster_start_seconds']['median']:.2f} s")
    w(f"  rows             {ref['rows']:>12,}   {ref['bytes'] / 2**20:,.0f} MB on disk (no index)")
    w(f"  rows/s           {ref['rows_per_second']:>12,.0f}")
    w(f"dbperf seed / pgbench:  rows/s x{s['ratio_rows_per_second']:.3f}   MB/s x{s['ratio_mb_per_second']:.3f}")
    w("")
    w("slowest rules (median s): " + ", ".join(
        f"{rid} {sec:.2f}" for rid, sec in sorted(s["rule_seconds"].items(), key=lambda kv: -kv[1])[:5]))
    w("slowest seeded tables (median s, tables load side by side): " + ", ".join(
        f"{t} {sec:.2f}" for t, sec in list(s["seed_table_seconds"].items())[:5]))
    w("")
    w(f"target: cold end-to-end audit <= {s['target_seconds']:.0f} s on this {env['cores']}-core machine: "
      f"{s['verdict']} (median {s['process_total']['median']:.1f} s, worst {s['process_total']['max']:.1f} s)")
    return "\n".join(out)


def render_scaling(sc: dict, repeat: int) -> str:
    out = ["", "", f"--jobs scaling (medians of {repeat} cold run(s) per jobs value, interleaved)",
           (f"{'jobs':>4}{'explain s':>11}{'speed-up':>10}{'rules s':>9}{'audit s':>9}{'speed-up':>10}"
            f"{'process s':>11}{'findings':>10}"), "-" * 74]
    for jobs, row in sc["jobs"].items():
        up = f"{row['explain_speedup']:.2f}x" if row["explain_speedup"] else "-"
        aup = f"{row['audit_speedup']:.2f}x" if row["audit_speedup"] else "-"
        out.append(f"{jobs:>4}{row['explain']:>11.2f}{up:>10}{row['rules']:>9.2f}{row['audit']:>9.2f}{aup:>10}"
                   f"{row['process']:>11.2f}{row['findings']:>10}")
    out.append("findings (rule, severity, proof, table, columns, queries, origins) identical in every run "
               f"of every jobs value: {'yes' if sc['findings_identical'] else 'NO'}")
    if sc["explain_verdict"]:
        out.append(f"target: EXPLAIN stage with 2 jobs >= {TARGET_EXPLAIN_SPEEDUP}x faster than with 1: "
                   f"{sc['explain_verdict']} ({sc['explain_speedup_2']:.2f}x)")
    return "\n".join(out)
