#!/usr/bin/env bash
# Images, amal against Hugo (Debian's `hugo`, 0.111 extended) on N generated
# 12-megapixel phone photos in one page: each photo's own file (at most
# 2048 px) and copies 360, 720 and 1080 px wide in WebP and JPEG, the same
# resizes and qualities for both. A first build (empty caches, alternating
# the tools) and a rebuild with nothing changed (amal's cache; Hugo's
# resources/_gen). Median wall time and peak memory of each, and ratios.
# Usage: benches/images.sh [N] [RUNS]    (WORK=DIR keeps photos and outputs,
# default /dev/shm/imagebench; needs pillow and numpy for the photos)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
runs=${2:-3}
work=${WORK:-/dev/shm/imagebench}
cargo build --release --quiet
[ -d "$work/photos-$n" ] || python3 benches/make-photos.py "$n" "$work/photos-$n"

amal="$work/amal"; hugo="$work/hugo"
rm -rf "$amal" "$hugo"
mkdir -p "$amal/content/fr/photos" "$hugo/content/photos"
printf 'base_url: https://example.invalid/\ndefault_language: fr\nlanguages:\n  - code: fr\n    name: Français\n' > "$amal/site.yaml"
cp -r themes locales "$amal/"
rm -rf "$amal/locales/ar" "$amal/locales/zgh"
printf -- '---\ntitle: Accueil\n---\n\nBienvenue.\n' > "$amal/content/fr/_index.md"
page="$amal/content/fr/photos/index.md"
printf -- '---\ntitle: Photos\n---\n\n' > "$page"
for photo in "$work/photos-$n"/*.jpg; do
    name=$(basename "$photo")
    ln "$photo" "$amal/content/fr/photos/$name" 2>/dev/null || cp "$photo" "$amal/content/fr/photos/$name"
    ln "$photo" "$hugo/content/photos/$name" 2>/dev/null || cp "$photo" "$hugo/content/photos/$name"
    printf '![Photo %s](%s)\n\n' "$name" "$name" >> "$page"
done
printf -- '---\ntitle: Photos\n---\n' > "$hugo/content/photos/index.md"
cp benches/hugo-images/hugo.yaml "$hugo/"
cp -r benches/hugo-images/layouts "$hugo/"
echo "$n photos, $(du -shL "$work/photos-$n" | cut -f1); $(nproc) cores"

declare -A times mems
measure() {  # name, command...
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
    read -r wall mem < <(tail -1 "$work/time.txt")
    times[$name]+="$wall "
    mems[$name]+="$mem "
}
for i in $(seq "$runs"); do
    rm -rf "$hugo/resources" "$hugo/public"
    measure hugo-first hugo --quiet -s "$hugo"
    rm -rf "$amal/public" "$amal/.public.amal-images" "$amal/.public.amal-manifest"
    measure amal-first ./target/release/amal build --site "$amal"
    measure hugo-again hugo --quiet -s "$hugo"
    measure amal-again ./target/release/amal build --site "$amal"
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for tool in amal-first hugo-first amal-again hugo-again; do
    printf '%-11s median %7.2f s   peak %6.0f MB   (each run: %s)\n' "$tool" \
        "$(echo "${times[$tool]}" | median)" "$(echo "$(echo "${mems[$tool]}" | median)/1024" | bc -l)" "${times[$tool]% }"
done
printf 'first build: amal / Hugo = %.2f\n' "$(echo "$(echo "${times[amal-first]}" | median) / $(echo "${times[hugo-first]}" | median)" | bc -l)"
du -sb "$amal/public/fr/photos" "$hugo/public/photos" | awk '{printf "output %s: %.1f MB\n", $2, $1/1048576}'
