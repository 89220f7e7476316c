"""The order seeding hands tasks out: children's rows before the parent's finish, the long chain first,
VACUUM and ANALYZE last."""

from __future__ import annotations

from dbperf.seed.schedule import CORPUS, Schedule, Task

# fixtures/saas's shape: user is everyone's parent, posts (prose) → post_tags ← tags
ORDER = ["user", "tags", "newsletter", "posts", "orders", "post_tags"]
PARENTS = {"posts": {"user"}, "orders": {"user"}, "post_tags": {"posts", "tags"}}
COSTS = {"user": 50, "tags": 1, "newsletter": 10, "posts": 300, "orders": 100, "post_tags": 40}


def _run_all(schedule: Schedule, connections: int) -> list[list[Task]]:
    """Rounds of a simulation where every running task ends before the next round starts."""
    rounds = []
    while not schedule.finished:
        started = schedule.ready()[:connections]
        for task in started:
            schedule.start(task)
        for task in started:
            schedule.complete(task)
        rounds.append(started)
    return rounds


def test_children_load_their_rows_while_the_parent_finishes():
    schedule = Schedule(ORDER, COSTS, PARENTS)
    first = schedule.ready()
    assert Task("rows", "user") == first[0]  # everyone waits on it
    assert Task("rows", "posts") not in first
    schedule.start(Task("rows", "user"))
    schedule.complete(Task("rows", "user"))
    ready = schedule.ready()
    assert Task("rows", "posts") in ready and Task("finish", "user") in ready
    assert ready.index(Task("rows", "posts")) < ready.index(Task("rows", "orders"))  # the longer chain first
    assert Task("finish", "posts") not in ready


def test_a_finish_waits_for_the_parents_finish():
    schedule = Schedule(ORDER, COSTS, PARENTS)
    for task in (Task("rows", "user"), Task("rows", "posts")):
        schedule.start(task)
        schedule.complete(task)
    assert Task("finish", "posts") not in schedule.ready()  # user's foreign-key repairs may remove rows
    schedule.start(Task("finish", "user"))
    schedule.complete(Task("finish", "user"))
    assert Task("finish", "posts") in schedule.ready()


def test_prose_tables_wait_for_the_corpus_which_starts_at_once():
    schedule = Schedule(ORDER, COSTS, PARENTS, needs_corpus={"posts"}, corpus_cost=20)
    # the heads of the two longest chains (user → posts → post_tags, corpus → posts → post_tags)
    assert set(schedule.ready()[:2]) == {CORPUS, Task("rows", "user")}
    schedule.start(Task("rows", "user"))
    schedule.complete(Task("rows", "user"))
    assert Task("rows", "posts") not in schedule.ready()
    schedule.start(CORPUS)
    schedule.complete(CORPUS)
    assert Task("rows", "posts") in schedule.ready()


def test_every_task_runs_once_in_an_order_that_respects_the_graph():
    schedule = Schedule(ORDER, COSTS, PARENTS, needs_corpus={"posts"}, corpus_cost=20)
    done: list[Task] = [t for r in _run_all(schedule, connections=2) for t in r]
    assert len(done) == len(set(done)) == 3 * len(ORDER) + 1
    at = {t: n for n, t in enumerate(done)}
    for child, parents in PARENTS.items():
        for parent in parents:
            assert at[Task("rows", parent)] < at[Task("rows", child)]
            assert at[Task("finish", parent)] < at[Task("finish", child)]
    assert all(at[Task("rows", k)] < at[Task("finish", k)] for k in ORDER)
    # VACUUM and ANALYZE once no load transaction is open: the visibility map does not depend on timing
    last_load = max(at[t] for t in done if t.kind in ("rows", "finish"))
    assert all(at[Task("settle", k)] > last_load for k in ORDER)


def test_a_table_left_out_releases_its_children():
    schedule = Schedule(ORDER, COSTS, PARENTS)
    schedule.skip("user")
    assert Task("rows", "posts") in schedule.ready()
    assert Task("finish", "user") not in schedule.pending
