#!/usr/bin/env python3
"""DuckDB's side of the statistics benchmark (benches/stats.sh runs amal's).

duckdb-stats.py FILE [RUNS] reads the benchmark's case rows (CSV, `#` comment
line first) and computes, per year, the same breakdowns amal publishes: rows
by month, age band, referral, commune and outcome, and by each id of the two
multi-category columns (services, violence). One thread, as amal is measured
on one core. Prints the median wall time.
"""
import statistics, sys, time
import duckdb

path, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
QUERIES = [
    "SELECT substr(month, 1, 4) y, substr(month, 6, 2) m, count(*) FROM cases GROUP BY ALL",
    *[f"SELECT substr(month, 1, 4) y, {c}, count(*) FROM cases GROUP BY ALL" for c in ["age_band", "referred_by", "commune", "outcome"]],
    *[f"SELECT substr(month, 1, 4) y, s, count(*) FROM (SELECT month, unnest(string_split({c}, '|')) s FROM cases) GROUP BY ALL"
      for c in ["services", "violence"]],
]
times = []
for _ in range(runs):
    con = duckdb.connect()
    con.execute("SET threads = 1")
    started = time.perf_counter()
    con.execute(f"CREATE TABLE cases AS SELECT * FROM read_csv('{path}', header = true, skip = 1, all_varchar = true)")
    for query in QUERIES:
        con.execute(query).fetchall()
    times.append(time.perf_counter() - started)
    con.close()
print(f"duckdb (1 thread): load + {len(QUERIES)} group-bys: median {statistics.median(times):.2f} s of {runs}")
