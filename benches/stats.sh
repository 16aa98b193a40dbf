#!/usr/bin/env bash
# Statistics at scale: load, validate, aggregate and protect 1,000,000 case
# rows on one core, as `amal build` does, against the same site without them.
# Usage: benches/stats.sh [ROWS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
mkdir -p "$work/site/data/cases" "$work/site/data/activities"
cp -r site.yaml content themes locales "$work/site/"
cp data/schema.yaml "$work/site/data/"
cp data/activities/*.csv "$work/site/data/activities/"
python3 benches/make-cases.py "$rows" "$work/site/data/cases/bench.csv"
echo "data: $rows rows, $(du -h "$work/site/data/cases/bench.csv" | cut -f1)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" taskset -c 0 ./target/release/amal build --site "$work/site" --out "$work/out" 2>&1 >/dev/null | tail -1
    done
}
with=$(measure)
mv "$work/site/data/cases/bench.csv" "$work/bench.csv"
without=$(measure)
# The peer: DuckDB (pip install duckdb) on the same file, one thread.
peer=""
if python3 -c "import duckdb" 2>/dev/null; then
    peer=$(taskset -c 0 python3 benches/duckdb-stats.py "$work/bench.csv" "$runs")
fi
echo "amal build, one core, median of $runs:"
echo "  with $rows rows:   $(echo "$with" | cut -d' ' -f1 | median) s, peak $(echo "$with" | cut -d' ' -f2 | median) KB"
echo "  without them:      $(echo "$without" | cut -d' ' -f1 | median) s, peak $(echo "$without" | cut -d' ' -f2 | median) KB"
if [ -n "$peer" ]; then echo "  $peer"; fi
