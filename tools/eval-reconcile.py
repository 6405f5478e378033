#!/usr/bin/env python3
"""Measure the reconciler on an external corpus of a.sql -> b.sql pairs (not a test).

For each case folder with a.sql and b.sql (e.g. ../shared/corpus/migra/*, ../shared/corpus/sqldef/*):
  1. load a.sql into a fresh database A; pg_dump -s it (the "actual");
  2. pgdrift reconcile --desired b.sql --actual dump -o R;
  3. apply R to A -> converged? (pgdrift check of b.sql vs a new dump: no missing/changed objects)
  4. apply R again -> idempotent? (no action notices, same dump)
  5. apply R to an empty database -> from-empty converged?
Cases whose desired schema pgdrift reports as not modelled (W100/W103 warnings: views, functions,
triggers, ...) are "out of scope"; cases PostgreSQL 15 cannot load are "skipped".
Needs PGHOST/PGPORT of a PostgreSQL 15 server (e.g. from tools/pg-sandbox.sh start DIR).

usage: tools/eval-reconcile.py [--limit N] [--jobs N] [--log FILE] DIR...
"""
import argparse, concurrent.futures, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PGDRIFT = os.environ.get("PGDRIFT", os.path.join(ROOT, "build/src/cli/pgdrift"))


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def psql(db, path):
    return run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", path])


def fresh_db(name):
    run(["dropdb", "--if-exists", name])
    return run(["createdb", "-T", "template0", name]).returncode == 0


def dump(db, out):
    r = run(["pg_dump", "-s", "-N", "pgdrift", "-N", "pgdrift_backup", db])
    with open(out, "w") as f:
        f.write(r.stdout)
    return r.returncode == 0


def unconverged(desired, actual_dump):
    r = run([PGDRIFT, "diff", "--format", "json", "--desired", desired, "--actual", actual_dump])
    if r.returncode != 0:
        return ["pgdrift diff failed"]
    return [c["change"] + " " + c["kind"] + " " + c["object"]
            for c in json.loads(r.stdout)["changes"] if c["change"] != "extra"]


def actions(stderr):
    return [l for l in stderr.splitlines() if "NOTICE:  pgdrift: step" in l]


def support_files(case):
    suite = os.path.dirname(case)
    return sorted(os.path.join(suite, f) for f in os.listdir(suite) if f.startswith("_") and f.endswith(".sql"))


def evaluate(case, idx, tmp):
    name = os.path.basename(case)
    a, b = os.path.join(case, "a.sql"), os.path.join(case, "b.sql")
    db = "evr_%d" % idx
    check = run([PGDRIFT, "dump", b])
    if check.returncode != 0:
        return name, "parse error", check.stderr.strip().splitlines()[:1]
    if re.search(r"\[W10[03]\]", check.stderr):
        return name, "out of scope", []
    for f in support_files(case):
        run(["psql", "-X", "-q", "-d", "postgres", "-f", f])
    if not fresh_db(db) or psql(db, a).returncode != 0:
        return name, "skipped", ["a.sql does not load"]
    if not fresh_db(db + "_b") or psql(db + "_b", b).returncode != 0:
        return name, "skipped", ["b.sql does not load"]
    d_a, r_sql, d_after = (os.path.join(tmp, "%s_%d.sql" % (n, idx)) for n in ("actual", "r", "after"))
    dump(db, d_a)
    gen = run([PGDRIFT, "reconcile", "--desired", b, "--actual", d_a, "-o", r_sql])
    if gen.returncode != 0:
        return name, "reconcile error", gen.stderr.strip().splitlines()[:1]
    first = psql(db, r_sql)
    if first.returncode != 0:
        return name, "apply error", [l for l in first.stderr.splitlines() if "ERROR" in l][:1]
    dump(db, d_after)
    left = unconverged(b, d_after)
    if left:
        return name, "not converged", left[:3]
    second = psql(db, r_sql)
    if second.returncode != 0 or actions(second.stderr):
        return name, "not idempotent", (actions(second.stderr) or [second.stderr.strip()])[:2]
    if not fresh_db(db + "_e") or psql(db + "_e", r_sql).returncode != 0:
        return name, "from-empty error", []
    dump(db + "_e", d_after)
    left = unconverged(b, d_after)
    for suffix in ("", "_b", "_e"):
        run(["dropdb", "--if-exists", db + suffix])
    return (name, "converged", []) if not left else (name, "from-empty not converged", left[:3])


def evaluate_safely(case, idx, tmp):
    try:
        return evaluate(case, idx, tmp)
    except Exception as e:  # a crash of one case is a result, not the end of the run
        return os.path.basename(case), "crash", [repr(e)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--log", default=os.path.join(ROOT, "build/eval-reconcile.log"))
    args = ap.parse_args()
    if not os.environ.get("PGHOST"):
        sys.exit("eval-reconcile: set PGHOST/PGPORT (tools/pg-sandbox.sh start DIR)")
    cases = []
    for d in args.dirs:
        cases += sorted(os.path.join(d, c) for c in os.listdir(d)
                        if os.path.isfile(os.path.join(d, c, "a.sql")) and os.path.isfile(os.path.join(d, c, "b.sql")))
    if args.limit:
        cases = cases[: args.limit]
    counts = {}
    with tempfile.TemporaryDirectory() as tmp, open(args.log, "w") as log, \
            concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for name, outcome, detail in pool.map(lambda ic: evaluate_safely(ic[1], ic[0], tmp), enumerate(cases)):
            counts[outcome] = counts.get(outcome, 0) + 1
            log.write("%s\t%s\t%s\n" % (outcome, name, " | ".join(detail)))
            log.flush()
    print("%d cases" % len(cases))
    for k in sorted(counts):
        print("  %-26s %d" % (k, counts[k]))
    print("(per-case results in %s)" % args.log)


if __name__ == "__main__":
    main()
