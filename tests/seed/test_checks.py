"""CHECK constraints as PostgreSQL prints them, read into what generators must honour."""

from dbperf.schema.model import Check
from dbperf.schema.checks import default_constant, parse_checks


def _rules(*expressions: str):
    return parse_checks([Check(name=f"c{k}", table="t", expression=e) for k, e in enumerate(expressions)])


def test_value_lists_bounds_and_column_order():
    rules = _rules(
        "CHECK ((status = ANY (ARRAY['active'::text, 'banned'::text])))",
        "CHECK (((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))",
        "CHECK ((amount > (0)::numeric))",
        "CHECK (((rating >= 1) AND (rating <= 5)))",
        "CHECK ((ends_at > starts_at))",
        "CHECK ((delta >= '-10'::integer)) NOT VALID",
    )
    assert rules["status"].allowed == ("active", "banned")
    assert rules["kind"].allowed == ("a", "b")
    assert (rules["amount"].low, rules["amount"].low_strict, rules["amount"].high) == (0, True, None)
    assert (rules["rating"].low, rules["rating"].high, rules["rating"].high_strict) == (1, 5, False)
    assert rules["ends_at"].after == [("starts_at", True)]
    assert rules["delta"].low == -10


def test_what_cannot_be_honoured_is_ignored():
    rules = _rules("CHECK (((a IS NOT NULL) OR (b IS NOT NULL)))", "CHECK ((char_length(name) > 2))", "not sql at all")
    assert rules == {}


def test_literal_defaults():
    assert default_constant("'user'::text") == "user"
    assert default_constant("false") is False
    assert default_constant("now()") is None
    assert default_constant("nextval('t_id_seq'::regclass)") is None


def test_equalities_joined_by_or_are_a_value_list():
    rules = _rules("CHECK (((direction = 1) OR (direction = 2)))",
                   "CHECK ((((kind)::text = 'a'::text) OR ((kind)::text = 'b'::text)))",
                   "CHECK (((a = 1) OR (b = 2)))")
    assert rules["direction"].allowed == ("1", "2")
    assert rules["kind"].allowed == ("a", "b")
    assert "a" not in rules and "b" not in rules
