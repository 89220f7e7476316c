"""`dbperf rules` and docs/rules/*.md: rule documentation generated from each rule's docstring."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table

from dbperf.diagnostics import DbperfError
from dbperf.rules import Rule, all_rules, get_rule


def rule_markdown(rule: Rule) -> str:
    """The rule's page: id, severity, summary, then its three docstring sections."""
    parts = [f"# {rule.id}", "", f"*Default severity: {rule.severity}.* {rule.summary}", ""]
    for heading, text in rule.sections().items():
        if heading == "summary":
            continue  # the docstring's title line says what SUMMARY says
        parts += [f"## {heading}", "", _indent_code(text), ""]
    return "\n".join(parts).rstrip() + "\n"


def _indent_code(text: str) -> str:
    """Docstrings mark SQL/TypeScript examples by indentation; turn them into fenced blocks."""
    out: list[str] = []
    in_code = False
    blanks = 0  # blank lines seen inside a block: kept only if more code follows, else put after the fence

    def close() -> None:
        nonlocal in_code, blanks
        out.append("```")
        out.extend([""] * max(blanks, 1))  # a blank line between the fence and the next paragraph
        in_code, blanks = False, 0

    for line in text.splitlines():
        code = line.startswith("    ")
        if in_code and not line.strip():
            blanks += 1
            continue
        if code and not in_code:
            out.append("```sql" if not any(k in line for k in ("db.", "index(", "await", "=>")) else "```ts")
            in_code = True
        elif not code and in_code:
            close()
        if code:
            out.extend([""] * blanks)
            blanks = 0
        out.append(line[4:] if code else line)
    if in_code:
        out.append("```")
    return "\n".join(out)


def render_rules(console: Console, rule_id: str | None = None) -> None:
    if rule_id:
        rule = get_rule(rule_id)
        if rule is None:
            known = ", ".join(r.id for r in all_rules())
            raise DbperfError(f"unknown rule {rule_id!r}", hint=f"known rules: {known}")
        console.print(Markdown(rule_markdown(rule)))
        return
    table = Table(title="dbperf rules", show_lines=False, expand=False)
    table.add_column("rule", style="bold")
    table.add_column("severity")
    table.add_column("what it finds")
    colors = {"error": "red", "warning": "yellow", "info": "blue"}
    for rule in all_rules():
        table.add_row(rule.id, f"[{colors.get(rule.severity, 'white')}]{rule.severity}[/]", rule.summary)
    console.print(table)
    console.print("\n[dim]dbperf rules RULE-ID shows what a rule finds, why it is slow and how to fix it.[/dim]")


def write_rule_docs(folder: Path) -> list[Path]:
    """Write docs/rules/<id>.md for every rule and an index; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    index = ["# Rules", "", "| rule | severity | what it finds |", "| --- | --- | --- |"]
    for rule in all_rules():
        path = folder / f"{rule.id}.md"
        path.write_text(rule_markdown(rule))
        written.append(path)
        index.append(f"| [{rule.id}]({rule.id}.md) | {rule.severity} | {rule.summary} |")
    (folder / "README.md").write_text("\n".join(index) + "\n")
    written.append(folder / "README.md")
    return written
