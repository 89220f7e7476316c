"""The `Schema` model and its loaders (DDL files, drizzle-kit folders, pg_dump, live catalog)."""

from dbperf.schema.model import Check, Column, ForeignKey, Index, Schema, Table

__all__ = ["Check", "Column", "ForeignKey", "Index", "Schema", "Table"]
