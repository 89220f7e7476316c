"""A rule case (`cases/*.toml`) written out as a small project that `dbperf` can audit.

Both test layers start here: the database layer audits the project on PostgreSQL
(`test_rule_cases.py`), the recorder records what the rules asked the database
and got (`record.py`), and the fast layer replays that on the same project
without a database (`test_recorded.py`).

A case file holds:

    description = "what the case shows"
    schema = "CREATE TABLE …;"
    sql = "SELECT …;"                 # captured statements, one per `;` (optional)
    drizzle_log = "Query: … -- params: […]"   # Drizzle logger capture (optional)
    postgres_log = "2026-… UTC [pid] … LOG:  duration: … execute …"   # server log (optional)
    [rows]                            # rows per table at scale 1
    orders = 50000
    [[expect]]                        # each must be found: every key given must match the finding
    rule = "missing-index"
    table = "orders"
    columns = ["user_id"]             # optional, like severity = "warning" or proof = "measured"
    [[reject]]                        # none of these may be found
    rule = "missing-index"
    table = "plans"
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dbperf.findings import Finding

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"
RECORDED_DIR = HERE / "recorded"  # what the database answered, per case (JSON)
SNAPSHOTS_DIR = HERE / "snapshots"  # the findings every rule gives on the recording, per case (JSON)
SEED = 7  # the seed every case is seeded with: the same data on every run


@dataclass(frozen=True)
class Case:
    name: str  # the file's stem: `missing_index_filter`
    path: Path = field(repr=False)
    data: dict[str, Any] = field(repr=False)
    recorded_dir: Path = field(default=RECORDED_DIR, repr=False)
    snapshots_dir: Path = field(default=SNAPSHOTS_DIR, repr=False)

    @property
    def expect(self) -> list[dict[str, Any]]:
        return list(self.data.get("expect", []))

    @property
    def reject(self) -> list[dict[str, Any]]:
        return list(self.data.get("reject", []))

    @property
    def recording(self) -> Path:
        return self.recorded_dir / f"{self.name}.json"

    @property
    def snapshot(self) -> Path:
        return self.snapshots_dir / f"{self.name}.json"

    def files(self) -> dict[str, str]:
        """The project's files (relative path -> text): what the audit reads."""
        files = {"schema.sql": self.data["schema"]}
        if "sql" in self.data:
            files["queries/captured.sql"] = self.data["sql"]
        if "drizzle_log" in self.data:
            files["queries/app.log"] = self.data["drizzle_log"]
        if "postgres_log" in self.data:
            files["queries/postgresql.log"] = self.data["postgres_log"]
        rows = ", ".join(f'"{t}" = {n}' for t, n in self.data.get("rows", {}).items())
        files["dbperf.toml"] = (
            f'schema = "schema.sql"\nqueries = ["queries"]\n[seed]\nseed = {SEED}\nrows = {{ {rows} }}\n'
            "[thresholds]\nrepeats = 1\n"
        )
        return files

    def write(self, root: Path) -> Path:
        """Write the project under `root` (created); returns `root`."""
        for relative, text in self.files().items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        return root

    def digest(self) -> str:
        """Changes whenever what the audit reads changes: a recording of another digest is stale."""
        return hashlib.sha256(json.dumps(self.files(), sort_keys=True).encode()).hexdigest()[:16]


def load_case(path: Path) -> Case:
    return Case(path.stem, path, tomllib.loads(path.read_text()))


def all_cases() -> list[Case]:
    return [load_case(p) for p in sorted(CASES_DIR.glob("*.toml"))]


def matches(finding: Finding, spec: dict[str, Any]) -> bool:
    """`finding` is the one an `expect`/`reject` entry describes: every key given (rule, table, columns,
    severity, proof …) equals the finding's field of that name."""
    for key, wanted in spec.items():
        value = getattr(finding, key, None)
        if key == "columns":
            value, wanted = list(value or ()), list(wanted)
        if value != wanted:
            return False
    return True


def check_expectations(case: Case, findings: list[Finding]) -> None:
    """Assert every `expect` entry is found and no `reject` entry is."""
    summary = "\n".join(f"  {f.rule} {f.table} {list(f.columns)}: {f.message}" for f in findings)
    for spec in case.expect:
        assert any(matches(f, spec) for f in findings), f"{case.name}: expected {spec}, found:\n{summary}"
    for spec in case.reject:
        assert not any(matches(f, spec) for f in findings), f"{case.name}: unexpected {spec}, found:\n{summary}"
