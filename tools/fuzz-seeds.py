#!/usr/bin/env python3
"""Writes the seed corpus of each libFuzzer target (tests/fuzz) from the repository's own inputs.

usage: tools/fuzz-seeds.py OUT_DIR     -> OUT_DIR/<target>/<n> for split order replay do expr policy

  split, replay  every SQL file under testdata/ (up to 64 KB)
  do             the bodies of the DO blocks in those files
  expr           CHECK (...), USING (...), WITH CHECK (...) and WHERE (...) bodies in those files
  policy         every policy file (testdata/**/*.pgdrift, .pgdrift, share/profiles)
  order          the file names of every migration folder under testdata/, one per line
                 ('+' first when the file has a dbmate "-- migrate:up" section)
"""
import hashlib
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX = 64 * 1024
DO_RE = re.compile(r"\bDO\s+(\$[A-Za-z_0-9]*\$)(.*?)\1", re.S | re.I)
CLAUSE_RE = re.compile(r"\b(CHECK|USING|WHERE)\s*\(", re.I)


def balanced(text, start):
    """The text inside the parenthesis opened just before `start`, or None."""
    depth = 1
    for i in range(start, min(len(text), start + 4000)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start:i]
    return None


def write(out, target, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    blob = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    (folder / hashlib.sha1(blob).hexdigest()[:16]).write_bytes(blob)


def main():
    out = Path(sys.argv[1])
    sql_files = sorted(p for p in (ROOT / "testdata").rglob("*.sql") if p.stat().st_size <= MAX)
    for p in sql_files:
        text = p.read_text(errors="surrogateescape")
        write(out, "split", text)
        write(out, "replay", text)
        for m in DO_RE.finditer(text):
            write(out, "do", m.group(2))
        for m in CLAUSE_RE.finditer(text):
            body = balanced(text, m.end())
            if body and body.strip():
                write(out, "expr", body)
    policies = list((ROOT / "testdata").rglob("*.pgdrift")) + list((ROOT / "testdata").rglob(".pgdrift"))
    policies += list((ROOT / "share" / "profiles").glob("*.pgdrift"))
    for p in sorted(policies):
        write(out, "policy", p.read_bytes())
    folders = sorted({p.parent for p in sql_files})
    for d in folders:
        names = []
        for f in sorted(d.iterdir()):
            if f.is_file() and f.suffix == ".sql":
                up = "-- migrate:up" in f.read_text(errors="replace")
                names.append(("+" if up else "") + f.name)
        if len(names) > 1:
            write(out, "order", "\n".join(names) + "\n")
    for target in ("split", "order", "replay", "do", "expr", "policy"):
        (out / target).mkdir(parents=True, exist_ok=True)
        print(f"{target}: {len(os.listdir(out / target))} seeds")


if __name__ == "__main__":
    main()
