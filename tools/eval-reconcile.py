#!/usr/bin/env python3
"""Measure the reconciler on an external corpus of a.sql -> b.sql pairs (a measurement, not a test).

For each case folder with a.sql and b.sql (e.g. ../shared/corpus/migra/*, ../shared/corpus/sqldef/*):
  1. load a.sql into a fresh database A and b.sql into B; pg_dump -s A (the "actual");
  2. pgdrift reconcile --desired b.sql --actual dump(A) --allow-drop <every kind> --with-privileges
     --with-owners -o R --rollback RB (the catalogs compared hold privileges and owners);
  3. apply R to A: converged when the whole catalog of A (tests/oracle/catalog_snapshot.sql with
     privileges and owners, pgdrift's own schemas left out) equals B's;
  4. apply R again: idempotent when it succeeds, reports no action and the catalog is unchanged;
  5. apply R to an empty database: from-empty when its catalog equals B's;
  6. apply RB to A: rollback when the catalog equals A's before step 3 (reported, not counted in
     "converged").
A case counts as "converged" only when 3, 4 and 5 hold.
With --renames only the cases whose b.sql carries sqldef's `@renamed from=old` hints run: each
hint is written as a pgdrift policy rule (`rename table|column|type|index|constraint|enum value
... to ...;`, from the statement and line it sits in) and a case converges only if, besides, no
data was lost: every table (pg_class oid) and column (attrelid, attnum) of A is still there after
step 3, under whatever name (a drop and create would give new ones). Cases PostgreSQL 15 cannot load, or that
need a newer server (meta.json options.min_version), are "skipped" with the reason.
Cases with options.user (sqldef's psqldef_user cases) run with search_path "foo, public" and a
schema foo, as upstream's harness does; b.sql is read by pgdrift after the same SET.
Needs PGHOST/PGPORT of a PostgreSQL 15 server (e.g. from tools/pg-sandbox.sh start DIR).

usage: tools/eval-reconcile.py [--limit N] [--jobs N] [--log FILE] [--no-drop] [--renames] [--db-prefix P] [--case NAME]... DIR...
"""
import argparse, concurrent.futures, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PGDRIFT = os.environ.get("PGDRIFT", os.path.join(ROOT, "build/src/cli/pgdrift"))
SNAPSHOT_SQL = os.path.join(ROOT, "tests/oracle/catalog_snapshot.sql")

def drop_kinds():
    """Every kind --allow-drop accepts, as the binary's help lists them (the registry)."""
    text = " ".join(subprocess.run([PGDRIFT, "reconcile", "--help"], capture_output=True, text=True, check=True).stdout.split())
    return [k.strip() for k in text.split("a kind (", 1)[1].split(")", 1)[0].split(",")]

SERVER_MAJOR = 15
DB_PREFIX = "evr"


def run(cmd, env=None, **kw):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run(cmd, capture_output=True, text=True, env=e, **kw)


class Case:
    def __init__(self, path, idx, tmp):
        self.path, self.name, self.idx = path, os.path.basename(path), idx
        self.tmp = os.path.join(tmp, "%d" % idx)
        os.makedirs(self.tmp)
        meta = {}
        if os.path.isfile(os.path.join(path, "meta.json")):
            with open(os.path.join(path, "meta.json")) as f:
                meta = json.load(f)
        self.options = meta.get("options", {}) or {}
        self.user_mode = bool(self.options.get("user"))
        self.env = {"PGOPTIONS": os.environ.get("PGOPTIONS", "") + " -c search_path=foo,public"} if self.user_mode else {}
        self.dbs = []

    def file(self, name):
        return os.path.join(self.tmp, name)

    def db(self, role):
        name = "%s_%d_%s" % (DB_PREFIX, self.idx, role)
        run(["dropdb", "--if-exists", name])
        if run(["createdb", "-T", "template0", name]).returncode != 0:
            return None
        self.dbs.append(name)
        if self.user_mode:
            run(["psql", "-X", "-q", "-d", name, "-c", "CREATE SCHEMA foo AUTHORIZATION psqldef_user"])
        return name

    def psql(self, db, path):
        return run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", path], env=self.env)

    def snapshot(self, db):
        r = run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-v", "exclude={}", "-v", "acl=on",
                 "-d", db, "-f", SNAPSHOT_SQL])
        if r.returncode != 0:  # never compare two failures as equal catalogs
            raise RuntimeError("snapshot failed: " + " ".join(first_error(r.stderr)))
        return r.stdout

    def cleanup(self):
        for d in self.dbs:
            run(["dropdb", "--if-exists", d])


def min_version(options):
    v = options.get("min_version")
    return int(str(v).split(".")[0]) if v else 0


def actions(stderr):
    return [l for l in stderr.splitlines() if re.search(r"NOTICE:  pgdrift: step \d+: ", l)]


def first_error(stderr):
    return [l for l in stderr.splitlines() if "ERROR" in l][:1] or stderr.strip().splitlines()[:1]


def catalog_diff(want, got, limit=3):
    w, g = set(want.splitlines()), set(got.splitlines())
    out = ["-" + l[:160] for l in sorted(w - g)][:limit] + ["+" + l[:160] for l in sorted(g - w)][:limit]
    return out


HINT = re.compile(r'(?:--|/\*)\s*@renamed\s+from=("(?:[^"]|"")*"|[^\s*]+)\s*(?:\*/)?')
IDENT = r'(?:"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_$]*)'


def split_qualified(name):
    parts = re.findall(IDENT, name)
    return (parts[0] + ".", parts[-1]) if len(parts) > 1 else ("", parts[-1])


def rename_rules(b_sql):
    """sqldef's `@renamed from=old` hints of b.sql as pgdrift rename rules."""
    rules = []
    for stmt in re.split(r";\s*\n", b_sql):
        if "@renamed" not in stmt:
            continue
        table = re.search(r"CREATE\s+TABLE\s+(?:/\*.*?\*/\s*)?(" + IDENT + r"(?:\." + IDENT + r")?)", stmt, re.I)
        ctype = re.search(r"CREATE\s+(?:/\*.*?\*/\s*)?TYPE\s+(?:/\*.*?\*/\s*)?(" + IDENT + r"(?:\." + IDENT + r")?)", stmt, re.I)
        index = re.search(r"CREATE\s+(?:UNIQUE\s+)?INDEX\s+(" + IDENT + r")(?:\s*/\*.*?\*/)?\s+ON\s+(?:ONLY\s+)?(" + IDENT + r"(?:\." + IDENT + r")?)", stmt, re.I)
        head_end = stmt.find("(")
        first_label = stmt.find("'")
        for m in HINT.finditer(stmt):
            old, line = m.group(1), stmt[stmt.rfind("\n", 0, m.start()) + 1: m.start()]
            if index:
                schema, _ = split_qualified(index.group(2))
                rules.append("rename index %s%s to %s;" % (schema, old, index.group(1)))
            elif table and (m.start() < head_end or "CREATE" in line.upper()):
                schema, name = split_qualified(table.group(1))
                rules.append("rename table %s%s to %s;" % (schema, old, name))
            elif table:
                tschema, tname = split_qualified(table.group(1))
                con = re.match(r"\s*CONSTRAINT\s+(" + IDENT + ")", line, re.I)
                col = re.match(r"\s*(" + IDENT + ")", line)
                if con:
                    rules.append("rename constraint %s%s.%s to %s;" % (tschema, tname, old, con.group(1)))
                elif col:
                    rules.append("rename column %s%s.%s to %s;" % (tschema, tname, old, col.group(1)))
            elif ctype:
                schema, name = split_qualified(ctype.group(1))
                label = re.findall(r"'((?:[^']|'')*)'", line)
                if label and m.start() > first_label >= 0:
                    rules.append("rename enum value %s%s.'%s' to '%s';" % (schema, name, old.strip('"'), label[-1]))
                else:
                    rules.append("rename type %s%s to %s;" % (schema, old, name))
    return rules


OBJECTS_SQL = ("SELECT 't' || c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgdrift', 'pgdrift_backup') "
               "AND n.nspname NOT LIKE 'pg\\_%' UNION ALL "
               "SELECT 'c' || a.attrelid || '.' || a.attnum, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped "
               "AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgdrift', 'pgdrift_backup') AND n.nspname NOT LIKE 'pg\\_%'")


def objects(c, db):
    """Tables and columns of db: identity ("t<oid>", "c<attrelid>.<attnum>") -> name."""
    rows = run(["psql", "-X", "-qAt", "-F", "\t", "-d", db, "-c", OBJECTS_SQL]).stdout.splitlines()
    return dict(r.split("\t", 1) for r in rows if "\t" in r)


def renamed_sources(rules):
    """The old names of the tables and columns the rules rename, as the server stores them."""
    out = set()
    for r in rules:
        m = re.match(r"rename (?:table|column) (\S+) to ", r)
        if m:
            last = re.findall(IDENT, m.group(1))[-1]
            out.add(last[1:-1].replace('""', '"') if last.startswith('"') else last.lower())
    return out


def support_files(case):
    suite = os.path.dirname(case)
    return sorted(os.path.join(suite, f) for f in os.listdir(suite) if f.startswith("_") and f.endswith(".sql"))


def evaluate(c, drops, renames=False):
    a, b = os.path.join(c.path, "a.sql"), os.path.join(c.path, "b.sql")
    policy = []
    if renames:
        rules = rename_rules(open(b).read())
        policy = ["--policy", c.file("renames.pgdrift")]
        with open(policy[1], "w") as f:
            f.write("".join(r + "\n" for r in rules))
    if min_version(c.options) > SERVER_MAJOR:
        return "skipped", ["needs PostgreSQL %s" % c.options["min_version"]]
    desired = b
    if c.user_mode:
        desired = c.file("desired.sql")
        with open(desired, "w") as f, open(b) as src:
            f.write("CREATE SCHEMA IF NOT EXISTS foo;\nSET search_path TO foo, public;\n" + src.read())
    db_a, db_b = c.db("a"), c.db("b")
    if not db_a or c.psql(db_a, a).returncode != 0:
        return "skipped", ["a.sql does not load"]
    if not db_b or c.psql(db_b, b).returncode != 0:
        return "skipped", ["b.sql does not load"]
    dump_b = run([PGDRIFT, "dump", desired])
    if dump_b.returncode != 0:
        return "pgdrift error", dump_b.stderr.strip().splitlines()[:1]
    want, before = c.snapshot(db_b), c.snapshot(db_a)
    actual = c.file("actual.sql")
    with open(actual, "w") as f:
        f.write(run(["pg_dump", "-s", db_a]).stdout)
    r_sql, rb_sql = c.file("r.sql"), c.file("rb.sql")
    args = [PGDRIFT, "reconcile", "--desired", desired, "--actual", actual, "--with-privileges", "--with-owners", "-o", r_sql, "--rollback", rb_sql] + policy
    kept = objects(c, db_a) if renames else {}
    for k in drops:
        args += ["--allow-drop", k]
    gen = run(args)
    if gen.returncode != 0:
        return "pgdrift error", gen.stderr.strip().splitlines()[:1]
    first = c.psql(db_a, r_sql)
    if first.returncode != 0:
        return "apply error", first_error(first.stderr)
    after = c.snapshot(db_a)
    if after != want:
        return "not converged", catalog_diff(want, after)
    # Gone under every name: data lost when it was one the rules rename (the other drops are the
    # --allow-drop of objects b.sql no longer has).
    now = objects(c, db_a)
    lost = sorted(kept[k] for k in kept if k not in now and kept[k] in renamed_sources(rules)) if renames else []
    if lost:
        return "data lost", lost[:3]
    second = c.psql(db_a, r_sql)
    if second.returncode != 0:
        return "not idempotent", first_error(second.stderr)
    if actions(second.stderr) or c.snapshot(db_a) != after:
        return "not idempotent", actions(second.stderr)[:2] or catalog_diff(after, c.snapshot(db_a))
    db_e = c.db("e")
    empty = c.psql(db_e, r_sql)
    if empty.returncode != 0:
        return "from-empty error", first_error(empty.stderr)
    got = c.snapshot(db_e)
    if got != want:
        return "from-empty not converged", catalog_diff(want, got)
    back = c.psql(db_a, rb_sql)
    note = []
    if back.returncode != 0:
        note = ["rollback error: " + " ".join(first_error(back.stderr))]
    elif c.snapshot(db_a) != before:
        note = ["rollback differs: " + " ".join(catalog_diff(before, c.snapshot(db_a), 2))]
    return "converged", note


def evaluate_safely(path, idx, tmp, drops, renames=False):
    c = Case(path, idx, tmp)
    try:
        return c.name, *evaluate(c, drops, renames)
    except Exception as e:  # a crash of one case is a result, not the end of the run
        return c.name, "crash", [repr(e)]
    finally:
        c.cleanup()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--case", action="append", default=[])
    ap.add_argument("--no-drop", action="store_true", help="no --allow-drop (extras are left alone)")
    ap.add_argument("--renames", action="store_true", help="only cases with @renamed hints, written as rename rules; no data lost")
    ap.add_argument("--log", default=os.path.join(ROOT, "build/eval-reconcile.log"))
    ap.add_argument("--db-prefix", default="evr", help="names of the databases it creates (runs side by side need their own)")
    args = ap.parse_args()
    global DB_PREFIX
    DB_PREFIX = args.db_prefix
    if not os.environ.get("PGHOST"):
        sys.exit("eval-reconcile: set PGHOST/PGPORT (tools/pg-sandbox.sh start DIR)")
    cases = []
    for d in args.dirs:
        for f in support_files(os.path.join(d, "x")):
            run(["psql", "-X", "-q", "-d", "postgres", "-f", f])
        cases += sorted(os.path.join(d, c) for c in os.listdir(d)
                        if os.path.isfile(os.path.join(d, c, "a.sql")) and os.path.isfile(os.path.join(d, c, "b.sql")))
    run(["psql", "-X", "-q", "-d", "postgres", "-c", "CREATE ROLE schemainspect_test_role"])
    if args.case:
        cases = [c for c in cases if os.path.basename(c) in args.case]
    if args.renames:
        cases = [c for c in cases if "@renamed" in open(os.path.join(c, "b.sql")).read()]
    if args.limit:
        cases = cases[: args.limit]
    drops = [] if args.no_drop else drop_kinds()
    counts, rollback_notes = {}, 0
    with tempfile.TemporaryDirectory() as tmp, open(args.log, "w") as log, \
            concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for name, outcome, detail in pool.map(lambda ic: evaluate_safely(ic[1], ic[0], tmp, drops, args.renames), enumerate(cases)):
            counts[outcome] = counts.get(outcome, 0) + 1
            rollback_notes += outcome == "converged" and bool(detail)
            log.write("%s\t%s\t%s\n" % (outcome, name, " | ".join(detail)))
            log.flush()
    print("%d cases" % len(cases))
    for k in sorted(counts):
        print("  %-26s %d" % (k, counts[k]))
    print("  (converged cases whose rollback did not restore the catalog: %d)" % rollback_notes)
    print("(per-case results in %s)" % args.log)


if __name__ == "__main__":
    main()
