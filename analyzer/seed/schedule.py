"""The order seeding's work is handed to connections: a graph of tasks, the longest path first.

Each table is three tasks. Its *rows* (the load transaction: INSERTs, then PRIMARY KEY and UNIQUE
re-added) wait for its parents' rows only: a child's values are computed from row numbers and
never read the parent, and a parent that could not be seeded is known once its rows are done
(`SkipTable`). Its *finish* (secondary indexes, foreign keys validated) waits for its own rows and
its parents' finish, since a parent's foreign-key repairs may still remove rows. Its *settle*
(VACUUM, ANALYZE) waits until every table's rows and finish are done: VACUUM sets a page
all-visible only when no transaction older than the rows is still open, so vacuuming beside
another table's load left the visibility map empty or full by timing (`load.settle_table`). The
prose corpus is one more task, before the rows of the tables that copy from it.

Before, a table started only once its parents were finished, so while the root table (`user`)
built its indexes and ran ANALYZE every other connection idled, the long chain user → posts →
post_tags carried three finishes, and VACUUM ran while other tables loaded. Ready tasks are taken
by their bottom level (the estimated cost of the longest chain of tasks they start, classic list
scheduling), so that chain starts first and short tasks fill the gaps. The order changes when
tables load, never what they hold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# Shares of a table's cost, from its backend CPU on fixtures/saas: rows (and keys), finish, settle.
ROWS_SHARE, FINISH_SHARE, SETTLE_SHARE = 0.65, 0.1, 0.25
KINDS = ("rows", "finish", "settle")


@dataclass(frozen=True)
class Task:
    kind: str  # "corpus" | "rows" | "finish" | "settle"
    key: str = ""  # the table, for "rows" and "finish"


CORPUS = Task("corpus")


class Schedule:
    """Which tasks may start now. `order` is the plan's (parents first), `costs` a table's
    estimated work (rows × row width), `parents` the tables whose rows a table's foreign keys
    point at, `needs_corpus` the tables copying long prose from the corpus."""

    def __init__(self, order: Sequence[str], costs: Mapping[str, float],
                 parents: Mapping[str, set[str]], needs_corpus: set[str] = frozenset(),
                 corpus_cost: float = 0.0) -> None:
        self.order = list(order)
        self.parents = {k: set(parents.get(k, ())) & set(order) for k in order}
        self.needs_corpus = set(needs_corpus) & set(order)
        self.pending: set[Task] = {Task(kind, k) for k in order for kind in KINDS}
        if self.needs_corpus:
            self.pending.add(CORPUS)
        self.done: set[Task] = set()
        self.running: set[Task] = set()
        self.level = self._levels(costs, corpus_cost)
        self._rank = {k: n for n, k in enumerate(self.order)}

    def _levels(self, costs: Mapping[str, float], corpus_cost: float) -> dict[Task, float]:
        """Bottom level of each task: its cost plus the most expensive chain of tasks waiting on it."""
        children = {k: [c for c in self.order if k in self.parents[c]] for k in self.order}
        level: dict[Task, float] = {}
        for key in reversed(self.order):  # children come after their parents in the plan's order
            cost = max(float(costs.get(key, 0.0)), 0.0)
            level[Task("settle", key)] = SETTLE_SHARE * cost
            finish = FINISH_SHARE * cost + max((level[Task("finish", c)] for c in children[key]),
                                               default=0.0)
            level[Task("finish", key)] = finish
            level[Task("rows", key)] = ROWS_SHARE * cost + max(
                [finish, *(level.get(Task("rows", c), 0.0) for c in children[key])])
        level[CORPUS] = corpus_cost + max((level[Task("rows", k)] for k in self.needs_corpus),
                                          default=0.0)
        return level

    def _waits_for(self, task: Task) -> set[Task]:
        if task.kind == "rows":
            before = {Task("rows", p) for p in self.parents[task.key]}
            return before | ({CORPUS} if task.key in self.needs_corpus else set())
        if task.kind == "finish":
            return {Task("rows", task.key)} | {Task("finish", p) for p in self.parents[task.key]}
        if task.kind == "settle":  # no load transaction open any more: see load.settle_table
            return {Task(kind, k) for k in self.order for kind in ("rows", "finish")}
        return set()

    def ready(self) -> list[Task]:
        """Pending tasks whose prerequisites are done, the longest chain first (then plan order)."""
        tasks = [t for t in self.pending if self._waits_for(t) <= self.done]
        if not tasks and self.pending and not self.running:
            # Only a cycle the plan did not break leaves nothing ready: go on in plan order.
            tasks = [min(self.pending, key=self._sort_key)]
        return sorted(tasks, key=self._sort_key)

    def _sort_key(self, task: Task) -> tuple[float, int, str]:
        return (-self.level.get(task, 0.0), self._rank.get(task.key, -1), task.kind)

    def start(self, task: Task) -> None:
        self.pending.discard(task)
        self.running.add(task)

    def complete(self, task: Task) -> None:
        self.running.discard(task)
        self.done.add(task)

    def skip(self, key: str) -> None:
        """A table that is not loaded at all: its tasks count as done, so its children go on."""
        for kind in KINDS:
            self.pending.discard(Task(kind, key))
            self.done.add(Task(kind, key))

    @property
    def finished(self) -> bool:
        return not self.pending
