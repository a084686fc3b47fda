"""One way to show sizes, for the command line and the window."""

from __future__ import annotations

import pytest

from humdoc.core.sizes import human_size


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (999, "999 bytes"),
        (1000, "1.0 kB"),
        (1536, "1.5 kB"),
        (999_949, "999.9 kB"),
        (999_950, "1.0 MB"),
        (3_400_000, "3.4 MB"),
        (2 * 1024**3, "2.1 GB"),
        (5 * 10**12, "5.0 TB"),
    ],
)
def test_human_size(count: int, shown: str) -> None:
    assert human_size(count) == shown
