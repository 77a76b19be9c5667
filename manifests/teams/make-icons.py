#!/usr/bin/env python3
"""Writes the Teams app icons (Python standard library only): color.png, 192x192, a white alert mark on the
app's accent colour; outline.png, 32x32, the same mark in white on a transparent background, as Teams asks
(https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons).
Run it from this folder; the PNGs are committed, so the package needs no Python."""
import struct
import zlib

ACCENT = (0x7A, 0x1F, 0x1F, 0xFF)
WHITE = (0xFF, 0xFF, 0xFF, 0xFF)
CLEAR = (0, 0, 0, 0)


def mark(x, y, size):
    """Whether pixel (x, y) is on the mark: a ring with an exclamation point inside, scaled to size."""
    u, v = (x + 0.5) / size, (y + 0.5) / size
    d = ((u - 0.5) ** 2 + (v - 0.5) ** 2) ** 0.5
    ring = 0.36 <= d <= 0.46
    bar = abs(u - 0.5) <= 0.06 and 0.25 <= v <= 0.58
    dot = ((u - 0.5) ** 2 + (v - 0.71) ** 2) ** 0.5 <= 0.065
    return ring or bar or dot


def png(path, size, background):
    rows = b"".join(
        b"\x00" + b"".join(bytes(WHITE if mark(x, y, size) else background) for x in range(size))
        for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


png("color.png", 192, ACCENT)
png("outline.png", 32, CLEAR)
