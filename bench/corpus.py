"""dbperf on the schemas of real applications (tests/corpus/): what loads, seeds and gets measured.

    python bench/corpus.py                   # every app of tests/corpus/apps.toml, small scale
    python bench/corpus.py --app umami --app atuin
    python bench/corpus.py --scale 0.1       # more rows (slower)
    python bench/corpus.py --rules           # also run the rules (and the fixes they verify)
    python bench/corpus.py --json            # machine-readable: every app's figures and problems

For each app, dbperf's own pipeline (`dbperf.pipeline.measured`: discover, load the schema, seed,
EXPLAIN ANALYZE the app's `queries.sql`) runs in a child process on one embedded PostgreSQL 18
started for the whole bench (each app gets a scratch database on it). A child that fails, hangs
past `--timeout` or dies is that app's failure; the bench goes on with the next app.

Per app: tables; tables seeded (rows > 0) / total; rows; constraints (PK, UNIQUE, FK, CHECK,
EXCLUDE) and indexes of the schema's DDL (before seeding) still in the catalog after seeding / all of them;
DDL statements applied / read; query groups measured / captured; problems by stage; seconds.
Discovery is checked first: when `dbperf.project.discover` does not find the app's schema at the
path apps.toml names, the problem "not discovered" is counted (stage `discover`) and the path is
passed explicitly, so that the rest is measured anyway.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
MANIFEST = CORPUS / "apps.toml"
DEFAULT_SCALE = 0.02  # 200 rows in a root table: the whole corpus in a few minutes on 2 cores
DEFAULT_TIMEOUT = 900
TOP_MESSAGES = 4  # problem messages shown per app in the text output

CATALOG_OBJECTS = """
SELECT 'constraint', c.conrelid::regclass::text, c.conname FROM pg_constraint c
  JOIN pg_namespace n ON n.oid = c.connamespace
  WHERE c.contype IN ('p', 'u', 'f', 'c', 'x') AND c.conrelid <> 0 AND {user_schema}
UNION ALL
SELECT 'index', i.indrelid::regclass::text, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {user_schema}
""".format(
    user_schema="n.nspname NOT IN ('pg_catalog', 'information_schema')"
    " AND n.nspname NOT LIKE 'pg_toast%'"
)


def apps() -> list[dict]:
    return tomllib.loads(MANIFEST.read_text(encoding="utf-8"))["app"]


def _paths(schema: str | list[str]) -> list[str]:
    """apps.toml's `schema`: one path, or several applied in order."""
    return [schema] if isinstance(schema, str) else list(schema)


def catalog_objects(db) -> set[tuple[str, str, str]]:
    """(kind, relation, name) of the constraints and indexes of the user's schemas, as now."""
    return set(db.fetchall(CATALOG_OBJECTS))


def _count(objects: set[tuple[str, str, str]], kind: str) -> int:
    return sum(1 for o in objects if o[0] == kind)


def run_app(app: dict, scale: float, server_uri: str, rules: bool) -> dict:
    """The figures of one app, measured in this process (the child's side)."""
    warnings.simplefilter("ignore")
    from dbperf import seeded as seeded_stage  # where the pipeline calls the seeder
    from dbperf.diagnostics import DbperfError
    from dbperf.audit_options import default_jobs
    from dbperf.pipeline import AuditOptions, measured, run_rules
    from dbperf.project import discover

    folder = CORPUS / app["name"]
    expected = [(folder / path).resolve() for path in _paths(app["schema"])]
    queries = [folder / "queries.sql"] if (folder / "queries.sql").is_file() else []
    discovery: list[str] = []
    try:
        project = discover(folder, queries=queries)
        found = [p.resolve() for p in project.schema_paths]
        if found != expected:
            discovery.append(
                f"not discovered: found {', '.join(str(p.relative_to(folder)) for p in found)} "
                f"instead of {', '.join(_paths(app['schema']))}"
            )
    except DbperfError as exc:
        discovery.append(f"not discovered: {str(exc).replace(f'{ROOT}/', '')}")
    if discovery:
        project = discover(folder, schema=expected, queries=queries)

    before: dict[str, tuple[int, int]] = {}
    real_seed = seeded_stage.seed

    def counted_seed(db, *args, **kwargs):
        before["catalog"] = catalog_objects(db)
        return real_seed(db, *args, **kwargs)

    seeded_stage.seed = counted_seed
    started = time.perf_counter()
    try:
        jobs = default_jobs()  # as `dbperf audit` runs: reads and rules side by side
        with measured(project, AuditOptions(scale=scale, server_uri=server_uri, jobs=jobs)) as m:
            after = catalog_objects(m.where.db)
            if rules:
                run_rules(m.context, m.problems, jobs=jobs, runner=m.runner)
            schema, seeded, problems = m.context.schema, m.seeded, m.problems
            measurements = m.context.measurements
            groups = len(m.context.workload.groups)
            loaded = m.loaded
            timings = dict(m.timings)
    finally:
        seeded_stage.seed = real_seed
    seconds = time.perf_counter() - started
    rows = {key: seeded.rows.get(key, 0) for key in schema.tables}
    empty = sorted(
        schema.tables[key].name
        if schema.tables[key].schema in (None, "public")
        else f"{schema.tables[key].schema}.{schema.tables[key].name}"
        for key, n in rows.items()
        if not n
    )
    items = [
        {"stage": "discover", "message": m_, "severity": "warning", "origin": None}
        for m_ in discovery
    ]
    items += [
        {
            "stage": p.stage,
            "message": p.message,
            "severity": p.severity,
            "origin": str(p.origin) if p.origin else None,
        }
        for p in problems
    ]
    declared = before.get("catalog", set())
    present = declared & after  # objects a stand-in made while seeding (a DEFAULT partition's) not counted
    return {
        "app": app["name"],
        "tool": app["tool"],
        "tables": len(schema.tables),
        "tables_seeded": sum(1 for n in rows.values() if n > 0),
        "rows": sum(rows.values()),
        "constraints": _count(present, "constraint"),
        "constraints_declared": _count(declared, "constraint"),
        "indexes": _count(present, "index"),
        "indexes_declared": _count(declared, "index"),
        "ddl_applied": loaded.applied,
        "ddl_statements": loaded.statements,
        "measured": sum(1 for x in measurements.values() if x.ok),
        "captured": groups,
        "problems": dict(Counter(p["stage"] for p in items)),
        "problem_items": items,
        "empty_tables": empty,
        "seconds": round(seconds, 1),
        "timings": timings,
    }


def run_child(app: dict, scale: float, server_uri: str, rules: bool, timeout: float) -> dict:
    """`run_app` in a child process: an exception, a crash or a hang there fails this app only."""
    command = [
        sys.executable,
        __file__,
        "--child",
        app["name"],
        "--scale",
        str(scale),
        "--server",
        server_uri,
    ]
    if rules:
        command.append("--rules")
    started = time.perf_counter()
    try:
        done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {
            "app": app["name"],
            "tool": app["tool"],
            "failure": f"timed out after {timeout:.0f} s",
            "seconds": round(time.perf_counter() - started, 1),
        }
    lines = done.stdout.strip().splitlines()
    if done.returncode == 0 and lines:
        return json.loads(lines[-1])
    return {
        "app": app["name"],
        "tool": app["tool"],
        "failure": _exception(done.stderr, done.returncode).replace(f"{ROOT}/", ""),
        "traceback": done.stderr[-4000:],
        "seconds": round(time.perf_counter() - started, 1),
    }


def _exception(stderr: str, returncode: int) -> str:
    """The exception a child died of: the lines after the last traceback frame, on one line."""
    lines = stderr.rstrip().splitlines()
    frames = [i for i, line in enumerate(lines) if line.startswith("  File ")]
    if not frames:
        return (lines[-1] if lines else f"exit code {returncode}")[:300]
    rest = [line.strip() for line in lines[frames[-1] + 1 :] if not line.startswith("    ")]
    return " ".join(rest)[:300] or f"exit code {returncode}"


def _ratio(a: int | None, b: int | None) -> str:
    return f"{a}/{b}" if a is not None else "-"


def print_table(results: list[dict], scale: float) -> None:
    header = (
        f"{'app':<22} {'tool':<20} {'tables':>6} {'seeded':>9} {'rows':>9} {'constraints':>11} "
        f"{'indexes':>9} {'ddl':>9} {'queries':>7} {'s':>6}  problems by stage"
    )
    print(f"dbperf on the corpus (tests/corpus), scale {scale:g}")
    print(header)
    print("-" * len(header))
    for r in results:
        if "failure" in r:
            print(f"{r['app']:<22} {r['tool'][:20]:<20} FAILED ({r['seconds']} s): {r['failure']}")
            continue
        stages = ", ".join(f"{k} {v}" for k, v in sorted(r["problems"].items())) or "none"
        print(
            f"{r['app']:<22} {r['tool'][:20]:<20} {r['tables']:>6} "
            f"{_ratio(r['tables_seeded'], r['tables']):>9} {r['rows']:>9,} "
            f"{_ratio(r['constraints'], r['constraints_declared']):>11} "
            f"{_ratio(r['indexes'], r['indexes_declared']):>9} "
            f"{_ratio(r['ddl_applied'], r['ddl_statements']):>9} "
            f"{_ratio(r['measured'], r['captured']):>7} {r['seconds']:>6.1f}  {stages}"
        )
    ok = [r for r in results if "failure" not in r]
    total = {
        k: sum(r[k] for r in ok)
        for k in (
            "tables",
            "tables_seeded",
            "rows",
            "constraints",
            "constraints_declared",
            "indexes",
            "indexes_declared",
            "measured",
            "captured",
        )
    }
    problems = sum(sum(r["problems"].values()) for r in ok)
    complete = sum(
        1
        for r in ok
        if r["tables_seeded"] == r["tables"]
        and r["constraints"] == r["constraints_declared"]
        and r["indexes"] == r["indexes_declared"]
        and r["measured"] == r["captured"]
    )
    print(
        f"summary: {len(results)} apps, {len(results) - len(ok)} failed, {complete} complete; "
        f"tables seeded {total['tables_seeded']}/{total['tables']} "
        f"({total['tables_seeded'] / max(1, total['tables']):.0%}), {total['rows']:,} rows, "
        f"constraints {total['constraints']}/{total['constraints_declared']}, "
        f"indexes {total['indexes']}/{total['indexes_declared']}, "
        f"queries measured {total['measured']}/{total['captured']}, {problems} problems, "
        f"{sum(r['seconds'] for r in results):.0f} s"
    )


def print_causes(results: list[dict]) -> None:
    """The most frequent causes per app: messages with their quoted names and numbers blurred."""
    print(
        "\ntop problem causes per app (quoted names and numbers blurred; JSON has every message):"
    )
    for r in results:
        if "failure" in r or not r["problem_items"]:
            continue
        counts = Counter(f"[{p['stage']}] {_cause(p['message'])}" for p in r["problem_items"])
        print(f"  {r['app']}:")
        for cause, n in counts.most_common(TOP_MESSAGES):
            print(f"    {n:>4} x {cause}")


def _cause(message: str) -> str:
    """`message` without what varies between occurrences of one cause (names, numbers)."""
    blurred = re.sub(r"\d+", "N", re.sub(r'"[^"]*"', '"…"', message))
    blurred = re.sub(r"^(table|index) \S+ ", r"\1 … ", blurred)
    blurred = re.sub(
        r"\S+ could not be seeded and \S+ is", "… could not be seeded and … is", blurred
    )
    return re.sub(r"^\S+\.\S+: no generator", "….…: no generator", blurred)[:140]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--app", action="append", help="only this app (repeatable); default: every app"
    )
    parser.add_argument("--scale", type=float, default=DEFAULT_SCALE)
    parser.add_argument("--rules", action="store_true", help="also run the rules")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per app")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--server", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    known = {a["name"]: a for a in apps()}
    if args.child:
        print(json.dumps(run_app(known[args.child], args.scale, args.server, args.rules)))
        return 0
    unknown = [name for name in args.app or [] if name not in known]
    if unknown:
        parser.error(f"unknown app {', '.join(unknown)}; known: {', '.join(known)}")
    chosen = [known[name] for name in args.app] if args.app else list(known.values())

    sys.path.insert(0, str(ROOT))
    from dbperf.postgres.embedded import EmbeddedPostgres

    results = []
    with EmbeddedPostgres() as pg:
        for app in chosen:
            print(f"{app['name']} …", end="", flush=True, file=sys.stderr)
            results.append(run_child(app, args.scale, pg.uri, args.rules, args.timeout))
            r = results[-1]
            print(
                f" {r['seconds']} s" + (f" FAILED: {r['failure']}" if "failure" in r else ""),
                file=sys.stderr,
            )
    if args.json:
        print(json.dumps({"scale": args.scale, "apps": results}, indent=2))
    else:
        print_table(results, args.scale)
        print_causes(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
