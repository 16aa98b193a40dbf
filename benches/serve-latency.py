#!/usr/bin/env python3
"""Edit-to-output latency of `amal serve`.

serve-latency.py SITE [EDITS] starts the release build of `amal serve` on
SITE, saves one page EDITS times and one template 5 times, and reports for
each the time from saving the file to the rebuilt site being swapped in
(serve's own log line, which follows the 50 ms debounce) and the rebuild time
that serve measures from the file event. Build first: cargo build --release.
"""
import re, statistics, subprocess, sys, threading, time
from pathlib import Path

site = Path(sys.argv[1]).resolve()
edits = int(sys.argv[2]) if len(sys.argv) > 2 else 20
binary = Path(__file__).resolve().parent.parent / "target" / "release" / "amal"
proc = subprocess.Popen([str(binary), "serve", "--port", "0", "--site", str(site)],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
lines, cond = [], threading.Condition()

def read():
    for line in proc.stdout:
        with cond:
            lines.append((time.monotonic(), line.strip()))
            cond.notify_all()

threading.Thread(target=read, daemon=True).start()

def wait_for(pattern, after, limit=120):
    started = time.monotonic()
    with cond:
        while True:
            for stamp, line in lines:
                if stamp >= after and re.search(pattern, line):
                    return stamp, line
            if time.monotonic() - started > limit:
                sys.exit(f"no line matching {pattern!r} within {limit} s: did the rebuild fail?")
            cond.wait(timeout=5)

wait_for(r"^Serving ", 0)
pages = sorted((site / "content").rglob("page-*.md")) or sorted((site / "content").rglob("*.md"))
page = next(p for p in pages if "/fr/" in str(p))
template = site / "themes" / "default" / "templates" / "page.html"

def measure(path, label, count):
    total, rebuild = [], []
    original = path.read_text(encoding="utf-8")
    for i in range(count):
        time.sleep(0.2)  # let the previous rebuild settle; not part of the measure
        saved = time.monotonic()
        # A template edit goes inside its main block: tera 2 refuses text
        # outside the blocks of a template that extends another.
        edited = (original.replace("{% endblock main %}", f"<!-- {label} {i} -->{{% endblock main %}}")
                  if path.suffix == ".html" else original + f"\nedit {i}\n")
        path.write_text(edited, encoding="utf-8")
        stamp, line = wait_for(r"^Rebuilt in \d+ ms", saved)
        total.append((stamp - saved) * 1000)
        rebuild.append(int(re.search(r"Rebuilt in (\d+) ms", line).group(1)))
    path.write_text(original, encoding="utf-8")
    time.sleep(0.5)
    print(f"{label}: save → swapped in: median {statistics.median(total):.0f} ms, worst {max(total):.0f} ms; "
          f"rebuild from the file event: median {statistics.median(rebuild):.0f} ms, worst {max(rebuild)} ms ({count} edits; {line.split('; ')[-1]}")

try:
    measure(page, "one page", edits)
    measure(template, "template", 5)
finally:
    proc.terminate()
