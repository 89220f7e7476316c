"""Deterministic pseudo-random numbers as SQL expressions of a row number.

Every value the seeder generates is a pure function of (seed, table, column,
row number): `hashint8extended(row, salt)` with a salt derived from the
names. No `random()`, so data does not depend on execution order, batch size
or parallel workers, and a child row can recompute its parent's key from the
parent's row number alone.
"""

from __future__ import annotations

import hashlib

_MASK53 = (1 << 53) - 1
_INV53 = 1.0 / (1 << 53)


def salt(seed: int, *parts: str) -> int:
    """A signed 64-bit salt for (seed, parts): stable across runs and platforms."""
    digest = hashlib.blake2b("\x1f".join([str(seed), *parts]).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def hash64(row: str, salt_value: int) -> str:
    """SQL: a bigint hash of `row` (a bigint expression)."""
    return f"hashint8extended({row}, {salt_value})"


def uniform(row: str, salt_value: int) -> str:
    """SQL: a float8 uniform in [0, 1) for `row`."""
    return f"(({hash64(row, salt_value)} & {_MASK53})::float8 * {_INV53!r})"


def below(row: str, salt_value: int, n: int) -> str:
    """SQL: a bigint uniform in [0, n) for `row`."""
    return f"(({hash64(row, salt_value)} & {(1 << 62) - 1}) % {max(int(n), 1)})"


def skewed(row: str, salt_value: int, n: int, power: float = 3.5) -> str:
    """SQL: a bigint in [1, n] where low numbers are far more likely (Zipf-like)."""
    return f"(1 + floor({int(n)} * power({uniform(row, salt_value)}, {power}))::bigint)"


def hex16(row: str, salt_value: int) -> str:
    """SQL: 16 hex digits that look random."""
    return hex_of(hash64(row, salt_value))


# Hex digits of bigints, from their bytes: `encode(int8send(x), 'hex')` is
# `lpad(to_hex(x), 16, '0')` for every bigint (two's complement, big-endian), at 50 ns a value
# instead of 120: lpad counts characters, to_hex builds a string per value. Several parts go into
# one `encode`.


def hex_of(*parts: str, digits: int = 16) -> str:
    """SQL: `lpad(to_hex(p), 16, '0') || …` of the bigint expressions `parts`, the last one with
    `digits` (8 or 16) hex digits: for 8, the same as `lpad(to_hex(p), 8, '0')` for 0 <= p < 2^32
    (row numbers)."""
    *full, last = parts
    tail = f"int8send({last})" if digits == 16 else f"substr(int8send({last}), 5)"
    return f"encode({' || '.join([*(f'int8send({p})' for p in full), tail])}, 'hex')"
