"""Sizes as people read them, one way everywhere (command line and window alike)."""

from __future__ import annotations


def human_size(count: int) -> str:
    """``count`` bytes in the largest decimal unit that keeps it at least 1: ``"512 bytes"``,
    ``"3.4 MB"`` (kB, MB, GB, TB as file managers show them)."""
    if count < 1000:
        return f"{count} byte" if count == 1 else f"{count} bytes"
    size = float(count)
    for unit in ("kB", "MB", "GB"):
        size /= 1000
        if size < 999.95:
            return f"{size:.1f} {unit}"
    return f"{size / 1000:.1f} TB"
