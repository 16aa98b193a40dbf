#!/usr/bin/env python3
"""Compare amal binaries with each other and with the floor program.

    benches/ab.py [--first] RUNS BINARY...    (SITE=corpus folder, default
                                               /dev/shm/benchwork/corpus-1000)

Each round builds the corpus once with every binary, in a shuffled order,
then runs the floor program; with --first every build goes into an emptied
folder. Prints the median wall and CPU time (user + system, from wait4) of
each, and the median of each build's ratio to the floor run of its round:
this machine's speed drifts over minutes, and runs in one round drift
together. Build the floor first: cargo build --release --example floor.
"""
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

args = sys.argv[1:]
first = bool(args) and args[0] == "--first"
if first:
    args = args[1:]
if len(args) < 2:
    sys.exit(__doc__)
runs, binaries = int(args[0]), args[1:]
site = os.environ.get("SITE", "/dev/shm/benchwork/corpus-1000")
work = os.environ.get("WORK", "/dev/shm")
floor = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "examples", "floor")


def run(command):
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        sys.exit(f"failed: {' '.join(command)}")
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def out(i):
    return os.path.join(work, f"ab-{i}")


results = {name: ([], []) for name in binaries + ["floor"]}
for i, binary in enumerate(binaries):  # a first output for the rebuilds
    run([binary, "build", "--site", site, "--out", out(i)])
for _ in range(runs):
    order = list(enumerate(binaries))
    random.shuffle(order)
    for i, binary in order:
        if first:
            shutil.rmtree(out(i), ignore_errors=True)
        wall, cpu = run([binary, "build", "--site", site, "--out", out(i)])
        results[binary][0].append(wall)
        results[binary][1].append(cpu)
    wall, cpu = run([floor, site, os.path.join(work, "ab-floor")])
    results["floor"][0].append(wall)
    results["floor"][1].append(cpu)
floor_walls = results["floor"][0]
for name in binaries + ["floor"]:
    walls, cpus = results[name]
    paired = statistics.median(w / f for w, f in zip(walls, floor_walls))
    print(f"{name:40s} wall {statistics.median(walls):8.1f} ms  cpu {statistics.median(cpus):8.1f} ms  paired/floor {paired:.3f}")
