#!/usr/bin/env python3
"""Information loss of the statistics' protection: per year and table, how
many cells are published, shown «< k» (small), hidden, or withheld with the
whole table. Reads a built site's open data.

    python3 benches/privacy-loss.py public/ [more built output folders…]
"""
import json
import pathlib
import sys


def report(out):
    print(f"## {out}")
    print(f"{'year':>4} {'table':<22} {'cells':>5} {'pub':>4} {'small':>5} {'hidden':>6} {'withheld':>8}")
    grand = dict(cells=0, pub=0, small=0, hidden=0, withheld=0)
    for year in sorted((pathlib.Path(out) / "open-data").iterdir()):
        doc = json.loads((year / "statistics.json").read_text())
        for table in doc["tables"]:
            cells = table.get("cells")
            if cells is None:
                row = dict(cells=0, pub=0, small=0, hidden=0, withheld=1)
            else:
                status = [c["status"] for c in cells]
                row = dict(
                    cells=len(status),
                    pub=status.count("published"),
                    small=status.count("small"),
                    hidden=status.count("hidden"),
                    withheld=0,
                )
            for key in grand:
                grand[key] += row[key]
            print(f"{doc['year']:>4} {table['id']:<22} {row['cells']:>5} {row['pub']:>4} "
                  f"{row['small']:>5} {row['hidden']:>6} {'yes' if row['withheld'] else '':>8}")
    print(f"all: {grand['cells']} cells shown, {grand['pub']} published, {grand['small']} small, "
          f"{grand['hidden']} hidden; {grand['withheld']} tables withheld")


for out in sys.argv[1:]:
    report(out)
