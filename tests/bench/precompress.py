#!/usr/bin/env python3
"""Gives every text and wasm file in a site copy its .gz and .br variants (the
way tools/pack_web.py does for the build), where they are missing.
Usage: precompress.py <site-dir>
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from pack_web import compress  # noqa: E402

KINDS = (".html", ".js", ".wasm", ".css", ".json", ".pack", ".svg", ".ttf")


def main():
    site = sys.argv[1]
    for folder, _, names in os.walk(site):
        for name in names:
            path = os.path.join(folder, name)
            if name.endswith(KINDS) and not os.path.exists(path + ".br"):
                compress(folder, name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
