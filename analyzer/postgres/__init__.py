"""Where queries run: the embedded PostgreSQL (default), a container, or a user's DSN."""
