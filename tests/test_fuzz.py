"""The fuzz targets and their seed corpora (``make fuzz``, fuzz/README.md).

Every committed seed, the ``regress-*`` inputs that once broke a parser included, is replayed
through its target in-process: each parser must keep its contract on it (return, or raise only
the documented ``HumdocError`` subclasses). The targets' own checks are attacked too: they must
flag what a broken parser would do. One short real atheris run proves ``make fuzz`` works.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fuzz import targets
from fuzz.targets import TARGETS, ContractBroken
from humdoc.core.media import jpeg, policy

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"


def _seeds() -> list[tuple[str, Path]]:
    return [(p.parent.name, p) for p in sorted(CORPUS.glob("*/*")) if p.is_file()]


def test_every_target_has_seeds_and_every_seed_a_target() -> None:
    folders = {p.name for p in CORPUS.iterdir() if p.is_dir()}
    assert folders == set(TARGETS)
    for name, target in TARGETS.items():
        assert any((CORPUS / name).iterdir()), f"fuzz/corpus/{name} is empty"
        if target.dictionary:
            assert (ROOT / "fuzz" / "dicts" / target.dictionary).is_file()
    total = sum(p.stat().st_size for _, p in _seeds())
    assert total < 512 * 1024, f"the seed corpus grew to {total} bytes"


@pytest.mark.parametrize(("target", "seed"), _seeds(), ids=lambda v: getattr(v, "name", v))
def test_seed_keeps_its_parsers_contract(target: str, seed: Path) -> None:
    TARGETS[target].run(seed.read_bytes())


def test_seeds_reach_past_the_first_check() -> None:
    """Seeds that every parser refused at once would teach the fuzzer nothing."""
    bundle = (CORPUS / "tar" / "bundle.tar").read_bytes()
    assert bundle.startswith(b"b-") and b"ustar\x0000" in bundle[:512]
    assert targets.records.decode("cases", (CORPUS / "records" / "cases").read_bytes()[1:])
    custody = (CORPUS / "custody").iterdir()
    for path in custody:
        item, _, log = path.read_bytes().partition(b"\n")
        events = targets.records.decode_custody(item.decode(), log)
        chain = [targets.CustodyEvent.from_json(e) for e in events]
        assert targets.verify_chain(item.decode(), chain, targets._device_key) == []
    signature = (CORPUS / "minisign" / "signature").read_text()
    assert targets.verify(targets.FUZZ_PUB, targets.SIGNED, signature)


def test_a_parser_raising_an_undocumented_error_is_a_finding() -> None:
    with pytest.raises(KeyError):
        targets.expect((ValueError,), {}.__getitem__, "missing")
    assert targets.expect((KeyError,), {}.__getitem__, "missing") is None


def test_a_stripped_jpeg_that_kept_its_exif_is_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    """The jpeg target must catch a stripper that lets EXIF through, not only crashes."""
    seed = (CORPUS / "jpeg" / "made-2.jpeg").read_bytes()
    assert jpeg.exif_block(seed)
    TARGETS["jpeg"].run(seed)
    broken = (lambda data, exif, strip_icc: (data, ()), jpeg.exif_block)
    monkeypatch.setitem(policy._IN_PLACE, "jpeg", broken)
    with pytest.raises(ContractBroken, match="still holds EXIF"):
        targets._in_place(targets.JPEG, jpeg.parse, jpeg.exif_block)(seed)


def test_make_fuzz_runs_a_target_and_reports_cases_and_findings(tmp_path: Path) -> None:
    env = {**os.environ, "FUZZ_SECONDS": "2"}
    proc = subprocess.run(
        [sys.executable, "-m", "fuzz", "--work", str(tmp_path), "age"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("age "))
    cases = int(line.split()[1].replace(",", ""))
    assert cases > 100 and line.endswith("findings 0"), line
    assert any((tmp_path / "age" / "corpus").iterdir()), "nothing learnt was kept for the next run"
