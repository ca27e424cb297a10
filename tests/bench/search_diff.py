#!/usr/bin/env python3
"""Compares two dumps of tests/bench/search_dump: the same queries, hits,
order, highlighted words, snippets and rows; numbers equal to 1e-9 relative.
Usage: search_diff.py before.jsonl after.jsonl  (exit 1 and the first
differences when they differ)."""
import json
import sys

TOLERANCE = 1e-9


def same(a, b, where, problems):
    if isinstance(a, float) or isinstance(b, float):
        if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
            problems.append(f"{where}: {a!r} != {b!r}")
        elif abs(a - b) > TOLERANCE * max(abs(a), abs(b)):
            problems.append(f"{where}: {a!r} != {b!r}")
    elif isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            problems.append(f"{where}: keys {sorted(a)} != {sorted(b)}")
            return
        for k in a:
            same(a[k], b[k], f"{where}.{k}", problems)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            problems.append(f"{where}: {len(a)} items != {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{where}[{i}]", problems)
    elif a != b:
        problems.append(f"{where}: {a!r} != {b!r}")


def main():
    with open(sys.argv[1]) as f:
        before = [json.loads(line) for line in f]
    with open(sys.argv[2]) as f:
        after = [json.loads(line) for line in f]
    problems = []
    if len(before) != len(after):
        problems.append(f"{len(before)} queries != {len(after)}")
    for a, b in zip(before, after):
        same(a, b, repr(a["query"]), problems)
    for p in problems[:20]:
        print(p)
    print(f"{len(before)} queries, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
