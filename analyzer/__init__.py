"""dbperf: find the performance problems of a PostgreSQL application before production does."""

__version__ = "0.1.0"
