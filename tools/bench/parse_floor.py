#!/usr/bin/env python3
"""The parse floor: seconds libpg_query takes to parse SQL files into its protobuf tree, one file
after the other on one core, with nothing else done (no splitting, lowering or replay). It is what
no tool built on libpg_query can go below, and the yardstick of the speed goals (issues 8, 12).

usage: tools/bench/parse_floor.py FILE...   prints "parse floor: S s (N bytes)", the best of 3
"""
import ctypes
import ctypes.util
import sys
import time


class Protobuf(ctypes.Structure):
    _fields_ = [("len", ctypes.c_size_t), ("data", ctypes.c_void_p)]


class ParseResult(ctypes.Structure):
    _fields_ = [("parse_tree", Protobuf), ("stderr_buffer", ctypes.c_char_p), ("error", ctypes.c_void_p)]


def load_library():
    for name in ("libpg_query.so.1504.0", ctypes.util.find_library("pg_query"), "libpg_query.so"):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        lib.pg_query_parse_protobuf.restype = ParseResult
        lib.pg_query_parse_protobuf.argtypes = [ctypes.c_char_p]
        lib.pg_query_free_protobuf_parse_result.argtypes = [ParseResult]
        return lib
    sys.exit("parse_floor: libpg_query not found (apt install libpg-query-dev)")


def parse_once(lib, texts):
    start = time.perf_counter()
    for text in texts:
        result = lib.pg_query_parse_protobuf(text)
        failed = bool(result.error)
        lib.pg_query_free_protobuf_parse_result(result)
        if failed:
            sys.exit("parse_floor: a file does not parse as a whole")
    return time.perf_counter() - start


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    lib = load_library()
    # psql meta-commands (pg_dump's \restrict line) are not SQL: left out, as pgdrift does.
    texts = [b"".join(line for line in open(path, "rb") if not line.startswith(b"\\")) for path in sys.argv[1:]]
    best = min(parse_once(lib, texts) for _ in range(3))
    print(f"parse floor: {best:.2f} s ({sum(len(t) for t in texts)} bytes)")


if __name__ == "__main__":
    main()
