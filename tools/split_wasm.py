#!/usr/bin/env python3
"""Split the app's module in two: what the first screen runs, and the rest.

Usage: split_wasm.py ORIG.wasm SYMBOLS FIRST_SCREEN.txt PRIMARY.wasm DEFERRED.wasm

ORIG.wasm is the module as linked with -sSPLIT_MODULE (emcc keeps it as
app.wasm.orig), SYMBOLS the link's symbol map (--emit-symbol-map), and
FIRST_SCREEN.txt the functions to keep in the primary module, one per line:
the first 16 hex digits of the SHA-256 of the name the symbol map gives it
(without a trailing ".<number>", which changes from build to build), then,
for the reader, a short form of the name (web/first_screen_functions.txt,
written by tools/split_profile.mjs from runs of the first screen; C++ names
in full would make it ~0.5 MB). Binaryen's
wasm-split moves every other function into DEFERRED.wasm and leaves a
placeholder in its place; web/shell/boot.js loads the deferred part after the
first screen, or there and then if a placeholder is called first.

A name that is no longer in the module is left out (the list was written
from an older build: tests/e2e/split.test.mjs sees it when the first screen
then calls a placeholder).
"""
import hashlib
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wasm_parts import read_module  # noqa: E402

# The features emcc's output uses; wasm-split refuses mutable globals without it.
FEATURES = ["--enable-mutable-globals", "--enable-sign-ext"]


def symbol_names(path):
    """Function index (imports first, as the symbol map counts) -> name."""
    names = {}
    for line in open(path, encoding="utf-8"):
        index, _, name = line.rstrip("\n").partition(":")
        if index.isdigit():
            names[int(index)] = name
    return names


# The number the linker appends to tell static functions of one name apart
# ("strtox.5129"): it changes with unrelated code, so a name is kept without it.
LOCAL_SUFFIX = re.compile(r"(\.\d+)+$")


def name_key(name):
    return hashlib.sha256(LOCAL_SUFFIX.sub("", name).encode("utf-8")).hexdigest()[:16]


def kept_keys(path):
    with open(path, encoding="utf-8") as f:
        return {line.split()[0] for line in f if line.strip() and not line.startswith("#")}


def main():
    if len(sys.argv) != 6:
        raise SystemExit(__doc__.split("\n\n")[1])
    orig, symbols, first_screen, primary, deferred = sys.argv[1:6]
    _, imports, bodies, _, _ = read_module(orig)
    names = symbol_names(symbols)
    keep = kept_keys(first_screen)
    # wasm-split names the functions of a module without a name section by
    # their index among the defined functions.
    indices = [str(i) for i in range(len(bodies)) if name_key(names.get(imports + i, "")) in keep]
    found = {name_key(names[imports + int(i)]) for i in indices}
    missing = len(keep - found)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(indices) + "\n")
        listing = f.name
    try:
        subprocess.run(["wasm-split", orig, *FEATURES, f"--keep-funcs=@{listing}", "--export-prefix=%",
                        "-o1", primary, "-o2", deferred], check=True)
    finally:
        os.remove(listing)
    print(f"split_wasm: {len(indices)} of {len(bodies)} functions in the primary module"
          + (f"; {missing} listed names are not in this module (the other build's, or an older build's)"
             if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
