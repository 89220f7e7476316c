"""SQL expressions for realistic values, chosen by a column's type and name.

Each function takes a `Cell` (table, column, row-number expression) and
returns an SQL expression of that row number only. Keys, foreign keys, NULLs
and hints are `columns.py`'s job; this module answers "what does a typical
value of this column look like".
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from dbperf.schema.model import Column, Table
from dbperf.seed import hashing, vocab
from dbperf.schema.checks import ColumnRules

# The seeded "now": today at 00:00 UTC, so that queries relative to now() ("the last 30 days") find
# rows; the data is identical for the whole day. DBPERF_SEED_ANCHOR="2026-01-01 00:00:00" pins it.
ANCHOR = os.environ.get("DBPERF_SEED_ANCHOR") or datetime.now(timezone.utc).strftime("%Y-%m-%d 00:00:00")
SPAN_SECONDS = 3 * 365 * 86_400  # rows are spread over the ~3 years before ANCHOR
DAY = 86_400

INTEGER_TYPES = {"smallint", "integer", "bigint"}
FLOAT_TYPES = {"real", "double precision"}
TEXT_TYPES = {"text", "character varying", "character", "citext", "name", "bpchar"}
TIME_TYPES = {"timestamp without time zone", "timestamp with time zone", "date"}
PERSON_TABLES = ("user", "member", "customer", "author", "person", "people", "employee", "contact",
                 "profile", "subscriber", "newsletter", "account", "student", "patient", "client")

_PARAGRAPHS = vocab.paragraphs(64)


def snake(name: str) -> str:
    """`emailVerified` and `email_verified` both become "email_verified"."""
    out = []
    for k, ch in enumerate(name):
        if ch.isupper() and k and (name[k - 1].islower() or name[k - 1].isdigit()):
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def has_part(name: str, *fragments: str) -> bool:
    """Whether `name` contains one of `fragments`."""
    return any(f in name for f in fragments)


def text_array(values: tuple[str, ...] | list[str]) -> str:
    items = ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values)
    return "'{" + items.replace("'", "''") + "}'::text[]"


WORDS = text_array(vocab.WORDS)
FIRST = text_array(vocab.FIRST_NAMES)
LAST = text_array(vocab.LAST_NAMES)
DOMAINS = text_array(vocab.DOMAINS)
PARAGRAPHS = text_array(list(_PARAGRAPHS))
# `initcap` of words joined by spaces, word by word once: the words are lowercase ASCII letters, so
# each capitalized word is what initcap makes of it in the sentence (1,260 ns a 7-word title: 800)
TITLE_WORDS = text_array([w.capitalize() for w in vocab.WORDS])
assert all(w.isascii() and w.isalpha() and w.islower() for w in vocab.WORDS)
assert all(p.isascii() for p in _PARAGRAPHS)  # short_text cuts bytes


def _fixed_width(array: str, items: tuple[str, ...] | list[str]) -> str:
    """The same list as `name[]`: elements of 64 bytes, so `[i]` goes straight to element i where a
    `text[]` walks the i - 1 before it (a 7-word title: 780 ns -> 480)."""
    assert all(len(v.encode()) < 64 for v in items)  # a name holds 63 bytes
    return array.removesuffix("::text[]") + "::name[]"


# text[] constant -> the same words as name[]; a pick from one reads `::text COLLATE "default"`, the
# type and collation of the text[] element
_FIXED_WIDTH = {array: _fixed_width(array, items) for array, items in (
    (WORDS, vocab.WORDS), (TITLE_WORDS, [w.capitalize() for w in vocab.WORDS]),
    (FIRST, vocab.FIRST_NAMES), (LAST, vocab.LAST_NAMES), (DOMAINS, vocab.DOMAINS))}


def element(array: str, index: str) -> str:
    """SQL: element `index` of the constant `array` (a text[] literal), as text."""
    fixed = _FIXED_WIDTH.get(array)
    if fixed is None:
        return f"({array})[{index}]"
    return f"((({fixed})[{index}])::text COLLATE \"default\")"


@dataclass(frozen=True)
class Cell:
    """One column of one table, at the row number `row` (an SQL bigint expression)."""

    table: Table
    column: Column
    row: str
    rows: int
    seed: int
    rules: ColumnRules
    sibling: Callable[[str, str], str | None]  # (column name, row) -> its expression, if it has one
    variant: str = ""  # a part of the value (an array element, a field): hashed apart from the others
    lacking: frozenset[str] = frozenset()  # types the seeding server cannot make values of (xml without libxml)

    @property
    def name(self) -> str:
        return snake(self.column.name)

    def salt(self, purpose: str = "") -> int:
        return hashing.salt(self.seed, self.table.name, self.column.name, self.variant + purpose)

    def u(self, purpose: str = "") -> str:
        return hashing.uniform(self.row, self.salt(purpose))

    def h(self, purpose: str = "") -> str:
        return hashing.hash64(self.row, self.salt(purpose))

    def below(self, n: int, purpose: str = "") -> str:
        return hashing.below(self.row, self.salt(purpose), n)

    def pick(self, array: str, size: int, purpose: str = "", shift: int = 0) -> str:
        """An element of a constant array, chosen by 6 bits of a hash (`shift` selects which)."""
        bits = max(1, (size - 1).bit_length())
        return element(array, f"1 + (({self.h(purpose)} >> {shift}) & {(1 << bits) - 1}) % {size}")

    def first_name(self) -> str:
        """A first name shared by all columns of the row (name and email agree)."""
        person = hashing.hash64(self.row, self.person_salt)
        return element(FIRST, f"1 + ({person} & 63) % {len(vocab.FIRST_NAMES)}")

    def last_name(self) -> str:
        person = hashing.hash64(self.row, self.person_salt)
        return element(LAST, f"1 + (({person} >> 6) & 63) % {len(vocab.LAST_NAMES)}")

    @property
    def person_salt(self) -> int:
        return hashing.salt(self.seed, self.table.name, "person")

    def words(self, count: int, purpose: str = "w", sep: str = " ",
              array: str | None = None) -> str:
        """`count` (≤ 10) words from one hash (of `array`, a list as long as vocab.WORDS)."""
        return f" || '{sep}' || ".join(self.pick(array or WORDS, len(vocab.WORDS), purpose, 6 * k)
                                       for k in range(count))


# -- numbers ------------------------------------------------------------------------------------


def numeric_modifiers(column: Column) -> tuple[int | None, int]:
    """(precision, scale) of numeric(p,s), also through a domain; (None, 2) when unconstrained."""
    if column.sql_type is not None:
        typmod = column.sql_type.scalar.typmod
        if typmod < 4:
            return None, 2
        scale = (typmod - 4) & 0x7FF  # 11 bits, signed since PostgreSQL 15 (numeric(2,-3))
        return ((typmod - 4) >> 16) & 0xFFFF, scale - 0x800 if scale & 0x400 else scale
    if "(" not in column.type:
        return None, 2
    inside = column.type.split("(", 1)[1].split(")", 1)[0]
    parts = [int(p) for p in inside.split(",")]
    return parts[0], parts[1] if len(parts) > 1 else 0


def _log_spread(cell: Cell, low: float, high: float) -> str:
    """Log-normal-ish between low and high: the mean of two log-uniforms."""
    a, b = math.log(low), math.log(high)
    return f"exp({a!r} + {b - a!r} * ({cell.u('n1')} + {cell.u('n2')}) / 2)"


def number_value(cell: Cell) -> str:
    """A number that fits the column's name, inside its CHECK bounds and type range."""
    name, base_type = cell.name, cell.column.base_type
    integral = base_type in INTEGER_TYPES
    rules = cell.rules
    if rules.low is not None and rules.high is not None:
        step = 1 if integral else 0.01
        low = rules.low + (step if rules.low_strict else 0)
        high = rules.high - (step if rules.high_strict else 0)
        raw = f"({low!r} + {cell.u()} * {high - low + (1 if integral else 0)!r})"
    elif has_part(name, "amount", "price", "total", "cost", "balance", "revenue", "fee", "salary",
              "subtotal", "tax", "credit", "payment", "spent", "value"):
        raw = _log_spread(cell, 100, 100_000) if integral or "cents" in name else _log_spread(cell, 1, 1000)
    elif name in ("age",) or name.endswith("_age"):
        raw = f"(18 + {cell.u()} * 62)"
    elif name == "year" or name.endswith("_year"):
        raw = f"(2000 + {cell.u()} * 26)"
    elif has_part(name, "rating", "stars"):
        raw = f"(5.5 - power({cell.u()}, 2) * 5)"
    elif has_part(name, "percent", "pct", "ratio", "progress"):
        raw = f"({cell.u()} * 100)"
    elif name in ("lat", "latitude") or name.endswith(("_lat", "_latitude")):
        raw = f"(-90 + {cell.u()} * 180)"
    elif name in ("lng", "lon", "longitude") or name.endswith(("_lng", "_lon", "_longitude")):
        raw = f"(-180 + {cell.u()} * 360)"
    elif has_part(name, "view", "like", "download", "click", "visit", "impression", "follower"):
        raw = f"(exp({cell.u()} * {math.log(100_000)!r}) - 1)"
    elif has_part(name, "count", "quantity", "qty", "num", "attempt", "retr", "size", "limit", "version"):
        raw = f"(1 + power({cell.u()}, 3) * 100)"
    elif has_part(name, "position", "order", "rank", "sort", "index", "priority"):
        raw = f"({cell.u()} * 100)"
    elif has_part(name, "duration", "seconds", "latency") or name.endswith("_ms"):
        raw = f"exp({cell.u()} * {math.log(10_000)!r})"
    else:
        raw = f"(power({cell.u()}, 2) * 1000)"
    if rules.low is not None and rules.high is None:
        low = rules.low + ((1 if integral else 0.01) if rules.low_strict else 0)
        raw = f"greatest({raw}, {low!r})"
    if rules.high is not None and rules.low is None:
        high = rules.high - ((1 if integral else 0.01) if rules.high_strict else 0)
        raw = f"least({raw}, {high!r})"
    if integral:
        limit = {"smallint": 32_767, "integer": 2_147_483_647}.get(base_type)
        value = f"floor({raw})::bigint"
        return f"least({value}, {limit})::{base_type}" if limit else f"{value}::{base_type}"
    if base_type == "numeric":
        precision, scale = numeric_modifiers(cell.column)
        value = f"round(({raw})::numeric, {scale})"
        if precision is not None:  # the largest value numeric(p,s) holds, on either side of 0
            top = 10 ** (precision - scale) - 10 ** -scale if scale else 10 ** precision - 1
            value = f"least(greatest({value}, {-top!r}), {top!r})"
        return value
    if base_type == "money":
        return f"round(({raw})::numeric, 2)::money"
    return f"({raw})::{base_type}"


def boolean_share(cell: Cell, default: object) -> float:
    """Share of true values, by the flag's name (published ~80 %, deleted ~3 %) or its default."""
    name = snake(cell.column.name).removeprefix("is_").removeprefix("has_")
    for words, share in (
        (("deleted", "archived", "removed", "spam"), 0.03), (("banned", "blocked", "suspended"), 0.01),
        (("admin", "staff", "superuser"), 0.02), (("featured", "pinned", "premium"), 0.05),
        (("email_verified", "verified", "confirmed"), 0.7), (("published", "public", "visible"), 0.8),
        (("active", "enabled", "available"), 0.9), (("read", "seen"), 0.6),
    ):
        if any(name == w or name.endswith(w) for w in words):
            return share
    if default is True:
        return 0.7
    if default is False:
        return 0.3
    return 0.5


# -- text ---------------------------------------------------------------------------------------


def person_table(table: Table) -> bool:
    return has_part(snake(table.name), *PERSON_TABLES)


# Long prose comes from a corpus of documents built once per seeding run in the seeded database
# (`corpus_statements`, dropped when seeding ends). A row copies one document, and PostgreSQL copies a
# stored value as it is: already compressed, so pglz runs once per document instead of once per row
# (pglz was the largest single cost of seeding). Rows keep the size and the on-disk layout (compressed
# inline, or TOASTed when long) that per-row generated prose has.
CORPUS_SCHEMA = "dbperf_seed_corpus"
CORPUS = f"{CORPUS_SCHEMA}.prose"
CORPUS_DOCUMENTS = 8192


def long_text(cell: Cell) -> str:
    """~1-4 KB of prose: one of the corpus documents, picked by hash."""
    return f"(SELECT p.body FROM {CORPUS} p WHERE p.k = {cell.below(CORPUS_DOCUMENTS, 'doc')})"


def corpus_document(row: str) -> str:
    """SQL: document `row` of the corpus, 2-8 paragraphs of a fixed set of 64, picked by hash bits."""
    count = hashing.below(row, hashing.salt(0, "corpus", "len"), 7)
    bits = hashing.hash64(row, hashing.salt(0, "corpus", "p"))
    parts = [f"({PARAGRAPHS})[1 + (({bits} >> {6 * k}) & 63) % {len(_PARAGRAPHS)}]" for k in range(8)]
    optional = [f"CASE WHEN {count} >= {k - 1} THEN {part} END" for k, part in enumerate(parts[2:], start=2)]
    return f"concat_ws(E'\\n\\n', {', '.join(parts[:2] + optional)})"


def corpus_statements() -> list[str]:
    """Create and fill the corpus `long_text` reads (the same documents on every run)."""
    return [f"CREATE SCHEMA {CORPUS_SCHEMA}",
            f"CREATE TABLE {CORPUS} (k integer PRIMARY KEY, body text NOT NULL)",
            (f"INSERT INTO {CORPUS} SELECT g.i, {corpus_document('g.i')} "
             f"FROM generate_series(0, {CORPUS_DOCUMENTS - 1}) AS g(i)")]


def drop_corpus_statement() -> str:
    return f"DROP SCHEMA IF EXISTS {CORPUS_SCHEMA} CASCADE"


def short_text(cell: Cell, max_chars: int = 400) -> str:
    """The first 40 to `max_chars` characters of a paragraph. The paragraphs are ASCII, so the
    characters are bytes: the bytes cut (270 ns a value) give `left(paragraph, n)` (750 ns, which
    counts UTF-8 characters one by one)."""
    return (f"convert_from(substr(textsend({cell.pick(PARAGRAPHS, len(_PARAGRAPHS), 'p')}), 1, "
            f"40 + {cell.below(max_chars - 40, 'len')}::int), 'UTF8')")


def hex32(cell: Cell) -> str:
    return hashing.hex_of(cell.h("x1"), cell.h("x2"))


def url(cell: Cell, image: bool = False) -> str:
    path = cell.words(2, sep="/")
    suffix = " || '.png'" if image else ""
    domain = cell.pick(DOMAINS, len(vocab.DOMAINS), "d")
    return f"('https://' || {domain} || '/' || {path} || '/' || {cell.below(1_000_000, 'n')}{suffix})"


def _email(cell: Cell) -> str:
    return (f"(lower({cell.first_name()}) || '.' || lower({cell.last_name()})"
            f" || {cell.below(1000, 'n')} || '@' || {cell.pick(DOMAINS, len(vocab.DOMAINS), 'd')})")


def ip_address(cell: Cell) -> str:
    return f"('10.' || {cell.below(256, 'a')} || '.' || {cell.below(256, 'b')} || '.' || {cell.below(256, 'c')})"


def _user_agent(cell: Cell) -> str:
    return (f"('Mozilla/5.0 (' || (ARRAY['Windows NT 10.0; Win64; x64','Macintosh; Intel Mac OS X 14_5',"
            f"'X11; Linux x86_64','iPhone; CPU iPhone OS 17_5 like Mac OS X'])[1 + {cell.below(4)}] || ') Chrome/' "
            f"|| (110 + {cell.below(20, 'v')}) || '.0')")


TextRule = tuple[Callable[[str, Table], bool], Callable[[Cell], str]]


def _named(*fragments: str) -> Callable[[str, Table], bool]:
    return lambda name, table: has_part(name, *fragments)


# First match wins: (does the column name fit, SQL value for the cell).
TEXT_RULES: tuple[TextRule, ...] = (
    (_named("email"), _email),
    (_named("first_name", "given_name", "firstname"), lambda c: c.first_name()),
    (_named("last_name", "family_name", "surname", "lastname"), lambda c: c.last_name()),
    (_named("username", "handle", "login", "nickname"), lambda c: f"(lower({c.first_name()}) || {c.below(10_000, 'n')})"),
    (_named("url", "link", "website", "href", "homepage", "callback", "redirect"), url),
    (_named("image", "avatar", "photo", "picture", "icon", "logo", "thumbnail", "cover", "banner"),
     lambda c: url(c, image=True)),
    (_named("token", "secret", "hash", "password", "signature", "nonce", "api_key", "salt", "digest"), hex32),
    (_named("slug"), lambda c: f"({c.words(3, sep='-')})"),
    (lambda name, table: name in ("name", "full_name", "display_name", "author", "contact_name", "owner")
     and person_table(table), lambda c: f"({c.first_name()} || ' ' || {c.last_name()})"),
    (_named("content", "body", "html", "markdown", "text", "article", "transcript"), long_text),
    (_named("description", "bio", "summary", "excerpt", "note", "comment", "message", "about", "reason", "detail"),
     short_text),
    (_named("title", "subject", "headline", "caption", "heading"),
     lambda c: f"({c.words(3, array=TITLE_WORDS)} || ' ' || "
               f"{c.words(4, 'w2', array=TITLE_WORDS)})"),
    (_named("phone", "mobile"), lambda c: f"('+1' || lpad({c.below(10_000_000_000)}::text, 10, '0'))"),
    (lambda name, table: name in ("ip", "ip_address") or name.endswith("_ip"), ip_address),
    (_named("user_agent"), _user_agent),
    (_named("color", "colour"), lambda c: f"('#' || left({hashing.hex16(c.row, c.salt('c'))}, 6))"),
    (lambda name, table: name.endswith("_id") or has_part(name, "identifier", "reference", "external"),
     lambda c: hashing.hex16(c.row, c.salt("id"))),
    (_named("city", "street", "address", "region", "state"), lambda c: f"initcap({c.words(2)})"),
    (_named("zip", "postal"), lambda c: f"lpad({c.below(100_000)}::text, 5, '0')"),
)


def _text_rule(name: str, table: Table) -> Callable[[Cell], str]:
    for fits, make in TEXT_RULES:
        if fits(name, table):
            return make
    return lambda c: f"({c.words(2)})"


def text_value(cell: Cell) -> str:
    """Text that fits the column's name: names, emails, slugs, URLs, tokens, prose; cut to varchar(n)."""
    value = _text_rule(cell.name, cell.table)(cell)
    limit = max_length(cell.column)
    return value if limit is None or limit >= 40 else f"rtrim(left({value}, {limit}))"


def max_length(column: Column) -> int | None:
    """n of varchar(n)/char(n) (also through a domain), else None."""
    if column.base_type not in ("character varying", "character"):
        return None
    if column.sql_type is not None:
        typmod = column.sql_type.scalar.typmod
        return typmod - 4 if typmod >= 4 else None if column.base_type == "character varying" else 1
    if "(" in column.type:
        return int(column.type.split("(", 1)[1].split(")", 1)[0])
    return 1 if column.base_type == "character" else None


def is_long_text(table: Table, column: Column) -> bool:
    """Columns filled with kilobytes of prose (content, body…): they set the seeding batch size."""
    return column.base_type in TEXT_TYPES and _text_rule(snake(column.name), table) is long_text


def json_value(cell: Cell) -> str:
    """A small document with a few keys, like app metadata. Written as JSON text and parsed: the
    same jsonb as `jsonb_build_object('source', …, 'version', …, 'tags', jsonb_build_array(…, …),
    'enabled', …, 'count', …)` (the words need no escaping), at 1,490 ns instead of 1,990."""
    words = [cell.pick(WORDS, len(vocab.WORDS), 's'), cell.pick(WORDS, len(vocab.WORDS), 't', 0),
             cell.pick(WORDS, len(vocab.WORDS), 't', 6)]
    text = (f"""'{{"source": "' || {words[0]} || '", "version": ' || (1 + {cell.below(5, 'v')}) || """
            f"""', "tags": ["' || {words[1]} || '", "' || {words[2]} || '"], "enabled": ' || """
            f"""({cell.u('e')} < 0.7) || ', "count": ' || {cell.below(1000, 'c')} || '}}'""")
    doc = f"({text})::jsonb"
    return doc if cell.column.base_type == "jsonb" else f"({doc})::json"
