"""Parse the JSON output of `EXPLAIN (… FORMAT JSON)` into a typed `Plan` tree.

Accepts the output of `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)` as well as of
plain `EXPLAIN (FORMAT JSON)` and `EXPLAIN (GENERIC_PLAN, FORMAT JSON)`: the
`actual_*` fields stay None when the statement was not executed.

`table_scans()` reads a plan's scans per table: the partitions a query on a
partitioned table scans (an Append of one scan per partition) count as one
scan of that table, which is where an index is created.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from pglast.parser import normalize

from dbperf.explain.plan import Plan, PlanNode
from dbperf.schema.model import Schema

_TEXT_FIELDS = {
    "relation": "Relation Name",
    "schema": "Schema",
    "alias": "Alias",
    "index_name": "Index Name",
    "filter": "Filter",
    "index_cond": "Index Cond",
    "recheck_cond": "Recheck Cond",
    "join_filter": "Join Filter",
    "hash_cond": "Hash Cond",
    "merge_cond": "Merge Cond",
    "sort_method": "Sort Method",
    "parent_relationship": "Parent Relationship",
}
# Conditions show bound values ('kg4r…'::text): captured parameters may be personal data, so
# their constants are replaced by $n (pglast's normalize) before anything can print them.
_CONDITIONS = {"filter", "index_cond", "recheck_cond", "join_filter", "hash_cond", "merge_cond"}


def mask_constants(condition: str) -> str:
    """`(email = 'a@b.c'::text)` → `(email = $1::text)`; unparsable text is hidden entirely."""
    prefix = "SELECT "
    try:
        return normalize(prefix + condition)[len(prefix):]
    except Exception:  # pglast raises its own ParseError; anything else must not leak the text either
        return "(condition)"


_REMOVED_FIELDS = {
    "rows_removed_by_filter": "Rows Removed by Filter",
    "rows_removed_by_join_filter": "Rows Removed by Join Filter",
    "rows_removed_by_index_recheck": "Rows Removed by Index Recheck",
}
_BLOCK_FIELDS = {
    "shared_hit": "Shared Hit Blocks",
    "shared_read": "Shared Read Blocks",
    "temp_read": "Temp Read Blocks",
    "temp_written": "Temp Written Blocks",
}


class PlanParseError(ValueError):
    """The text is not EXPLAIN JSON output."""


def parse_plan(explain_json: list | dict | str, analyzed: bool = True) -> Plan:
    """Build a `Plan` from EXPLAIN JSON (the list PostgreSQL returns, its single item, or text).

    `analyzed=False` ignores any actual numbers; with True they are read when
    present (a plain EXPLAIN gives a plan with `analyzed=False` either way).
    """
    raw = explain_json
    doc: Any = explain_json
    if isinstance(doc, (str, bytes)):
        try:
            doc = json.loads(doc)
        except json.JSONDecodeError as exc:
            raise PlanParseError(f"not EXPLAIN JSON: {exc}") from exc
        raw = doc
    if isinstance(doc, list):
        if not doc:
            raise PlanParseError("empty EXPLAIN output")
        doc = doc[0]
    if not isinstance(doc, dict) or not isinstance(doc.get("Plan"), dict):
        raise PlanParseError("EXPLAIN JSON without a 'Plan'")

    top = doc["Plan"]
    analyzed = analyzed and ("Execution Time" in doc or "Actual Loops" in top)
    return Plan(
        root=_node(top, analyzed),
        planning_ms=_float(doc.get("Planning Time")),
        execution_ms=_float(doc.get("Execution Time")) if analyzed else None,
        analyzed=analyzed,
        raw=raw,
    )


def name_relations(
    plan: Plan, schema: Schema, aliases: Mapping[str, str] | None = None, referenced: Sequence[str] = ()
) -> Plan:
    """Name every table the plan reads or writes by its key in `schema` (`auth.sessions` outside
    public), as query shapes, rules, findings and migrations do, and fill in its schema.

    EXPLAIN gives a relation's name without its schema ("Schema" comes with VERBOSE only): a scan of
    `auth.sessions` says `sessions`. The query's `aliases` (alias -> key) and `referenced` tables
    tell two same-named tables apart (`Schema.plan_table`). A relation that is not one of the
    schema's tables keeps its name. Idempotent: names are read from the EXPLAIN JSON each time.
    """
    for node in plan.walk():
        relation = node.raw.get("Relation Name")
        if not relation:
            continue
        table = schema.plan_table(str(relation), node.raw.get("Schema"), node.alias, dict(aliases or {}),
                                  tuple(referenced))
        if table is not None:
            node.relation, node.schema = table.key, table.schema
    return plan


def _node(data: dict[str, Any], analyzed: bool) -> PlanNode:
    """One plan node and, recursively, its children."""
    node = PlanNode(
        node_type=str(data.get("Node Type", "?")),
        plan_rows=_float(data.get("Plan Rows")) or 0.0,
        plan_width=int(data.get("Plan Width") or 0),
        total_cost=_float(data.get("Total Cost")) or 0.0,
        sort_key=[str(k) for k in data.get("Sort Key", [])],
        raw={k: v for k, v in data.items() if k != "Plans"},
    )
    for attr, key in _TEXT_FIELDS.items():
        if data.get(key) is not None:
            text = str(data[key])
            setattr(node, attr, mask_constants(text) if attr in _CONDITIONS else text)
    for attr, key in _REMOVED_FIELDS.items():
        setattr(node, attr, _float(data.get(key)) or 0.0)
    for attr, key in _BLOCK_FIELDS.items():
        setattr(node, attr, int(data.get(key) or 0))
    node.sort_space_kb = _int(data.get("Sort Space Used"))
    if node.sort_method is None and isinstance(data.get("Full-sort Groups"), dict):
        _incremental_sort(node, data)
    if analyzed and "Actual Loops" in data:
        node.actual_rows = _float(data.get("Actual Rows"))
        node.actual_loops = _int(data.get("Actual Loops"))
        node.actual_total_ms = _float(data.get("Actual Total Time"))
    node.children = [_node(child, analyzed) for child in data.get("Plans", [])]
    return node


def _incremental_sort(node: PlanNode, data: dict[str, Any]) -> None:
    """Incremental Sort reports its methods and space per group kind; keep the full-sort ones."""
    groups = data["Full-sort Groups"]
    methods = groups.get("Sort Methods Used") or []
    node.sort_method = ", ".join(str(m) for m in methods) or None
    spaces = [groups.get(k, {}) for k in ("Sort Space Disk", "Sort Space Memory")]
    peaks = [_int(s.get("Peak Sort Space Used")) for s in spaces if isinstance(s, dict)]
    node.sort_space_kb = max((p for p in peaks if p is not None), default=None)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(round(float(value)))


# (relation, schema or None) -> key of the partitioned table it is a partition of, or None
PartitionOwner = Callable[[str, "str | None"], "str | None"]
_APPENDS = ("Append", "Merge Append")


def table_scans(root: PlanNode, owner: PartitionOwner) -> list[PlanNode]:
    """The nodes under `root` that read a relation, with partitions given back to their table.

    The scans of one table's partitions under the same Append become one node on the table: the
    node type they share (else "Append"), their rows, rows removed and buffers summed over all
    loops, the first filter, and `raw["Partitions"]` naming them. A scan of a single partition
    (the others pruned) is that scan, on the table.
    """
    found: list[PlanNode] = []

    def visit(node: PlanNode) -> None:
        if node.node_type in _APPENDS:
            by_table: dict[str, list[PlanNode]] = {}
            for child in node.children:
                table = owner(child.relation, child.schema) if child.relation else None
                if table is None:
                    visit(child)
                else:
                    by_table.setdefault(table, []).append(child)
            found.extend(_merged(table, scans) for table, scans in by_table.items())
            return
        table = owner(node.relation, node.schema) if node.relation else None
        if table is not None:
            found.append(_merged(table, [node]))
            return
        if node.relation:
            found.append(node)
        for child in node.children:
            visit(child)

    visit(root)
    return found


def _merged(table: str, scans: list[PlanNode]) -> PlanNode:
    types = {scan.node_type for scan in scans}
    first = scans[0]
    analyzed = all(scan.actual_rows is not None for scan in scans)
    return replace(
        first,
        node_type=first.node_type if len(types) == 1 else "Append",
        relation=table,
        schema=None,
        alias=None,
        index_name=first.index_name if len({scan.index_name for scan in scans}) == 1 else None,
        filter=next((scan.filter for scan in scans if scan.filter), None),
        plan_rows=sum(scan.plan_rows * scan.loops for scan in scans),
        total_cost=sum(scan.total_cost for scan in scans),
        actual_rows=sum(scan.rows_out for scan in scans) if analyzed else None,
        actual_loops=1 if analyzed else None,
        actual_total_ms=sum((scan.actual_total_ms or 0) * scan.loops for scan in scans) if analyzed else None,
        rows_removed_by_filter=sum(scan.rows_removed_by_filter * scan.loops for scan in scans),
        rows_removed_by_join_filter=sum(scan.rows_removed_by_join_filter * scan.loops for scan in scans),
        rows_removed_by_index_recheck=sum(scan.rows_removed_by_index_recheck * scan.loops for scan in scans),
        shared_hit=sum(scan.shared_hit for scan in scans),
        shared_read=sum(scan.shared_read for scan in scans),
        temp_read=sum(scan.temp_read for scan in scans),
        temp_written=sum(scan.temp_written for scan in scans),
        children=[],
        raw={**first.raw, "Partitions": [scan.relation for scan in scans]},
    )
