#!/usr/bin/env bash
# Full build, amal against Hugo (Debian's `hugo`) and the floor program, on
# the same trilingual corpus, alternating the tools; median wall time and
# peak memory of each, and the ratios.
# Usage: benches/build.sh N [RUNS]    (N pages per language; HUGO=0 skips Hugo,
# WORK=DIR keeps the corpus and outputs there, e.g. on tmpfs)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${2:-5}
work=${WORK:-$(mktemp -d)}
cargo build --release --quiet
cargo build --release --quiet --example floor
site="$work/corpus-$n"
if [ ! -d "$site" ]; then
    python3 benches/make-corpus.py "$n" "$site"
    grep -v -E '^  - (get-help|services|about|partners|news|statistics|safety)$|^menu:' site.yaml > "$site/site.yaml"
    cp -r themes locales "$site/"
    cp benches/hugo/hugo.yaml "$site/"
    cp -r benches/hugo/layouts "$site/"
fi
pages=$(find "$site/content" -name '*.md' | wc -l)
echo "corpus: $n pages per language, $pages Markdown files, $(du -sh "$site/content" | cut -f1)"

declare -A times mems cpus last ratios
measure() {  # name, command...
    local name=$1; shift
    local wall mem user sys
    /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null 2>&1
    read -r wall mem user sys < <(tail -1 "$work/time.txt")
    times[$name]+="$wall "
    last[$name]=$wall
    mems[$name]+="$mem "
    cpus[$name]+="$(echo "$user + $sys" | bc -l) "
}
for i in $(seq "$runs"); do
    # HUGO=0 leaves Hugo out, for quick comparisons with the floor alone.
    [ "${HUGO:-1}" = 0 ] || measure hugo hugo --quiet -s "$site" -d "$work/out-hugo"
    # amal: a rebuild into the previous output (what a team's builds are:
    # unchanged files are compared, not rewritten), and a first build into
    # an empty folder (every file written).
    measure amal ./target/release/amal build --site "$site" --out "$work/out-amal"
    rm -rf "$work/out-amal-first"
    measure first ./target/release/amal build --site "$site" --out "$work/out-amal-first"
    measure floor ./target/release/examples/floor "$site" "$work/out-floor"
    # Each run's ratio to the floor run beside it: on a shared machine the
    # speed drifts over minutes, and neighbouring runs drift together.
    ratios[amal]+="$(echo "${last[amal]}/${last[floor]}" | bc -l) "
    ratios[first]+="$(echo "${last[first]}/${last[floor]}" | bc -l) "
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Wall time is what the targets are about; CPU time (user + system, both
# cores) is reported beside it because this machine's disk makes the wall
# time of write-heavy runs (the floor, a first build) vary two- to threefold.
tools="amal first hugo floor"
[ "${HUGO:-1}" = 0 ] && tools="amal first floor"
for tool in $tools; do
    t=$(echo "${times[$tool]}" | median); m=$(echo "${mems[$tool]}" | median); c=$(echo "${cpus[$tool]}" | median)
    printf '%-6s median %6.2f s   cpu %6.2f s   peak %7.0f MB   (wall of each run: %s)\n' \
        "$tool" "$t" "$c" "$(echo "$m/1024" | bc -l)" "${times[$tool]% }"
    declare "t_$tool=$t" "m_$tool=$m" "c_$tool=$c"
done
if [ "${HUGO:-1}" != 0 ]; then
    printf 'amal/hugo: time %.3f, memory %.3f\n' "$(echo "$t_amal/$t_hugo" | bc -l)" "$(echo "$m_amal/$m_hugo" | bc -l)"
    printf 'first build into an empty folder: amal/hugo: time %.3f, memory %.3f\n' \
        "$(echo "$t_first/$t_hugo" | bc -l)" "$(echo "$m_first/$m_hugo" | bc -l)"
fi
printf 'amal/floor: time %.2f (cpu %.2f); first build/floor: time %.2f (cpu %.2f)\n' \
    "$(echo "$t_amal/$t_floor" | bc -l)" "$(echo "$c_amal/$c_floor" | bc -l)" \
    "$(echo "$t_first/$t_floor" | bc -l)" "$(echo "$c_first/$c_floor" | bc -l)"
printf 'median of paired runs: amal/floor %.2f, first build/floor %.2f\n' \
    "$(echo "${ratios[amal]}" | median)" "$(echo "${ratios[first]}" | median)"
