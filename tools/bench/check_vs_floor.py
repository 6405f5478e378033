#!/usr/bin/env python3
"""`pgdrift check` against the parse floor (parse_floor.py, statement by statement), measured in
turns: a check, then the floor (best of three passes), N times, so that a machine whose speed
drifts within the hour (this VM's does, by 20 % and more) slows both alike. Prints the medians,
their ratio and each turn's ratio; the peak RSS of the checks. Not a test: numbers only.

usage: tools/bench/check_vs_floor.py PGDRIFT DESIRED ACTUAL [TURNS]   (default 7)
"""
import os
import resource
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import parse_floor  # noqa: E402


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    pgdrift, desired, actual = sys.argv[1:4]
    turns = int(sys.argv[4]) if len(sys.argv) > 4 else 7
    lib = parse_floor.load_library()
    texts = [b"".join(line for line in open(p, "rb") if not line.startswith(b"\\")) for p in (desired, actual)]
    stmts = [s for text in texts for s in parse_floor.statements(lib, text)]
    checks, floors = [], []
    for _ in range(turns):
        start = time.perf_counter()
        subprocess.run([pgdrift, "check", "--desired", desired, "--actual", actual],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        checks.append(time.perf_counter() - start)
        floors.append(min(parse_floor.parse_once(lib, stmts) for _ in range(3)))
    check, floor = statistics.median(checks), statistics.median(floors)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(f"check {check:.3f} s (median of {turns}), peak RSS {rss} MB; parse floor {floor:.3f} s "
          f"({len(stmts)} statements, one after the other); ratio {check / floor:.2f} "
          f"(turns: {' '.join(f'{c / f:.2f}' for c, f in zip(checks, floors))})")


if __name__ == "__main__":
    main()
