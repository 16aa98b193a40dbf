#!/usr/bin/env python3
"""Writes N synthetic case rows (CSV) for benchmarks: make-cases.py N FILE."""
import random, sys

n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
ages = ["under-18", "18-24", "25-34", "35-44", "45-59", "60-plus"]
services = ["reception", "listening", "orientation", "psychological-support", "awareness", "follow-up",
            "economic-empowerment", "family-mediation", "shelter", "health-care", "social-legal-assistance"]
violence = ["physical", "sexual", "psychological", "economic"]
referral = ["justice", "security", "health", "civil-society", "integrated-units", "listening-centres", "family-network", "self"]
communes = ["khemisset", "tiflet", "rommani", "ait-ouribel", "sidi-allal-el-bahraoui", "maaziz", "other-commune"]
outcomes = ["ongoing", "resolved", "referred", "contact-lost"]
with open(path, "w") as f:
    f.write("# synthetic: benchmark data\nmonth,age_band,services,violence,referred_by,commune,outcome\n")
    for _ in range(n):
        f.write(",".join([
            f"{rng.randint(2020, 2025)}-{rng.randint(1, 12):02d}", rng.choice(ages),
            "|".join(rng.sample(services, rng.randint(1, 4))), "|".join(rng.sample(violence, rng.randint(0, 2))),
            rng.choice(referral), rng.choice(communes), rng.choice(outcomes)]) + "\n")
