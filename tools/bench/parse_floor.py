#!/usr/bin/env python3
"""The parse floor: seconds libpg_query takes to parse SQL files into its protobuf tree, one file
after the other on one core, with nothing else done (no lowering or replay): the yardstick of the
speed goals (issues 8, 12). Two ways, both printed:
  whole files      one call per file, as the goals were first measured;
  statement by     one call per statement (boundaries from libpg_query's own scanner, found
  statement        before the clock starts), as pgdrift parses. On large files this is the
                   lower one, about 2.5x lower on a 15 MB dump (libpg_query's memory for one
                   huge tree and one huge packed buffer): it is the floor no tool built on
                   libpg_query goes below.

usage: tools/bench/parse_floor.py FILE...
prints "parse floor: S s (N bytes); statement by statement: T s (K statements)", best of 3 each
"""
import ctypes
import ctypes.util
import sys
import time


class Protobuf(ctypes.Structure):
    _fields_ = [("len", ctypes.c_size_t), ("data", ctypes.c_void_p)]


class ParseResult(ctypes.Structure):
    _fields_ = [("parse_tree", Protobuf), ("stderr_buffer", ctypes.c_char_p), ("error", ctypes.c_void_p)]


class SplitStmt(ctypes.Structure):
    _fields_ = [("stmt_location", ctypes.c_int), ("stmt_len", ctypes.c_int)]


class SplitResult(ctypes.Structure):
    _fields_ = [("stmts", ctypes.POINTER(ctypes.POINTER(SplitStmt))), ("n_stmts", ctypes.c_int),
                ("stderr_buffer", ctypes.c_char_p), ("error", ctypes.c_void_p)]


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
        lib.pg_query_split_with_scanner.restype = SplitResult
        lib.pg_query_split_with_scanner.argtypes = [ctypes.c_char_p]
        lib.pg_query_free_split_result.argtypes = [SplitResult]
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


def statements(lib, text):
    """The statements of one file as libpg_query's scanner splits them (byte offsets)."""
    result = lib.pg_query_split_with_scanner(text)
    if result.error:
        sys.exit("parse_floor: a file does not split")
    out = [text[s.stmt_location:s.stmt_location + s.stmt_len]
           for s in (result.stmts[i].contents for i in range(result.n_stmts))]
    lib.pg_query_free_split_result(result)
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    lib = load_library()
    # psql meta-commands (pg_dump's \restrict line) are not SQL: left out, as pgdrift does.
    texts = [b"".join(line for line in open(path, "rb") if not line.startswith(b"\\")) for path in sys.argv[1:]]
    best = min(parse_once(lib, texts) for _ in range(3))
    stmts = [s for text in texts for s in statements(lib, text)]
    by_statement = min(parse_once(lib, stmts) for _ in range(3))
    print(f"parse floor: {best:.2f} s ({sum(len(t) for t in texts)} bytes); "
          f"statement by statement: {by_statement:.3f} s ({len(stmts)} statements)")


if __name__ == "__main__":
    main()
