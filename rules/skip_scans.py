"""Index scans that skip through a B-tree: read from the plan, for missing-index.

PostgreSQL 18 answers `WHERE user_id = $1` through a primary key `(org_id, user_id)` with a skip
scan: one descent of the index per `org_id` value (EXPLAIN ANALYZE's "Index Searches"), each
reading a few pages to find a row or two. Before 18 the same plan reads the whole index. Either
way the rows-read test of a scan sees nothing wasted: the index condition, not a filter, throws
the entries away, so the plan shows no "Rows Removed".

A scan skips when its index condition constrains a key column that follows a key column it does
not constrain with equality (`=`, `= ANY (…)`, `IS NULL`): the leading `org_id` above, or the
`article_id` of `(article_id, created_at)` for `created_at > now() - interval '7 days'`. The
condition is read with pglast. Its index page visits are counted from its buffers, less the
heap pages it can have read: one per row fetched by an Index Scan, the "Heap Fetches" of an
Index Only Scan; a Bitmap Index Scan reads only index pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from pglast import ast
from pglast.enums import A_Expr_Kind, BoolExprType, NullTestType
from pglast.parser import ParseError, parse_sql

from dbperf.explain.plan import PlanNode
from dbperf.schema.model import Schema, Table

_INDEX_SCANS = ("Index Scan", "Index Only Scan", "Bitmap Index Scan")


@dataclass(frozen=True)
class SkipScan:
    """One index read whose condition leaves a leading key column open."""

    index: str
    key: tuple[str, ...]  # the index's key columns, in order
    skipped: tuple[str, ...]  # key columns before a constrained one, not constrained with equality
    node_type: str  # the node that read the index
    index_page_visits: int  # index page reads (a page read twice counts twice), over all loops
    rows: int  # index entries the scan returned, over all loops
    searches: int | None  # descents of the index ("Index Searches", PostgreSQL 18), over all loops

    def evidence(self) -> dict:
        return {"index": self.index, "index_key": list(self.key), "skipped_columns": list(self.skipped),
                "index_page_visits": self.index_page_visits, "index_rows": self.rows, "index_searches": self.searches}


def skip_scans(scan: PlanNode, table: Table, schema: Schema) -> list[SkipScan]:
    """The index reads of `scan` (an index scan of `table`, or a bitmap heap scan and its bitmap
    index scans) whose condition skips a leading key column of a plain B-tree index."""
    found = []
    for node in _index_reads(scan):
        index = next((ix for ix in table.indexes if ix.name == schema.index_root(node.index_name or "")), None)
        if index is None or index.method != "btree" or index.expressions or not node.index_cond:
            continue
        conditions = condition_columns(node.index_cond)
        constrained = [i for i, column in enumerate(index.columns) if column in conditions]
        if not constrained:
            continue
        skipped = tuple(c for c in index.columns[: max(constrained)] if conditions.get(c) != "equality")
        if skipped:
            found.append(SkipScan(index.name, index.columns, skipped, node.node_type, _index_page_visits(node),
                                  int(_index_rows(node)), _searches(node)))
    return found


def condition_columns(condition: str) -> dict[str, str]:
    """The columns an index condition constrains, each `equality` or `other`: the left side of
    each ANDed comparison (EXPLAIN puts the index key there). Unreadable text constrains nothing."""
    try:
        [statement] = parse_sql("SELECT " + condition)
        expr = statement.stmt.targetList[0].val
    except (ParseError, ValueError, AttributeError, IndexError):
        return {}
    found: dict[str, str] = {}
    for term in _conjuncts(expr):
        column, equality = _constrained(term)
        if column is not None and found.get(column) != "equality":
            found[column] = "equality" if equality else "other"
    return found


def _conjuncts(expr) -> list:
    if isinstance(expr, ast.BoolExpr) and expr.boolop == BoolExprType.AND_EXPR:
        return [term for arg in expr.args for term in _conjuncts(arg)]
    return [expr]


def _constrained(term) -> tuple[str | None, bool]:
    """(column, whether by equality) of one comparison of an index condition."""
    if isinstance(term, ast.NullTest):
        return _column(term.arg), term.nulltesttype == NullTestType.IS_NULL
    if isinstance(term, ast.A_Expr) and term.kind in (A_Expr_Kind.AEXPR_OP, A_Expr_Kind.AEXPR_OP_ANY):
        operator = term.name[-1].sval if term.name else ""
        return _column(term.lexpr), operator == "="
    return None, False


def _column(node) -> str | None:
    if isinstance(node, ast.ColumnRef) and node.fields and isinstance(node.fields[-1], ast.String):
        return node.fields[-1].sval
    return None


def _index_reads(scan: PlanNode) -> list[PlanNode]:
    if scan.node_type in _INDEX_SCANS:
        return [scan]
    if scan.node_type == "Bitmap Heap Scan":
        return [node for node in scan.walk() if node.node_type == "Bitmap Index Scan"]
    return []


def _index_rows(node: PlanNode) -> float:
    """Entries the index gave: an index scan's rows before its filter, a bitmap's entries."""
    return node.rows_out if node.node_type == "Bitmap Index Scan" else node.rows_read


def _index_page_visits(node: PlanNode) -> int:
    """Buffers of the node less the heap pages it can have read (an Index Only Scan's visibility-map pages stay in)."""
    if node.node_type == "Bitmap Index Scan":
        heap = 0.0
    elif node.node_type == "Index Only Scan" and not _merged(node):
        heap = float(node.raw.get("Heap Fetches") or 0)
    else:
        heap = node.rows_read
    return max(int(node.buffers - heap), 0)


def _searches(node: PlanNode) -> int | None:
    value = None if _merged(node) else node.raw.get("Index Searches")
    return int(value) if value is not None else None


def _merged(node: PlanNode) -> bool:
    """The scans of several partitions summed into one node: its raw fields are the first one's."""
    return len(node.raw.get("Partitions") or ()) > 1
