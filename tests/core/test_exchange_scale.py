"""A realistic case travels field → bundle → centre and arrives record by record, field by field.

200 small photos with camera, time, place and owner EXIF exported under ``keep`` (a
``media.json`` several times over 64 KiB), 60 testimonies with statements from 1 kB up to 1 MB,
two items with a few hundred custody events each. Every case, incident, person, testimony,
media item (its bytes too) and custody event is compared at the centre with what the field
holds. The full-scale run of the same code is ``python -m bench.scale_roundtrip``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.scale_roundtrip import QUICK, run


@pytest.mark.slow
def test_a_realistic_case_arrives_whole(tmp_path: Path) -> None:
    figures = run(tmp_path, QUICK)
    assert figures.compared == {
        "cases": 1,
        "incidents": 5,
        "persons": QUICK.testimonies,
        "testimonies": QUICK.testimonies,
        "media": QUICK.photos,
        "custody events": figures.compared["custody events"],
    }
    # Each photo's chain has its intake event; two carry hundreds more; testimonies one each.
    assert figures.compared["custody events"] >= QUICK.photos + QUICK.testimonies + 2 * 300
    assert figures.sizes["media.json"] > 3 * 64 * 1024
    assert figures.sizes["testimonies.json"] > 2 * 1_000_000
    assert figures.sizes["longest custody chain (events)"] > 300
