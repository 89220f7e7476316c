"""`dbperf rules`: every rule with its documentation, generated from the rule's docstring."""

from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console

from dbperf.cli.console import run
from dbperf.report.rules_doc import render_rules


def rules(
    rule_id: Optional[str] = typer.Argument(None, help="Show the full documentation of this rule."),
) -> None:
    """List every rule with its documentation (generated from the rule's docstring).

    Examples:

      dbperf rules                      # id, severity and summary of each rule

      dbperf rules missing-index        # what it finds, why it is slow, how to fix it
    """
    run(lambda: render_rules(Console(), rule_id))
