"""Deterministic synthetic data, generated server-side: `seeder.seed()` is the entry point.

plan.py (row counts, FK order) → columns.py (one SQL expression per column, from
values.py, checks.py, hashing.py, vocab.py) → load.py (batched INSERT … SELECT per table; rebuild.py: keys
and indexes after the load; ranges.py: a big table generated on several connections).
"""
