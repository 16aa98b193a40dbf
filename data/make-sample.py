#!/usr/bin/env python3
"""Writes the synthetic sample data in data/cases/ and data/activities/.

The numbers are invented (seeded, so the files are reproducible) to look like
a year of a regional centre's work. They are NOT records of the centre, and
every file says so in its first line, which amal shows on every page that
uses them. Run: python3 data/make-sample.py
"""
import random
from pathlib import Path

YEAR = 2025
HERE = Path(__file__).parent
MARK = "# synthetic: SAMPLE DATA made by data/make-sample.py; not real records of the centre\n"

def pick(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]

def cases(rng):
    months = {m: w for m, w in zip(range(1, 13), [18, 20, 26, 24, 22, 25, 27, 21, 28, 30, 27, 24])}
    ages = {"under-18": 5, "18-24": 20, "25-34": 35, "35-44": 25, "45-59": 12, "60-plus": 3}
    communes = {"khemisset": 35, "tiflet": 20, "rommani": 10, "ait-ouribel": 15,
                "sidi-allal-el-bahraoui": 8, "maaziz": 5, "other-commune": 7}
    referral = {"self": 30, "family-network": 15, "justice": 10, "security": 12, "health": 10,
                "civil-society": 8, "integrated-units": 8, "listening-centres": 7}
    outcome = {"ongoing": 40, "resolved": 30, "referred": 20, "contact-lost": 10}
    services = {"orientation": .8, "psychological-support": .45, "awareness": .2, "follow-up": .5,
                "economic-empowerment": .1, "family-mediation": .08, "shelter": .12,
                "health-care": .15, "social-legal-assistance": .4}
    violence = {"physical": .55, "sexual": .15, "psychological": .75, "economic": .4}
    rows = ["month,age_band,services,violence,referred_by,commune,outcome"]
    for _ in range(312):
        given = ["reception", "listening"] + [s for s, p in services.items() if rng.random() < p]
        forms = [v for v, p in violence.items() if rng.random() < p]
        rows.append(",".join([
            f"{YEAR}-{pick(rng, months):02d}", pick(rng, ages), "|".join(given), "|".join(forms),
            pick(rng, referral), pick(rng, communes), pick(rng, outcome),
        ]))
    return rows

def activities(rng):
    kinds = {"awareness-session": 60, "training": 15, "workshop": 25}
    rows = ["month,kind,participants"]
    for _ in range(42):
        kind = pick(rng, kinds)
        size = {"awareness-session": (15, 60), "training": (8, 20), "workshop": (6, 18)}[kind]
        rows.append(f"{YEAR}-{rng.randint(1, 12):02d},{kind},{rng.randint(*size)}")
    return rows

rng = random.Random(20250101)
for name, rows in [("cases", cases(rng)), ("activities", activities(rng))]:
    folder = HERE / name
    folder.mkdir(exist_ok=True)
    (folder / f"{YEAR}.csv").write_text(MARK + "\n".join(rows) + "\n", encoding="utf-8")
