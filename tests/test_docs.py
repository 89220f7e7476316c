"""docs/rules/ is generated from the rules' docstrings and must never drift from them.

Every rule documents what it finds, why it is slow and how to fix it, with at
least one SQL example; the generated pages must read well as Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from dbperf.report.rules_doc import rule_markdown, write_rule_docs
from dbperf.rules import all_rules

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"
REGENERATE = (
    "python -c \"from pathlib import Path; from dbperf.report.rules_doc import write_rule_docs; "
    "write_rule_docs(Path('docs/rules'))\""
)
SECTIONS = ("What it finds", "Why it is slow", "How to fix it")
TS_MARKERS = ("db.", "index(", "await", "=>")
MD = MarkdownIt("commonmark")

RULES = all_rules()


def _fences(markdown: str) -> list[tuple[str, str]]:
    """(language, code) of every fenced block."""
    return [(t.info.strip(), t.content) for t in MD.parse(markdown) if t.type == "fence"]


def test_docs_match_docstrings(tmp_path: Path) -> None:
    write_rule_docs(tmp_path)
    fresh = {p.name: p.read_text() for p in sorted(tmp_path.glob("*.md"))}
    committed = {p.name: p.read_text() for p in sorted(DOCS.glob("*.md"))} if DOCS.is_dir() else {}
    hint = ("docs/rules/ is out of date with the rule docstrings; regenerate it from the repository root:\n"
            f"  {REGENERATE}")
    extra, missing = sorted(set(committed) - set(fresh)), sorted(set(fresh) - set(committed))
    assert not extra and not missing, (
        f"docs/rules/: missing {missing}, no rule for {extra} (delete those pages)\n{hint}")
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, f"{', '.join(stale)} differ\n{hint}"


def test_every_rule_has_a_page_in_the_index() -> None:
    index = (DOCS / "README.md").read_text()
    for rule in RULES:
        assert f"[{rule.id}]({rule.id}.md)" in index


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_docstring_has_the_three_sections(rule) -> None:
    sections = rule.sections()
    for heading in SECTIONS:
        assert heading in sections, f"rule {rule.id}: docstring has no {heading!r} section"
        assert sections[heading].strip(), f"rule {rule.id}: section {heading!r} is empty"
    assert rule.summary.strip() and "|" not in rule.summary, f"rule {rule.id}: SUMMARY must be one table-safe line"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_fix_has_a_sql_example(rule) -> None:
    fix_page = rule_markdown(rule).split("## How to fix it", 1)[-1]
    sql = [code for lang, code in _fences(fix_page) if lang == "sql" and code.strip()]
    assert sql, f"rule {rule.id}: 'How to fix it' needs an indented SQL example (it becomes a ```sql block)"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_code_blocks_are_well_formed(rule) -> None:
    page = rule_markdown(rule)
    for lang, code in _fences(page):
        assert lang in ("sql", "ts"), f"rule {rule.id}: unexpected fence language {lang!r}"
        assert code.strip() and not code.startswith("\n") and not code.endswith("\n\n"), (
            f"rule {rule.id}: code block with leading/trailing blank lines:\n{code}")
        looks_ts = any(marker in code for marker in TS_MARKERS)
        assert looks_ts == (lang == "ts"), f"rule {rule.id}: block labelled {lang} looks like the other:\n{code}"
    lines = page.splitlines()
    assert sum(line.startswith("```") for line in lines) % 2 == 0, f"rule {rule.id}: unbalanced code fence"
    for i, line in enumerate(lines[:-1]):
        if line == "```":  # a closing fence (every opening one names its language)
            assert not lines[i + 1].strip(), f"rule {rule.id}: no blank line after the code block ending line {i + 1}"


# Backslash escapes do not work inside Markdown code spans: `sql\`…\`` ends the span at the escaped
# backtick. A span that contains backticks must use a longer delimiter: ``sql`…` ``.
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_inline_code_has_no_escaped_backticks(rule) -> None:
    assert "\\`" not in rule.doc, (
        f"rule {rule.id}: '\\`' in the docstring breaks the Markdown code span (and is an invalid escape "
        "sequence in Python); write the span with double backticks: ``sql`${table.col}` ``")


# Each rule's thresholds as its docstring states them, rendered from the constants its code applies:
# changing a constant without its documentation fails here (issue 13: the docstring states exactly the
# criterion the code applies).
CRITERIA = [
    ("missing_index", lambda m: f"{m.ERROR_BUFFERS:,} shared buffers"),
    ("missing_index", lambda m: f"keeps at most {m.MAX_KEPT_FRACTION:.0%}".replace("%", " %")),
    ("missing_index", lambda m: f"visits index pages at least {m.SKIP_MIN_INDEX_PAGES} times and returns fewer "
                                f"than {m.SKIP_ROWS_PER_PAGE} rows per index page visit"),
    ("common", lambda m: "at most half the shared buffers" if m.MIN_SPEEDUP == 2 else f"{m.MIN_SPEEDUP}"),
    ("leading_wildcard", lambda m: f"average {m.PROSE_BYTES} bytes or more is prose"),
    ("low_selectivity_index", lambda m: f"at most {m.MAX_DISTINCT} distinct values"),
    ("low_selectivity_index", lambda m: f"at least {m.MIN_COMMON_FREQ:.0%}".replace("%", " %")),
    ("missing_statistics", lambda m: f"at least {m.MISESTIMATE:g} times more (or fewer) groups"),
    ("missing_statistics", lambda m: f"at least {m.MIN_ROWS:,} groups"),
    ("missing_statistics", lambda m: f"at least {m.MIN_LESS_WORK:g} times fewer pages"),
    ("over_select", lambda m: f"averaging {m.WIDE_BYTES} bytes or more"),
    ("over_select", lambda m: f"at least {m.MIN_ROWS} rows and {m.MIN_BYTES // 1024} kB per call"),
    ("offset_pagination", lambda m: f"captured offset reaches {m.ERROR_OFFSET:,}, or the deepest page reads at "
                                    f"least {m.ERROR_GROWTH:g} times the shared buffers of the first"),
]


@pytest.mark.parametrize("module, phrase", CRITERIA, ids=lambda x: x if isinstance(x, str) else "")
def test_docstring_states_the_threshold_the_code_applies(module: str, phrase) -> None:
    import importlib

    rule = importlib.import_module(f"rules.{module}")
    doc = rule.verified.__doc__ if module == "common" else rule.__doc__  # the criterion every trial uses
    text = " ".join((doc or "").split())
    expected = phrase(rule)
    assert expected in text, f"rules/{module}.py: the docstring should say {expected!r} (the code's constant)"
