#!/usr/bin/env python3
"""Expected diagnostics written inside a golden case's inputs, in Clang's -verify style.

  create table t (id int) with (autovacuum_enabled = off);  -- expected-warning {{W101}}
  -- expected-warning@+1 {{W200}}
  create policy p on storage.objects using (true);

`expected-warning` / `expected-error`, optionally `@+N` / `@-N` (the line N below / above), then
the diagnostic code in {{...}}. When a case's inputs hold at least one annotation, the located
warnings and errors pgdrift printed (`file:line:col: warning: ... [CODE]`) must be exactly the
annotated ones: each annotation matched once, each diagnostic annotated.

usage: expected_diags.py STDERR INPUT...   (INPUT: a file or a migration folder)
exit 0: no annotation, or all matched; 1: a mismatch (listed); prints nothing when none is used.
"""
import os
import re
import sys

ANNOTATION = re.compile(r"--\s*expected-(warning|error)(?:@([+-]\d+))?\s*\{\{([A-Z]\d+)\}\}")
DIAGNOSTIC = re.compile(r"^(.+?):(\d+):\d+: (warning|error): .* \[([A-Z]\d+)\]$")


def inputs(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in sorted(os.walk(p)):
                for f in sorted(files):
                    if f.endswith(".sql"):
                        yield os.path.join(root, f)
        elif os.path.isfile(p):
            yield p


def expected(paths):
    out = []
    for path in inputs(paths):
        with open(path, encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                for m in ANNOTATION.finditer(line):
                    out.append((os.path.realpath(path), n + int(m.group(2) or 0), m.group(1), m.group(3)))
    return out


def main():
    want = expected(sys.argv[2:])
    if not want:
        return 0
    got = []
    with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
        for line in f:
            m = DIAGNOSTIC.match(line.rstrip("\n"))
            if m:
                got.append((os.path.realpath(m.group(1)), int(m.group(2)), m.group(3), m.group(4)))
    missing = [w for w in want if w not in got]
    unexpected = [g for g in got if g not in want]
    for path, line, sev, code in missing:
        print(f"  expected {sev} {code} at {os.path.relpath(path)}:{line} was not reported")
    for path, line, sev, code in unexpected:
        print(f"  {sev} {code} at {os.path.relpath(path)}:{line} is not annotated")
    return 1 if missing or unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
