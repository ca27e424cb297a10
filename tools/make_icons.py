#!/usr/bin/env python3
"""The app's install icons (web app manifest) as PNG, drawn from the same
shapes as web/shell/favicon.svg: a blue rounded square, three white lanes and
three yellow steps. Pure Python (zlib + struct), so a fresh machine needs no
SVG renderer; tools/pack_web.py calls icon_png() at build time.

Usage: make_icons.py <size> <out.png>   (for a look at one icon)
"""
import math
import struct
import sys
import zlib

# The favicon's shapes on its 32 x 32 grid (keep in step with favicon.svg).
BLUE = (0x15, 0x42, 0x73)
WHITE = (0xFF, 0xFF, 0xFF)
YELLOW = (0xF9, 0xC7, 0x4F)
LANES = [((8, 9), (24, 9)), ((8, 16), (24, 16)), ((8, 23), (24, 23))]
LANE_WIDTH = 2.5
STEPS = [(12, 9), (20, 16), (14, 23)]
STEP_RADIUS = 3
CORNER = 6


def box(x, y, cx, cy, hx, hy, corner=0.0):
    """Signed distance to a box (centre, half sizes) with rounded corners."""
    qx = abs(x - cx) - (hx - corner)
    qy = abs(y - cy) - (hy - corner)
    return math.hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - corner


def rounded_square(x, y):
    return box(x, y, 16, 16, 16, 16, CORNER)


def lane(x, y, a, b):
    """Signed distance to a horizontal stroke with butt ends."""
    (x0, y0), (x1, _) = a, b
    return box(x, y, (x0 + x1) / 2, y0, (x1 - x0) / 2, LANE_WIDTH / 2)


def over(base, colour, coverage):
    return tuple(b + (c - b) * coverage for b, c in zip(base, colour))


def icon_png(size):
    """The icon, `size` pixels square, as PNG bytes (RGBA, transparent corners)."""
    unit = size / 32.0
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        y = (py + 0.5) / unit
        for px in range(size):
            x = (px + 0.5) / unit
            # Anti-aliased by distance: a pixel half inside is half covered.
            cover = lambda d: min(1.0, max(0.0, 0.5 - d * unit))
            alpha = cover(rounded_square(x, y))
            colour = BLUE
            for a, b in LANES:
                colour = over(colour, WHITE, cover(lane(x, y, a, b)))
            for cx, cy in STEPS:
                colour = over(colour, YELLOW, cover(math.hypot(x - cx, y - cy) - STEP_RADIUS))
            row += bytes(round(c) for c in colour) + bytes([round(alpha * 255)])
        rows.append(bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    with open(sys.argv[2], "wb") as f:
        f.write(icon_png(int(sys.argv[1])))
