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
amal_run() {
    /usr/bin/time -f "%e %M" taskset -c 0 ./target/release/amal build --site "$work/site" --out "$work/out" 2>&1 >/dev/null | tail -1
}
# The peer: DuckDB (pip install duckdb) on the same file, one thread, run
# right after amal in each round (this machine's speed drifts over minutes),
# so each round gives a paired ratio.
has_peer=0
python3 -c "import duckdb" 2>/dev/null && has_peer=1
with=""; peer=""; ratios=""
for _ in $(seq "$runs"); do
    run=$(amal_run)
    with+="$run"$'\n'
    if [ "$has_peer" = 1 ]; then
        seconds=$(taskset -c 0 python3 benches/duckdb-stats.py "$work/site/data/cases/bench.csv" 1 | grep -o 'median [0-9.]*' | cut -d' ' -f2)
        peer+="$seconds"$'\n'
        ratios+="$(echo "${run%% *} / $seconds" | bc -l)"$'\n'
    fi
done
mv "$work/site/data/cases/bench.csv" "$work/bench.csv"
without=""
for _ in $(seq "$runs"); do without+="$(amal_run)"$'\n'; done
field() { echo -n "$1" | grep . | cut -d' ' -f"$2" | median; }
echo "amal build, one core, median of $runs:"
echo "  with $rows rows:   $(field "$with" 1) s, peak $(field "$with" 2) KB"
echo "  without them:      $(field "$without" 1) s, peak $(field "$without" 2) KB"
if [ "$has_peer" = 1 ]; then
    echo "  duckdb (1 thread): load + 7 group-bys: median $(echo -n "$peer" | grep . | median) s of $runs"
    printf '  amal (whole build, with the rows) / duckdb, median of paired rounds: %.2f\n' "$(echo -n "$ratios" | grep . | median)"
fi
