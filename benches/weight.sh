#!/usr/bin/env bash
# Page weight per page type of the centre's site: HTML, CSS and JS, gzip -9
# compressed, as a reader's phone downloads them (fonts listed apart: they
# load only for the scripts a page uses, and are cached after the first page).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo run --release --quiet -- build --out "$out/public" 2>/dev/null
gz() { gzip -9 -c "$1" | wc -c; }
css=$(gz "$out/public/style.css")
js=$(gz "$out/public/quick-exit.js")
printf '%-12s %-5s %8s %8s %8s %9s\n' "page type" lang "HTML gz" "CSS gz" "JS gz" "total KB"
for lang in ar fr zgh; do
    for type in "home:$lang/index.html" "section:$lang/services/index.html" "page:$lang/services/listening/index.html" \
                "news:$lang/news/first-meeting/index.html" "statistics:$lang/statistics/2025/index.html" "safety:$lang/safety/index.html"; do
        html=$(gz "$out/public/${type#*:}")
        printf '%-12s %-5s %8d %8d %8d %9.1f\n' "${type%%:*}" "$lang" "$html" "$css" "$js" "$(echo "($html+$css+$js)/1024" | bc -l)"
    done
done
for file in "$out"/public/fonts/*.woff2; do
    printf 'font %-34s %6d bytes\n' "$(basename "$file")" "$(wc -c < "$file")"
done
