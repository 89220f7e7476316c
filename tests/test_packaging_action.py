"""action.yml, the composite GitHub Action, run as a runner would: its `run:` steps with bash
(`bash --noprofile --norc -eo pipefail`, GitHub's `shell: bash`) and the GITHUB_* / RUNNER_*
variables set, on a copy of the example; the steps that use other actions (setup-python, cache,
upload-sarif) are checked for the inputs they get. dbperf is the one of this test's environment
(`install: false`); tests/test_packaging_smoke.py installs the wheel itself.

The `${{ … }}` expressions of action.yml are evaluated here for the forms it uses: a context
name (`inputs.path`, `steps.check.outputs.sarif`), and `if:` conditions of `==` / `!=` comparisons
joined by `&&`; anything else fails the test, so a new form is noticed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
COMPARISON = re.compile(r"^([\w.-]+)\s*(==|!=)\s*'([^']*)'$")
TIMEOUT_S = 900


@dataclass
class ActionRun:
    """What a workflow sees after the action: its outputs, the failing step, the files written."""

    code: int  # exit code of the first failing step, else 0
    outputs: dict[str, str]
    steps: dict[str, dict[str, str]]  # step id -> its outputs
    used: dict[str, dict[str, str]] = field(
        default_factory=dict
    )  # action used -> its `with:`, evaluated
    log: str = ""
    summary: str = ""


def _lookup(name: str, context: dict[str, Any]) -> str:
    value: Any = context
    for part in name.split("."):
        if value == "":  # a step that did not run has no outputs, as on GitHub
            return ""
        if not isinstance(value, dict):
            raise AssertionError(f"action.yml: cannot evaluate {name}")
        value = value.get(part, "")
    return "" if value is None else str(value)


def _evaluate(text: str, context: dict[str, Any], *, functions_ok: bool = False) -> str:
    def one(match: re.Match) -> str:
        expression = match.group(1)
        if re.fullmatch(r"[\w.-]+", expression):
            return _lookup(expression, context)
        if functions_ok and expression.startswith("hashFiles("):
            return f"<{expression}>"
        raise AssertionError(f"action.yml: an expression this test does not evaluate: {expression}")

    return EXPRESSION.sub(one, str(text))


def _condition(text: str | None, context: dict[str, Any]) -> bool:
    if text is None:
        return True
    result = True
    for part in str(text).split("&&"):
        match = COMPARISON.match(part.strip())
        assert match, f"action.yml: a condition this test does not evaluate: {part.strip()}"
        name, op, literal = match.groups()
        result = result and ((_lookup(name, context) == literal) == (op == "=="))
    return result


def run_action(workspace: Path, runner_temp: Path, inputs: dict[str, str]) -> ActionRun:
    """The action's steps in order, as a runner runs a composite action; stops at a failing step."""
    runner_temp.mkdir(parents=True, exist_ok=True)
    summary = runner_temp / "step_summary.md"
    summary.touch()
    given = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
    unknown = set(inputs) - set(given)
    assert not unknown, f"no such inputs in action.yml: {unknown}"
    given.update(inputs)
    context: dict[str, Any] = {
        "inputs": given,
        "steps": {},
        "runner": {"os": "Linux", "temp": str(runner_temp)},
        "github": {"action_path": str(ROOT), "workspace": str(workspace)},
    }
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RUNNER_"))}
    base_env.update(
        {
            "GITHUB_ACTIONS": "true",
            "CI": "true",
            "GITHUB_WORKSPACE": str(workspace),
            "GITHUB_ACTION_PATH": str(ROOT),
            "GITHUB_STEP_SUMMARY": str(summary),
            "GITHUB_ENV": str(runner_temp / "env"),
            "GITHUB_PATH": str(runner_temp / "path"),
            "RUNNER_TEMP": str(runner_temp),
            "RUNNER_OS": "Linux",
            "NO_COLOR": "1",
            "COLUMNS": "120",
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        }
    )
    run = ActionRun(code=0, outputs={}, steps={})
    for number, step in enumerate(ACTION["runs"]["steps"]):
        step_id = step.get("id", f"step{number}")
        if not _condition(step.get("if"), context):
            continue
        if "uses" in step:
            run.used[step["uses"].split("@")[0]] = {
                key: _evaluate(value, context, functions_ok=True)
                for key, value in step.get("with", {}).items()
            }
            continue
        assert step.get("shell") == "bash", f"step {step.get('name')}: shell: bash"
        outputs_file = runner_temp / f"output-{number}"
        outputs_file.touch()
        env = {
            **base_env,
            "GITHUB_OUTPUT": str(outputs_file),
            **{key: _evaluate(value, context) for key, value in step.get("env", {}).items()},
        }
        script = runner_temp / f"step-{number}.sh"
        script.write_text(step["run"], encoding="utf-8")
        cwd = _evaluate(step.get("working-directory", "${{ github.workspace }}"), context)
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
        run.log += done.stdout + done.stderr
        outputs = dict(
            line.split("=", 1) for line in outputs_file.read_text().splitlines() if "=" in line
        )
        context["steps"][step_id] = {"outputs": outputs}
        run.steps[step_id] = outputs
        if done.returncode != 0:
            run.code = done.returncode
            break
    run.outputs = {
        name: _evaluate(spec["value"], context) for name, spec in ACTION["outputs"].items()
    }
    run.summary = summary.read_text(encoding="utf-8")
    return run


@pytest.fixture
def runner_temp():
    """RUNNER_TEMP, where the action keeps the cache cluster: outside pytest's tmp_path, which is
    private to the user running the tests, while under root the embedded server runs as its own
    user."""
    folder = Path(tempfile.mkdtemp(prefix="dbperf-action-runner-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.db
@pytest.mark.slow
def test_the_action_checks_the_example_and_reports_everywhere(
    tmp_path: Path, runner_temp: Path
) -> None:
    workspace = tmp_path / "repo"
    shutil.copytree(ROOT / "fixtures" / "saas", workspace / "app")
    run = run_action(
        workspace, runner_temp, {"path": "app", "install": "false", "args": "--scale 0.1"}
    )

    # unbounded-write (an UPDATE without WHERE) is an error: the gate fails, and so does the step
    assert run.code == 1, run.log[-4000:]
    assert run.outputs["exit-code"] == "1" and run.outputs["verdict"] == "failed"
    assert "dbperf check: failed (exit 1)" in run.log
    assert (
        "::error file=" in run.log and "title=dbperf unbounded-write" in run.log
    )  # annotations on the PR
    assert "❌ dbperf check failed" in run.summary  # dbperf's own step summary
    assert "unbounded-write" in run.summary

    sarif_path = Path(run.outputs["sarif"])
    assert run.outputs["report"] == str(sarif_path) == str(runner_temp / "dbperf.sarif")
    sarif = json.loads(sarif_path.read_text())
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert any(r["ruleId"] == "unbounded-write" for r in results)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in results
        for loc in r.get("locations", [])
    }
    assert any(uri.endswith("queries/app.drizzle.log") for uri in uris), uris

    upload = run.used["github/codeql-action/upload-sarif"]
    assert upload == {"sarif_file": str(sarif_path), "category": "dbperf"}
    cache = run.used["actions/cache"]
    cache_dir = Path(run.steps["install"]["cache-dir"])
    assert cache["path"] == str(cache_dir) and any(
        cache_dir.iterdir()
    )  # dbperf kept its seeded database there
    assert (
        cache["key"].startswith("dbperf-Linux-dbperf-")
        and "<hashFiles(inputs.schema-files)>" in cache["key"]
    )
    assert "actions/setup-python" not in run.used  # install: false uses the dbperf on PATH


def test_the_action_says_why_when_dbperf_cannot_run(tmp_path: Path) -> None:
    workspace = tmp_path / "repo"
    workspace.mkdir()
    run = run_action(
        workspace,
        tmp_path / "runner",
        {"path": "no-such-app", "install": "false", "format": "junit", "cache": "false"},
    )

    assert run.code == 2, run.log[-4000:]
    assert run.outputs["exit-code"] == "2" and run.outputs["verdict"] == "incomplete"
    assert run.outputs["sarif"] == "" and run.outputs["report"].endswith("dbperf.xml")
    assert "could not check no-such-app (exit 2)" in run.summary
    assert "error: no-such-app: no such file or directory" in run.summary and "hint:" in run.summary
    assert run.used == {}  # no cache (cache: false), no SARIF to upload, setup-python skipped


def test_the_action_installs_with_the_inputs_it_is_given() -> None:
    """setup-python gets python-version; by default the action's own checkout is installed."""
    steps = ACTION["runs"]["steps"]
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    context = {"inputs": {"install": "true", "python-version": "3.12"}}
    assert _condition(setup["if"], context)
    assert _evaluate(setup["with"]["python-version"], context) == "3.12"
    assert not _condition(setup["if"], {"inputs": {"install": "false", "python-version": "3.12"}})
    install = next(s for s in steps if s.get("id") == "install")
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert (
        'spec="$ACTION_PATH"' in install["run"]
        and 'spec="dbperf==$DBPERF_VERSION"' in install["run"]
    )
    assert set(ACTION["inputs"]) >= {
        "path",
        "fail-on",
        "baseline",
        "against",
        "format",
        "python-version",
        "dbperf-version",
        "dbperf-source",
    }


def test_docs_ci_lists_every_input_and_output() -> None:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    assert [name for name in ACTION["inputs"] if f"| `{name}` |" not in text] == []
    assert [name for name in ACTION["outputs"] if f"`{name}`" not in text] == []
