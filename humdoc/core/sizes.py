"""Sizes as people read them, one way everywhere (command line and window alike)."""

from __future__ import annotations


def size_parts(count: int) -> tuple[float, str]:
    """``count`` bytes as a value and the largest decimal unit that keeps it at least 1:
    ``(512, "bytes")``, ``(3.4, "MB")`` (kB, MB, GB, TB as file managers show them; the value
    rounded to one decimal beyond bytes). The window formats the value in the user's locale."""
    if count < 1000:
        return float(count), "bytes"
    size = float(count)
    for unit in ("kB", "MB", "GB"):
        size /= 1000
        if round(size, 1) < 1000:
            return round(size, 1), unit
    return round(size / 1000, 1), "TB"


def human_size(count: int) -> str:
    """``count`` bytes in the largest decimal unit that keeps it at least 1: ``"512 bytes"``,
    ``"3.4 MB"`` (kB, MB, GB, TB as file managers show them)."""
    value, unit = size_parts(count)
    if unit == "bytes":
        return f"{count} byte" if count == 1 else f"{count} bytes"
    return f"{value:.1f} {unit}"
