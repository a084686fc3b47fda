"""A realistic case travels field → bundle → centre and arrives record by record, field by field.

150 small photos with camera, time, place and owner EXIF exported under ``keep`` (a
``media.json`` several times over 64 KiB), 12 testimonies with statements from 1 kB up to 1 MB
(over 2 MB in all), two items with a few hundred custody events each. Every case, incident,
person, testimony, media item (its bytes too) and custody event is compared at the centre with
what the field holds. ``python -m bench.scale_roundtrip`` runs the same code at scale (``--quick``:
200 photos and 60 testimonies).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bench.scale_roundtrip import QUICK, run

#: Smaller than the quick run, still over every size asserted below (media.json about 235 kB,
#: testimonies.json about 3.7 MB).
SMALL = replace(QUICK, photos=150, testimonies=12)


@pytest.mark.slow
def test_a_realistic_case_arrives_whole(tmp_path: Path) -> None:
    figures = run(tmp_path, SMALL)
    assert figures.compared == {
        "cases": 1,
        "incidents": 5,
        "persons": SMALL.testimonies,
        "testimonies": SMALL.testimonies,
        "media": SMALL.photos,
        "custody events": figures.compared["custody events"],
    }
    # Each photo's chain has its intake event; two carry hundreds more; testimonies one each.
    assert figures.compared["custody events"] >= SMALL.photos + SMALL.testimonies + 2 * 300
    assert figures.sizes["media.json"] > 3 * 64 * 1024
    assert figures.sizes["testimonies.json"] > 2 * 1_000_000
    assert figures.sizes["longest custody chain (events)"] > 300
