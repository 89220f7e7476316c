"""redundant-index's criterion on index definitions as the catalog gives them (pg_get_indexdef)."""

from __future__ import annotations

import pytest

from dbperf.rules.redundant_index import covered_by, redundant_pairs
from dbperf.schema.model import Index, Table


def _index(name: str, keys: str, columns: tuple[str, ...], *, where: str | None = None, unique: bool = False,
           include: tuple[str, ...] = (), constraint: str | None = None) -> Index:
    definition = (f"CREATE {'UNIQUE ' if unique else ''}INDEX {name} ON public.t USING btree ({keys})"
                  + (f" INCLUDE ({', '.join(include)})" if include else "") + (f" WHERE {where}" if where else ""))
    return Index(name=name, table="t", columns=columns, unique=unique, predicate=where, include=include,
                 definition=definition, constraint=constraint)


A = _index("t_a_idx", "a", ("a",))


@pytest.mark.parametrize("other, covered", [
    (_index("t_a_b_key", "a, b", ("a", "b"), unique=True, constraint="t_a_b_key"), True),  # UNIQUE (a, b)
    (_index("t_a_desc_b_idx", "a DESC, b", ("a", "b")), True),  # scanned backwards
    (_index("t_b_a_idx", "b, a", ("b", "a")), False),  # not a leading prefix
    (_index("t_a_pattern_b_idx", "a text_pattern_ops, b", ("a", "b")), False),  # another operator class
    (_index("t_a_c_b_idx", 'a COLLATE "C", b', ("a", "b")), False),  # another collation
    (_index("t_a_b_partial_idx", "a, b", ("a", "b"), where="(b > 0)"), False),  # fewer rows
    (_index("t_a_incl_idx", "a", ("a",), include=("b",)), True),  # same key, INCLUDEs more
    (_index("t_a_dup_idx", "a", ("a",)), False),  # exact duplicate: duplicate-index's
])
def test_a_single_column_index_is_covered_only_by_an_index_that_serves_it(other, covered):
    assert covered_by(A, other) is covered


def test_orders_must_agree_key_by_key_or_be_all_reversed():
    ab = _index("t_a_b_idx", "a, b DESC", ("a", "b"))
    assert covered_by(ab, _index("t_a_b_c_idx", "a, b DESC, c", ("a", "b", "c")))
    assert covered_by(ab, _index("t_a_b_c_rev_idx", "a DESC, b, c", ("a", "b", "c")))  # backwards
    assert not covered_by(ab, _index("t_a_b_c_asc_idx", "a, b, c", ("a", "b", "c")))
    assert not covered_by(ab, _index("t_a_b_c_nulls_idx", "a NULLS FIRST, b DESC, c", ("a", "b", "c")))


def test_unique_and_partial_indexes_next_to_full_ones_are_kept_and_a_chain_keeps_its_longest():
    abc = _index("t_a_b_c_idx", "a, b, c", ("a", "b", "c"))
    ab = _index("t_a_b_idx", "a, b", ("a", "b"))
    unique_a = _index("t_a_key", "a", ("a",), unique=True, constraint="t_a_key")
    partial_a = _index("t_a_live_idx", "a", ("a",), where="(deleted_at IS NULL)")
    pairs = redundant_pairs(Table(name="t", indexes=[A, ab, abc, unique_a, partial_a]))
    assert [(i.name, w.name) for i, w in pairs] == [("t_a_b_idx", "t_a_b_c_idx"), ("t_a_idx", "t_a_b_c_idx")]
