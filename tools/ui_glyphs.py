#!/usr/bin/env python3
"""Every character of the UI's source files must be in the first atlas.

The app rasterises PW_FIRST_SCREEN_UNICODES before the first screen and the
rest of its fonts a frame later (web/ui/fonts.cpp): a character of the UI's
own text outside that list would show as "?" until then. Names file, line and
character, as tools/bundle_content.py does for the content. Comments in C++
files are not read: they are never drawn.

Usage: ui_glyphs.py <PW_FONT_UNICODES> <PW_FIRST_SCREEN_UNICODES> <file>...
"""
import sys

from bundle_content import missing_glyphs, parse_unicodes


def without_comments(source: str) -> str:
    """C++ source with its comments blanked out (newlines kept, so lines still count)."""
    out, i, n = [], 0, len(source)
    while i < n:
        two = source[i:i + 2]
        if two == "//":
            end = source.find("\n", i)
            i = n if end < 0 else end
        elif two == "/*":
            end = source.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("\n" * source.count("\n", i, end))
            i = end
        elif source[i] in "\"'":
            quote, start = source[i], i
            i += 1
            while i < n and source[i] != quote and source[i] != "\n":
                i += 2 if source[i] == "\\" else 1
            i += 1
            out.append(source[start:i])
        else:
            out.append(source[i])
            i += 1
    return "".join(out)


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    fonts, first = parse_unicodes(sys.argv[1]), parse_unicodes(sys.argv[2])
    problems = []
    for path in sys.argv[3:]:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if path.endswith((".cpp", ".hpp")):
            text = without_comments(text)
        problems += missing_glyphs(path, text, fonts, first)
    print("\n".join(problems) if problems else f"{len(sys.argv) - 3} files: every character in the first atlas")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
