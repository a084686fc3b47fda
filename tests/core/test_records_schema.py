"""The centre checks every received record against its schema before it keeps anything.

Baseline records come from a real field vault's export plan; each test changes one field the
way a buggy or compromised device could, and the record file must be refused with a one-line
``BundleRejected("bad-records")``. End to end, such a bundle signed by the enrolled device's
own key is refused by ``receive`` with nothing imported, and the CLI says so in one line.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from humdoc.cli.app import main  # in-process: see tests/cli/helpers.py
from humdoc.core.custody import canonical
from humdoc.core.errors import BundleRejected
from humdoc.core.exchange import records
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE
from tests.core.bundle_tamper import resigned

GPS_PHOTO = "exif-samples/jpg/gps/DSCN0010.jpg"


@dataclass
class Field:
    field: Session
    centre: Session
    case_id: str
    rows: dict[str, list[dict[str, Any]]]
    tmp: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Iterator[Field]:
    tmp = tmp_path_factory.mktemp("schema")
    field = Session.create(tmp / "field", PASSPHRASE, "field", KdfParams.floor())
    centre = Session.create(tmp / "centre", PASSPHRASE, "centre", KdfParams.floor())
    field.recipients.add("Centre", centre.device_keys.age_recipient())
    centre.devices.enrol("Laptop", field.device_keys.public_key().to_text())
    case = field.cases.create("Market shelling", "Line one\nline two\twith a tab")
    inc = field.cases.add_incident(case.id, "Shelling", occurred_from="2026-05-02")
    t = field.testimonies.add(
        case.id,
        "W-017",
        "I saw it.\r\nThen I ran.",
        language="ar",
        interviewer="Field team",
        consent="record,share-centre,share-identity",
        incidents=[inc.id],
        violations=["11.01"],
        tags=["market", "shelling"],
    )
    field.media.import_file(case.id, corpus / GPS_PHOTO, testimony_id=t.id)
    plan = field.exporter.plan([case.id], "keep")
    rows = {k: plan.rows[k] for k in records.RECORD_FILES if k != "media"}
    rows["media"] = [r for r, _ in plan.media]
    rows["identities"] = [
        {
            "person_id": t.witness_id,
            "name": "Amal H.",
            "contact": "+000\nvia the clinic",
            "notes": "",
        }
    ]
    yield Field(field, centre, case.id, rows, tmp)
    field.close()
    centre.close()


def decode(kind: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return records.decode(kind, records.encode(kind, rows))


def test_the_genuine_records_pass(world: Field) -> None:
    for kind, rows in world.rows.items():
        assert decode(kind, rows) == rows
    assert world.rows["media"][0]["metadata"]["gps"]["lat"]  # the baseline does carry a place


Mutation = tuple[str, Callable[[dict[str, Any]], None]]


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(row: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target = row
        for key in parents:
            target = target[key]
        target[last] = value

    return apply


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda row: row.pop(key)


MUTATIONS: list[Mutation] = [
    ("cases", _set("title", "\x1b[31mInjected\x1b[0m")),
    ("cases", _set("title", "Line\nbreak")),
    ("cases", _set("title", "")),
    ("cases", _set("title", 7)),
    ("cases", _set("title", "x" * 501)),
    ("cases", _set("title", "lone \ud800 surrogate")),
    ("cases", _set("description", "bell \x07")),
    ("cases", _set("description", "nul \x00")),
    ("cases", _set("description", "c1 \x9b2J")),
    ("cases", _set("id", "c-../../etc")),
    ("cases", _set("id", "t-0123456789")),
    ("cases", _set("status", "archived")),
    ("cases", _set("created", "yesterday")),
    ("cases", _set("created", "2026-13-45T00:00:00Z")),
    ("cases", _set("policy", "keep")),
    ("cases", _drop("description")),
    ("incidents", _set("occurred_from", "2026-02-30")),
    ("incidents", _set("occurred_from", "٢٠٢٦-٠٥-٠٢")),
    ("incidents", _set("location", "\x1b]0;title\x07")),
    ("persons", _set("code", "W 1")),
    ("persons", _set("code", "W-1\x1b")),
    ("persons", _set("role", "king")),
    ("testimonies", _set("statement", "")),
    ("testimonies", _set("statement", "beep \x07")),
    ("testimonies", _set("consent.scopes", ["record"])),
    ("testimonies", _set("consent.scopes", ["record", "share-centre", "sell"])),
    ("testimonies", _set("consent.scopes", ["share-centre", "share-centre"])),
    ("testimonies", _set("consent.recorded_by", ["a"])),
    ("testimonies", _set("violations", ["11.01", "11.01"])),
    ("testimonies", _set("violations", ["<script>"])),
    ("testimonies", _set("tags", [" "])),
    ("testimonies", _set("incidents", ["i-bad"])),
    ("testimonies", _set("interview_date", 20260101)),
    ("testimonies", _set("language", "en\nfr")),
    ("media", _set("metadata.gps.lat", "north")),
    ("media", _set("metadata.gps.lat", 1e400)),
    ("media", _set("metadata.gps.lon", 181.0)),
    ("media", _set("metadata.width", True)),
    ("media", _set("metadata.orientation", 9)),
    ("media", _set("metadata.tags", {"Image Make": 5})),
    ("media", _set("metadata.tags", {"\x1b[2J": "x"})),
    ("media", _set("metadata.serial", "12345")),
    ("media", _set("metadata.secret", "x")),
    ("media", _set("size", -1)),
    ("media", _set("size", "10")),
    ("media", _set("size", True)),
    ("media", _set("mime", "application/x-sh")),
    ("media", _set("kind", "video")),
    ("media", _set("file", "records/cases.json")),
    ("media", _set("converted", "no")),
    ("media", _set("removed", [1])),
    ("media", _set("sha256", "A" * 64)),
    ("media", _set("policy", "strip")),  # its metadata (GPS included) is more than strip keeps
    ("identities", _set("name", "")),
    ("identities", _set("name", "Amal\nH.")),
    ("identities", _set("person_id", "t-0123456789")),
    ("identities", _set("ssn", "123")),
]


@pytest.mark.parametrize(
    ("kind", "mutate"), MUTATIONS, ids=[f"{k}-{n}" for n, (k, _) in enumerate(MUTATIONS)]
)
def test_a_record_breaking_its_schema_is_refused(
    world: Field, kind: str, mutate: Callable[[dict[str, Any]], None]
) -> None:
    rows = copy.deepcopy(world.rows[kind])
    mutate(rows[0])
    with pytest.raises(BundleRejected) as err:
        records.decode(kind, json.dumps({"version": 1, "kind": kind, "records": rows}).encode())
    assert err.value.reason == "bad-records"
    assert "\n" not in str(err.value) and "\x1b" not in str(err.value)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"version": 1, "kind": "cases", "records": [], "records": []}',
        b'{"version": 1, "kind": "cases", "records": [{"id": NaN}]}',
        b'{"version": true, "kind": "cases", "records": []}',
        b'{"version": 1, "kind": "cases", "records": [], "extra": 1}',
        b'{"version": 1, "kind": "persons", "records": []}',
        b"\xef\xbb\xbf" + b'{"version": 1, "kind": "cases", "records": []}',
        b'{"version": 1, "kind": "cases", "records": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"version": 1, "kind": "cases", "records": [1' + b"0" * 5000 + b"]}",
        b'{"version": 1, "kind": "cases", "records": ["\xff"]}',
    ],
    ids=[
        "repeated-key",
        "nan",
        "bool-version",
        "extra",
        "wrong-kind",
        "bom",
        "deep",
        "huge-int",
        "not-utf8",
    ],
)
def test_record_files_that_are_not_strict_json_are_refused(raw: bytes) -> None:
    with pytest.raises(BundleRejected) as err:
        records.decode("cases", raw)
    assert err.value.reason == "bad-records"


def _custody_line(world: Field) -> dict[str, Any]:
    tid = world.rows["testimonies"][0]["id"]
    return world.field.custody.chain(tid)[0].to_json()


@pytest.mark.parametrize(
    "change",
    [
        lambda obj, e: obj.update(hash="z" * 64),
        lambda obj, e: obj.update(signature="not a signature"),
        lambda obj, e: obj.update(extra=1),
        lambda obj, e: e.update(details=["a list"]),
        lambda obj, e: e.update(details={"sha256": 5}),
        lambda obj, e: e.update(details={"x": {"y": {"z": {"deep": 1}}}}),
        lambda obj, e: e.update(actor="\x1b[2Jroot"),
        lambda obj, e: e.update(device_seq="1"),
        lambda obj, e: e.update(action="teleported"),
        lambda obj, e: e.update(item="t-0000000000"),
    ],
    ids=[
        "hash",
        "signature",
        "extra",
        "details-list",
        "digest-type",
        "deep",
        "actor",
        "seq",
        "action",
        "item",
    ],
)
def test_a_malformed_custody_line_is_refused_before_its_fields_are_read(
    world: Field, change: Callable[[dict[str, Any], dict[str, Any]], None]
) -> None:
    obj = _custody_line(world)
    tid = json.loads(obj["entry"])["item"]
    assert records.decode_custody(tid, (json.dumps(obj) + "\n").encode()) == [obj]
    entry = json.loads(obj["entry"])
    change(obj, entry)
    obj["entry"] = canonical(entry).decode()
    with pytest.raises(BundleRejected) as err:
        records.decode_custody(tid, (json.dumps(obj) + "\n").encode())
    assert err.value.reason == "custody"


# --- end to end: signed by the enrolled device, refused by the centre -------------------------


def _edit_record(
    kind: str, mutate: Callable[[dict[str, Any]], None]
) -> Callable[[str, bytes], bytes]:
    def edit(path: str, data: bytes) -> bytes:
        if path != f"records/{kind}.json":
            return data
        doc = json.loads(data)
        mutate(doc["records"][0])
        return records.encode(kind, doc["records"])

    return edit


def test_a_signed_bundle_with_a_text_gps_latitude_is_refused_and_nothing_is_kept(
    world: Field,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    genuine = tmp_path / "genuine.humdoc"
    world.field.exporter.export([world.case_id], ["Centre"], genuine, "keep")
    hostile = resigned(
        genuine,
        world.field,
        world.centre,
        _edit_record("media", _set("metadata.gps.lat", "north")),
        tmp_path / "hostile.humdoc",
    )
    with pytest.raises(BundleRejected) as err:
        world.centre.receiver().receive(hostile)
    assert err.value.reason == "bad-records" and "gps.lat" in str(err.value)
    assert world.centre.cases.list() == [] and world.centre.media.list(world.case_id) == []
    assert list(world.centre.blobs.ids()) == []
    world.centre.close()  # the CLI opens the vault itself
    try:
        monkeypatch.setenv("HUMDOC_PASSPHRASE", PASSPHRASE.decode())
        code = main(["--vault", str(world.tmp / "centre"), "receive", str(hostile)])
        captured = capsys.readouterr()
        assert code == 9
        assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
        assert "gps.lat is not a number" in captured.err
    finally:
        world.centre = Session.open(world.tmp / "centre", PASSPHRASE)


def test_a_signed_bundle_with_an_escape_sequence_in_a_title_is_refused(
    world: Field, tmp_path: Path
) -> None:
    genuine = tmp_path / "genuine.humdoc"
    world.field.exporter.export([world.case_id], ["Centre"], genuine, "strip")
    hostile = resigned(
        genuine,
        world.field,
        world.centre,
        _edit_record("cases", _set("title", "\x1b]8;;https://example.invalid\x07click\x1b[0m")),
        tmp_path / "hostile.humdoc",
    )
    with pytest.raises(BundleRejected, match=r"title holds a control character \(U\+001B\)"):
        world.centre.receiver().verify(hostile)
    assert world.centre.receiver().verify(genuine)["cases"] == 1  # the genuine one still passes
