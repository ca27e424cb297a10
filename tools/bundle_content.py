#!/usr/bin/env python3
"""Bundle content/ into one JSON file for the browser.

Every file's JSON goes in as it is written, so the app parses each file once
(with the bundle), and the byte offsets of each file in the bundle give its
exact text back: the app's loader reports problems with the same file names
and line numbers as the CLI does. The format is read by read_bundle in
core/src/content_bundle.cpp:

  {"files":[{"path":"sources.json","doc":<text of sources.json>},...],
   "offsets":[[first byte, end byte] of each file's text,...],
   "version":{"version":"1.0","date":"2026-11-30"}}   (from manifest.json)

With --glyphs (PW_FONT_UNICODES of CMakeLists.txt), every character of the
content must be in the app's fonts: a character outside them would show as "?"
in the app, so the build stops and names the file, line and character. With
--first-glyphs (PW_FIRST_SCREEN_UNICODES) it must also be in the first atlas,
which is built before the first screen with those characters alone.

Usage: bundle_content.py <content-dir> <output.json> [--glyphs U+0020-007E,U+00E9,...]
                         [--first-glyphs U+0020-007E,...]
"""
import argparse
import json
import os
import sys


def parse_unicodes(spec: str) -> list[tuple[int, int]]:
    ranges = []
    for part in spec.split(","):
        first, _, last = part.strip().removeprefix("U+").partition("-")
        ranges.append((int(first, 16), int(last.removeprefix("U+") or first, 16)))
    return ranges


def missing_glyphs(name: str, text: str, ranges: list[tuple[int, int]],
                   first: list[tuple[int, int]] | None = None) -> list[str]:
    """Each character of `text` outside `ranges` (the fonts) or `first` (the first atlas)."""
    def has(code: int, within: list[tuple[int, int]]) -> bool:
        return any(lo <= code <= hi for lo, hi in within)

    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        for ch in line:
            code = ord(ch)
            if code < 0x20 or (has(code, ranges) and (first is None or has(code, first))):
                continue
            where = f"{name}:{number}: fout: teken '{ch}' (U+{code:04X}) "
            if not has(code, ranges):
                problems.append(
                    where + "staat niet in de lettertypen van de app en zou als '?' verschijnen; "
                    "voeg het toe aan PW_FONT_UNICODES in CMakeLists.txt of schrijf het anders.")
            else:
                problems.append(
                    where + "staat niet in de eerste tekenset en zou op het eerste scherm als '?' "
                    "verschijnen; voeg het toe aan PW_FIRST_SCREEN_UNICODES in CMakeLists.txt.")
    return problems


def reject_constant(name: str):
    raise ValueError(f"{name} is geen JSON")


def not_an_object(name: str, text: str) -> str | None:
    """Why the text cannot go into the bundle, or None."""
    try:
        value = json.loads(text, parse_constant=reject_constant)
    except json.JSONDecodeError as e:
        return f"{name}:{e.lineno}: fout: geen geldige JSON ({e.msg}, kolom {e.colno})."
    except ValueError as e:
        return f"{name}: fout: {e}."
    if not isinstance(value, dict):
        return f"{name}:1: fout: het bestand is geen JSON-object."
    return None


def bundle(files: list[tuple[str, str]], version: dict[str, str]) -> str:
    out, offsets, size = [], [], 0

    def put(part: str) -> None:
        nonlocal size
        out.append(part)
        size += len(part.encode("utf-8"))

    put('{"files":[')
    for i, (name, text) in enumerate(files):
        put(("," if i else "") + '{"path":' + json.dumps(name, ensure_ascii=False) + ',"doc":')
        first = size
        put(text)
        offsets.append([first, size])
        put("}")
    put('],"offsets":' + json.dumps(offsets, separators=(",", ":")))
    put(',"version":' + json.dumps(version, ensure_ascii=False, separators=(",", ":")) + "}")
    return "".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content_dir")
    parser.add_argument("output")
    parser.add_argument("--glyphs", help="the characters the app's fonts have, as U+ ranges")
    parser.add_argument("--first-glyphs", help="those of the first atlas, as U+ ranges")
    args = parser.parse_args()
    ranges = parse_unicodes(args.glyphs) if args.glyphs else None
    first = parse_unicodes(args.first_glyphs) if args.first_glyphs else None

    with open(os.path.join(args.content_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    files, problems = [], []
    for name in manifest["files"]:
        with open(os.path.join(args.content_dir, name), encoding="utf-8") as f:
            text = f.read()
        if ranges:
            problems += missing_glyphs(name, text, ranges, first)
        if (why := not_an_object(name, text)) is not None:
            problems.append(why)
        files.append((name, text))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    os.makedirs(os.path.dirname(args.output) or ".", exist_ok=True)
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(bundle(files, {"version": manifest.get("version", ""), "date": manifest.get("date", "")}))
    os.replace(tmp, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
