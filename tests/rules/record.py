"""Record the rule cases on PostgreSQL, and write the snapshots the fast layer compares with.

    python -m tests.rules.record                  # every case: audit on PostgreSQL, record, snapshot
    python -m tests.rules.record offset_pagination  # only these cases (file stems of cases/*.toml)
    python -m tests.rules.record --snapshots      # no database: snapshots again from the recordings

Recording audits each case on a fresh embedded PostgreSQL 18 (seeded with the
case's rows, seed 7), runs every rule with a `RecordingLab`, and writes
`recorded/<case>.json`. Then every rule runs again on the replayed recording
and its findings go to `snapshots/<case>.json`; a replay that differs from
the live run is a bug of the recorder and stops the command.

Re-record when a rule asks the database something new (the fast test says
so); write the snapshots again (`--snapshots`, milliseconds) when only a
message, evidence or fix changed — then read the diff before committing it.
Run from the repository root.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from dbperf.diagnostics import Problems
from dbperf.pipeline import AuditOptions, measured, run_rules
from dbperf.postgres.embedded import EmbeddedPostgres
from dbperf.project import discover
from dbperf.rules import all_rules
from tests.rules.case import Case, all_cases
from tests.rules.replay import RecordingLab, recording_of, replay_rules, snapshot_of


def snapshot(case: Case, workdir: Path) -> dict:
    """Every rule's findings on the case's recording, one rule at a time (as the fast tests run them)."""
    root = workdir / case.name
    return {"case": case.name, "description": case.data.get("description", ""),
            "rules": {rule.id: snapshot_of(replay_rules(case, root, [rule.id]), root) for rule in all_rules()}}


def write_snapshot(case: Case, workdir: Path) -> dict:
    data = snapshot(case, workdir)
    case.snapshots_dir.mkdir(parents=True, exist_ok=True)
    case.snapshot.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return data


def record(case: Case, server_uri: str, workdir: Path) -> None:
    """Audit the case on PostgreSQL with a recording Lab; write its recording and its snapshot."""
    root = case.write(workdir / "live" / case.name)
    with measured(discover(root), AuditOptions(server_uri=server_uri)) as m:
        ctx = m.context
        lab = RecordingLab(ctx.lab)
        ctx.lab = lab
        problems = Problems()
        live = run_rules(ctx, problems)
        if list(problems):
            raise SystemExit(f"{case.name}: " + "\n".join(p.message for p in problems))
        postgres = m.where.db.fetchval("SHOW server_version")
        case.recorded_dir.mkdir(parents=True, exist_ok=True)
        case.recording.write_text(recording_of(case, ctx, lab, postgres, root))
    replayed = write_snapshot(case, workdir / "replay")
    live_by_rule = snapshot_of(live, root)
    flat = [f for findings in replayed["rules"].values() for f in findings]
    if sorted(map(_text, flat)) != sorted(map(_text, live_by_rule)):
        raise SystemExit(f"{case.name}: the replay differs from the live run (a recorder bug):\n"
                         f"live: {json.dumps(live_by_rule, indent=1)}\nreplay: {json.dumps(flat, indent=1)}")


def _text(finding: dict) -> str:
    return json.dumps(finding, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.rules.record", description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="*", help="case names (file stems of tests/rules/cases/*.toml); default all")
    parser.add_argument("--snapshots", action="store_true",
                        help="no database: write the snapshots again from the existing recordings")
    args = parser.parse_args(argv)
    cases = all_cases()
    unknown = sorted(set(args.cases) - {c.name for c in cases})
    if unknown:
        parser.error(f"no case {', '.join(unknown)} in tests/rules/cases (known: {', '.join(c.name for c in cases)})")
    chosen = [c for c in cases if not args.cases or c.name in args.cases]
    with tempfile.TemporaryDirectory(prefix="dbperf-record-") as tmp:
        workdir = Path(tmp)
        if args.snapshots:
            for case in chosen:
                write_snapshot(case, workdir)
                print(f"{case.name}: snapshot written")
            return 0
        with EmbeddedPostgres() as pg:
            for case in chosen:
                record(case, pg.uri, workdir)
                print(f"{case.name}: recorded, snapshot written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
