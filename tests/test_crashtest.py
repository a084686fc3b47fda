"""The crash test's own checks see damage and loss (the full run is ``make crashtest``).

One real child imports a JPEG and a PNG; the verdict is clean. Then an attachment is damaged and
the ledger claims a step the vault never saw: the checks must report both, or a clean crash-test
table would prove nothing.
"""

from __future__ import annotations

import random
from pathlib import Path

from crashtest import harness
from crashtest.scenarios import Intake


def test_the_checks_after_a_kill_see_damage_and_loss(tmp_path: Path) -> None:
    rng = random.Random(7)
    scenario = Intake(tmp_path / "intake", rng)
    scenario.work.mkdir()
    scenario.setup()
    _startup, _step, steps = harness.calibrate(scenario)
    assert steps == 2 and len(scenario.media) == 2
    clean = scenario.check()
    assert clean.ok, clean.problems + clean.lost

    item_id = next(iter(scenario.media))
    blobs = sorted((scenario.vault / "blobs").rglob("*"))
    victim = next(p for p in blobs if p.is_file())
    victim.write_bytes(victim.read_bytes()[:-1])  # one byte short: an attachment is damaged
    scenario.media["m-notthere00"] = "0" * 64  # the ledger holds a step the vault never saw
    broken = scenario.check()
    assert broken.opened and not broken.check_passed
    assert broken.lost == ["media m-notthere00"]
    assert item_id not in " ".join(broken.lost)
