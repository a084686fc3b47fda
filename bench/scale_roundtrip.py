"""Field → bundle → centre at scale, every record compared field by field at the centre.

Run with ``python -m bench.scale_roundtrip`` (the full case: 2,000 photos, 500 testimonies with
statements up to 1 MB, long custody chains) or ``--quick``. A field vault is filled with
generated material, one case is exported under ``keep`` (so every photo's metadata travels and
``media.json`` is large), the centre receives the bundle, and every case, incident, person,
testimony, media item (its bytes too) and custody chain is compared with the field's. Prints the
counts compared, the sizes and the times, and writes them into docs/benchmarks.md.

``build`` and ``compare`` are also what ``tests/core/test_exchange_scale.py`` runs, smaller.
"""

from __future__ import annotations

import io
import math
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from bench.report import table, write_section
from humdoc.core.exchange import records
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams

PASSPHRASE = b"scale bench passphrase"
SAMPLE = (
    "the soldiers came at dawn and took my brother to the station near the market "
    "nobody told us where they went we waited three days at the gate "
    "شاهد رأى الجنود عند الفجر témoin a vu les soldats à l'aube testigo vio"
)
WORDS = SAMPLE.split()


@dataclass(frozen=True)
class Scale:
    """How much material to generate."""

    photos: int
    testimonies: int
    max_statement: int  # characters
    long_chains: int  # items with a long custody chain
    chain_events: int  # events added to each of them
    seed: int = 20261129


FULL = Scale(
    photos=2_000, testimonies=500, max_statement=1_000_000, long_chains=20, chain_events=500
)
QUICK = Scale(photos=200, testimonies=60, max_statement=1_000_000, long_chains=2, chain_events=300)


@dataclass
class Figures:
    """What a run measured (seconds, bytes and counts)."""

    times: dict[str, float] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    compared: dict[str, int] = field(default_factory=dict)


def photo(rng: random.Random, n: int) -> bytes:
    """A small JPEG with the EXIF a phone writes: camera, time, place, owner, description."""
    exif = Image.Exif()
    exif[0x010F] = rng.choice(["NIKON", "Canon", "samsung", "Apple"])  # Make
    exif[0x0110] = f"Model {rng.randrange(1, 99)}"
    exif[0x013B] = rng.choice(["", "Photographer", "Field team north"])  # Artist
    exif[0x0131] = f"Firmware 1.{n % 10}"
    exif[0x010E] = f"Picture {n}: " + " ".join(rng.choices(WORDS, k=8))
    exif[0x8825] = {
        1: "N",
        2: (float(rng.randrange(0, 80)), float(rng.randrange(60)), rng.randrange(6000) / 100),
        3: "E",
        4: (float(rng.randrange(0, 170)), float(rng.randrange(60)), rng.randrange(6000) / 100),
    }
    exif.get_ifd(0x8769)[0x9003] = f"2026:05:{1 + n % 28:02} {n % 24:02}:{n % 60:02}:00"
    colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    buffer = io.BytesIO()
    Image.new("RGB", (48 + n % 17, 32 + n % 11), colour).save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def statement_sizes(scale: Scale, rng: random.Random) -> list[int]:
    """Mostly short, some long: log-uniform from 1 kB, the first two at the maximum."""
    low, high = math.log(1_000), math.log(scale.max_statement)
    sizes = [int(math.exp(rng.uniform(low, high))) for _ in range(scale.testimonies)]
    return [scale.max_statement, scale.max_statement, *sizes[2:]][: scale.testimonies]


def statement(size: int, rng: random.Random) -> str:
    """About ``size`` characters of several languages, with line breaks, ending exactly there."""
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS) + ("\n" if rng.random() < 0.05 else " ")
        words.append(word)
        length += len(word)
    return "".join(words)[:size].rstrip() or "x"


def build(
    root: Path, scale: Scale, progress: Callable[[str], None] = lambda _s: None
) -> tuple[Session, Session, str]:
    """A field and a centre vault, enrolled with each other, and one case of generated material."""
    rng = random.Random(scale.seed)
    field_s = Session.create(root / "field", PASSPHRASE, "field", KdfParams.floor())
    centre = Session.create(root / "centre", PASSPHRASE, "centre", KdfParams.floor())
    field_s.recipients.add("Centre", centre.device_keys.age_recipient())
    centre.devices.enrol("Field laptop", field_s.device_keys.public_key().to_text())
    case = field_s.cases.create("Detentions at the market", "Generated case.\nSecond line.", "keep")
    incidents = [
        field_s.cases.add_incident(
            case.id,
            f"Incident {i}",
            f"What happened {i}",
            f"2026-05-{i + 1:02}",
            location=f"Street {i}",
        )
        for i in range(5)
    ]
    progress("testimonies")
    testimonies = []
    for n, size in enumerate(statement_sizes(scale, rng)):
        t = field_s.testimonies.add(
            case.id,
            f"W-{n:04}",
            statement(size, rng),
            language=rng.choice(["ar", "fr", "en", "es"]),
            interview_date=f"2026-06-{1 + n % 28:02}",
            interviewer="Field team north",
            consent="record,share-centre",
            incidents=[incidents[n % 5].id],
            violations=[rng.choice(["01.01", "11.01", "02.01"])],
            tags=rng.sample(["market", "night", "checkpoint", "detention", "injury"], 2),
        )
        testimonies.append(t.id)
    progress("photos")
    folder = root / "photos"
    folder.mkdir()
    paths = []
    for n in range(scale.photos):
        path = folder / f"IMG_{n:05}.jpg"
        path.write_bytes(photo(rng, n))
        paths.append(path)
    items: list[str] = []
    for start in range(0, len(paths), 100):
        report = field_s.media.import_files(
            case.id,
            paths[start : start + 100],
            "keep",
            testimonies[start // 100 % len(testimonies)],
        )
        assert not report.failed, report.failed[:1]
        items += [i.id for i in report.imported]
    progress("custody chains")
    for n in range(scale.long_chains):
        item = items[n * len(items) // scale.long_chains]
        sha = field_s.media.get(item).sha256
        with field_s.db.transaction():  # one commit for the lot: the chain is the same
            for k in range(scale.chain_events):
                field_s.custody.append(
                    item, "extracted", {"what": "original", "sha256": sha, "copy": k}
                )
    return field_s, centre, case.id


def _media_view(s: Session, item_id: str, centre: bool) -> dict[str, Any]:
    item = s.media.get(item_id)
    metadata = {k: v for k, v in item.metadata.items() if not k.startswith("_")}
    if centre:  # what the centre adds about the journey
        metadata.pop("received_under_policy")
        metadata.pop("removed_before_export")
    return {
        "id": item.id,
        "case_id": item.case_id,
        "testimony_id": item.testimony_id,
        "kind": item.kind,
        "mime": item.mime,
        "sha256": item.sha256,
        "sealed_sha256": item.sealed_sha256,
        "sealed_size": item.sealed_size,
        "imported_at": item.imported_at,
        "metadata": metadata,
    }


def compare(field_s: Session, centre: Session, case_id: str) -> dict[str, int]:
    """Compare every record of the case field by field; raise AssertionError on the first
    difference. Returns how many of each were compared."""
    counts = dict.fromkeys(
        ("cases", "incidents", "persons", "testimonies", "media", "custody events"), 0
    )
    sent, got = field_s.cases.get(case_id).to_json(), centre.cases.get(case_id).to_json()
    sent.pop("policy"), got.pop("policy")  # the case's policy is the field's own setting
    assert sent == got, ("case", sent, got)
    counts["cases"] = 1
    sent_i, got_i = field_s.cases.incidents(case_id), centre.cases.incidents(case_id)
    assert [i.to_json() for i in sent_i] == [i.to_json() for i in got_i]
    counts["incidents"] = len(got_i)
    sent_t = field_s.testimonies.list(case_id, limit=10**6)
    got_t = {t.id: t for t in centre.testimonies.list(case_id, limit=10**6)}
    assert len(sent_t) == len(got_t)
    chained: list[str] = []
    for t in sent_t:
        assert t.to_json() == got_t[t.id].to_json(), ("testimony", t.id)
        assert field_s.persons.get(t.witness_id) == centre.persons.get(t.witness_id)
        chained.append(t.id)
    counts["testimonies"] = len(sent_t)
    counts["persons"] = len({t.witness_id for t in sent_t})
    sent_m = field_s.media.list(case_id, limit=10**6)
    assert len(sent_m) == len(centre.media.list(case_id, limit=10**6))
    for item in sent_m:
        assert _media_view(field_s, item.id, False) == _media_view(centre, item.id, True), item.id
        assert field_s.media.read_original(item.id) == centre.media.read_original(item.id)
        chained.append(item.id)
    counts["media"] = len(sent_m)
    for item_id in chained:
        got_chain = centre.custody.chain(item_id)
        assert got_chain[-1].fields["action"] == "received"
        carried = got_chain[:-1]
        assert [e.to_json() for e in carried] == [
            e.to_json() for e in field_s.custody.chain(item_id)[: len(carried)]
        ], item_id
        counts["custody events"] += len(carried)
    return counts


def run(root: Path, scale: Scale, log: Callable[[str], None] = lambda _s: None) -> Figures:
    """Build, export, receive and compare; return the figures."""
    figures = Figures()
    started = time.perf_counter()
    field_s, centre, case_id = build(root, scale, log)
    try:
        figures.times["generate the field vault"] = time.perf_counter() - started
        out = root / "case.humdoc"
        log("export")
        started = time.perf_counter()
        result = field_s.exporter.export([case_id], ["Centre"], out, "keep")
        figures.times["export"] = time.perf_counter() - started
        figures.sizes["bundle"] = result.size
        log("receive")
        started = time.perf_counter()
        summary = centre.receiver().receive(out)
        figures.times["verify + receive"] = time.perf_counter() - started
        assert summary["testimonies"] == scale.testimonies and summary["media"] == scale.photos
        plan = field_s.exporter.plan([case_id], "keep")
        figures.sizes["testimonies.json"] = len(
            records.encode("testimonies", plan.rows["testimonies"])
        )
        figures.sizes["media.json"] = len(records.encode("media", [r for r, _ in plan.media]))
        longest = max(len(field_s.custody.chain(r["id"])) for r, _ in plan.media)
        figures.sizes["longest custody chain (events)"] = longest
        log("compare")
        started = time.perf_counter()
        figures.compared = compare(field_s, centre, case_id)
        figures.times["compare"] = time.perf_counter() - started
    finally:
        field_s.close()
        centre.close()
    return figures


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    scale = QUICK if "--quick" in args else FULL
    with tempfile.TemporaryDirectory() as tmp:
        figures = run(Path(tmp), scale, lambda step: print(f"… {step}", flush=True))
    rows = [[what, f"{n:,}"] for what, n in figures.compared.items()]
    rows += [[what, f"{s:.1f} s"] for what, s in figures.times.items()]
    rows += [
        [what, _mb(n) if "json" in what or what == "bundle" else f"{n:,}"]
        for what, n in figures.sizes.items()
    ]
    body = (
        f"## Scale round trip\n\nOne case of {scale.photos:,} photos (small JPEGs with camera, time, place and "
        f"owner EXIF, exported under `keep`) and {scale.testimonies:,} testimonies (statements log-uniform "
        f"from 1 kB to {scale.max_statement:,} characters, two at the maximum), {scale.long_chains} items with "
        f"{scale.chain_events} extra custody events each; exported, received by a centre vault, and every "
        "record, media file and custody event compared at the centre (all equal).\n\n"
        + table(["", "figure"], rows)
    )
    print(body)
    if scale is FULL:
        write_section("scale", body)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("HUMDOC_KDF", "floor")
    raise SystemExit(main())
