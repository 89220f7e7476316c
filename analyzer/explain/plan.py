"""A typed tree for `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)` output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator


@dataclass
class PlanNode:
    node_type: str  # "Seq Scan", "Index Scan", "Sort", "Nested Loop", …
    relation: str | None = None  # "Relation Name"; the table's key (auth.sessions) once named
    schema: str | None = None  # "Schema" (VERBOSE), or the table's schema once named (parse.name_relations)
    alias: str | None = None
    index_name: str | None = None
    filter: str | None = None
    index_cond: str | None = None
    recheck_cond: str | None = None
    join_filter: str | None = None
    hash_cond: str | None = None
    merge_cond: str | None = None
    sort_key: list[str] = field(default_factory=list)
    sort_method: str | None = None  # "external merge" means the sort spilled to disk
    sort_space_kb: int | None = None
    parent_relationship: str | None = None
    plan_rows: float = 0.0  # planner's estimate per loop
    plan_width: int = 0  # bytes per row, estimated
    total_cost: float = 0.0
    actual_rows: float | None = None  # per loop (None without ANALYZE)
    actual_loops: int | None = None
    actual_total_ms: float | None = None  # per loop, inclusive of children
    rows_removed_by_filter: float = 0.0  # per loop
    rows_removed_by_join_filter: float = 0.0
    rows_removed_by_index_recheck: float = 0.0  # per loop (lossy bitmap pages)
    shared_hit: int = 0  # inclusive of children
    shared_read: int = 0
    temp_read: int = 0
    temp_written: int = 0
    children: list["PlanNode"] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def walk(self) -> Iterator["PlanNode"]:
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def loops(self) -> int:
        return self.actual_loops or 1

    @property
    def rows_out(self) -> float:
        """Rows this node produced over all loops (estimate when not analyzed)."""
        per_loop = self.actual_rows if self.actual_rows is not None else self.plan_rows
        return per_loop * self.loops

    @property
    def rows_read(self) -> float:
        """Rows the node looked at over all loops: returned plus removed by its filter."""
        return (
            (self.actual_rows or 0) + self.rows_removed_by_filter + self.rows_removed_by_join_filter
        ) * self.loops

    @property
    def buffers(self) -> int:
        return self.shared_hit + self.shared_read


@dataclass
class Plan:
    root: PlanNode
    planning_ms: float | None = None
    execution_ms: float | None = None  # None for a plan without ANALYZE
    analyzed: bool = True
    raw: Any = field(default=None, repr=False)  # the EXPLAIN JSON as returned

    def walk(self) -> Iterator[PlanNode]:
        return self.root.walk()

    def scans(self, relation: str | None = None) -> list[PlanNode]:
        return [n for n in self.walk() if n.relation and (relation is None or n.relation == relation)]

    @property
    def buffers(self) -> int:
        return self.root.buffers

    def shape(self) -> str:
        """The plan's structure without numbers: stable across runs, used for regressions."""

        def render(node: PlanNode) -> str:
            label = node.node_type + (f" on {node.relation}" if node.relation else "")
            label += f" using {node.index_name}" if node.index_name else ""
            inner = ", ".join(render(c) for c in node.children)
            return f"{label}({inner})" if inner else label

        return render(self.root)
