"""Production statistics without production rows: `dbperf stats export` and the stats.json format.

`export` reads pg_class/pg_stats of a user's database (read-only), `format`
writes and reads the versioned stats.json and turns it into column profiles
(`model.ColumnProfile`, also built from [seed.columns]) that seed/profile.py
generates values from, for `dbperf audit --stats` / `dbperf seed --stats`.
"""
