"""The CI performance gate: `dbperf check` and `dbperf baseline`.

    audit ─► Report ─┬─► baseline.from_report() ─► .dbperf-baseline.json   (dbperf baseline)
                     └─► decide.evaluate(report, config, baseline) ─► GateResult ─► exit code + outputs

`baseline` is the committed record of a known state (finding identities and,
per query group, the plan shape, shared buffers and median time); `decide`
compares an audit with it — or, without one, applies the thresholds to every
finding — and says pass or fail, and why; `against` builds the baseline of a
git ref or a second directory in memory (`dbperf check --against REF`);
`render` prints the verdict (rich, JSON, Markdown), `sarif`, `junit` and
`github` the CI formats; `run` audits and decides. The commands are
`cli/check.py` and `cli/baseline.py`.
"""

EXIT_PASSED = 0
EXIT_FAILED = 1
EXIT_ERROR = 2
