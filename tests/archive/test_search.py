"""Search in the shared archive: keyed tokens in PostgreSQL, found in five languages, never over
identities, and nothing of the words in the database."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from humdoc.core.archive import search, search_index, store
from humdoc.core.archive.keys import ArchiveKeys
from humdoc.core.archive.session import ArchiveSession
from humdoc.core.errors import InvalidInput
from humdoc.core.vault.kdf import KdfParams
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.conftest import PASSPHRASE

DEVICE = "f" * 64
CASE_A = "c-aaaaaaaaaa"
CASE_B = "c-bbbbbbbbbb"
#: Planted in a witness's identity, pseudonym, interviewer and consent note: never searchable.
MARKER = "Zorblaxian"

RECORDS: list[tuple[str, dict[str, Any]]] = [
    ("cases", {"id": CASE_A, "title": "Arrestations à Alep", "status": "open",
               "description": "Détentions arbitraires près du marché central."}),
    ("cases", {"id": CASE_B, "title": "Shelling of Kharkiv", "status": "open",
               "description": "Обстріли житлових кварталів"}),
    ("incidents", {"id": "i-aaaaaaaaaa", "case_id": CASE_A, "title": "Raid on the market",
                   "description": "Night raid", "location": "Souk al-Medina"}),
    ("persons", {"id": "p-aaaaaaaaaa", "code": f"W-{MARKER}", "role": "witness"}),
    ("testimonies", {
        "id": "t-arabic0001", "case_id": CASE_A, "witness_id": "p-aaaaaaaaaa",
        "language": "Arabic", "interviewer": MARKER,
        "consent": {"scopes": ["share-centre"], "recorded_by": MARKER, "note": MARKER},
        "statement": "اِعْتَقَلُوا أَخِي قُرْبَ السُّوقِ وَلَمْ نَرَهُ مُنْذُ ذٰلِكَ الحِينِ",
        "tags": ["arrest"]}),
    ("testimonies", {
        "id": "t-arabic0002", "case_id": CASE_A, "witness_id": "p-aaaaaaaaaa", "language": "ar",
        "statement": "أحرقت الميليشيا مخزن الحبوب في القرية", "tags": []}),
    ("testimonies", {
        "id": "t-french0001", "case_id": CASE_A, "witness_id": "p-aaaaaaaaaa", "language": "fr",
        "statement": "Les détenus ont été enfermés dans l'entrepôt sans eau pendant trois jours.",
        "tags": ["détention"]}),
    ("testimonies", {
        "id": "t-spanish001", "case_id": CASE_A, "witness_id": "p-aaaaaaaaaa",
        "language": "Español",
        "statement": "Detuvieron a mis hermanos cerca del mercado; no los hemos vuelto a ver.",
        "tags": []}),
    ("testimonies", {
        "id": "t-ukrainian1", "case_id": CASE_B, "witness_id": "p-aaaaaaaaaa",
        "language": "Українська",
        "statement": "Обстрілами зруйновано будинки на нашій вулиці, свідки ховалися у підвалі.",
        "tags": ["обстріл"]}),
    ("testimonies", {
        "id": "t-english001", "case_id": CASE_B, "witness_id": "p-aaaaaaaaaa",
        "language": "English",
        "statement": "The soldiers were searching every house while the shelling continued.",
        "tags": ["looting"]}),
    ("media", {"id": "m-aaaaaaaaaa", "case_id": CASE_A, "kind": "photo", "mime": "image/jpeg",
               "metadata": {"description": "soldiers at the market", "artist": MARKER}}),
]  # fmt: skip
IDENTITY = {"person_id": "p-aaaaaaaaaa", "name": f"Amal {MARKER}", "contact": f"{MARKER} street",
            "notes": MARKER}  # fmt: skip


@dataclass
class Filled:
    archive: ArchiveFixture

    def analyst(self) -> ArchiveSession:
        return self.archive.open(self.archive.role("ana"))

    def intake(self) -> ArchiveSession:
        return self.archive.open(self.archive.role("rx"))


def _bundle(conn: Any, sequence: int) -> str:
    bundle_id = f"bundle-{sequence}"
    conn.execute(
        "INSERT INTO bundles(device, sequence, bundle_id, identity, sha256, summary_ct) "
        "VALUES (%s, %s, %s, %s, %s, %s)",
        (DEVICE, sequence, bundle_id, "age1test", secrets.token_hex(32), b"x"),
    )
    return bundle_id


def put(session: ArchiveSession, records: list[tuple[str, dict[str, Any]]], rank: int) -> None:
    """Import ``records`` as one bundle of rank ``rank``, as a receiver does."""
    with session.conn.transaction():
        bundle_id = _bundle(session.conn, rank)
        for kind, body in records:
            store.put_record(
                session.conn, session.keys, kind, body, device=DEVICE, bundle_id=bundle_id,
                rank=rank, case_id=body.get("case_id", body["id"] if kind == "cases" else None),
            )  # fmt: skip


def _fill(archive: ArchiveFixture) -> Filled:
    with archive.open(archive.role("admin1")) as admin:
        for name, duty in (("rx", "intake"), ("ana", "analyst")):
            admin.add_member(archive.role(name), duty, PG_PASSWORD, PASSPHRASE, KdfParams.floor())
        admin.conn.execute(
            "INSERT INTO devices(fingerprint, key_id, sealed) VALUES (%s, %s, %s)",
            (DEVICE, "KEYID0001", b"sealed"),
        )
    with archive.open(archive.role("rx")) as rx:
        put(rx, RECORDS, 1)
        with rx.conn.transaction():
            store.put_identity(rx.conn, rx.keys, "p-aaaaaaaaaa", IDENTITY, "bundle-1")
    return Filled(archive)


@pytest.fixture(scope="module")
def filled(module_archive: ArchiveFixture) -> Filled:
    """One filled archive for the tests that only search it."""
    return _fill(module_archive)


@pytest.fixture
def own_filled(archive: ArchiveFixture) -> Filled:
    """A filled archive of the test's own, for a test that changes it."""
    return _fill(archive)


def ids(rows: list[store.RecordRow]) -> set[str]:
    return {r.id for r in rows}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Arabic: stored with diacritics, found without; and the other way round.
        ("السوق", {"t-arabic0001"}),
        ("أخي السُّوق", {"t-arabic0001"}),
        ("الْمِيلِيشْيَا", {"t-arabic0002"}),
        ("ميليشيا", {"t-arabic0002"}),
        # French: accents or none, singular or plural.
        ("detenus entrepot", {"t-french0001"}),
        ("détenus", {"t-french0001"}),
        ("arrestation", {CASE_A, "t-arabic0001"}),  # its tag "arrest"
        ("detention", {CASE_A, "t-french0001"}),
        # Spanish.
        ("hermano mercados", {"t-spanish001"}),
        # Ukrainian inflected forms (the light stemmer).
        ("обстріл будинків", {"t-ukrainian1"}),
        ("обстрілом", {CASE_B, "t-ukrainian1"}),
        ("свідки підвал", {"t-ukrainian1"}),
        # English stems.
        ("soldier searched houses", {"t-english001"}),
        ("shell", {CASE_B, "t-english001"}),
        ("raids", {"i-aaaaaaaaaa"}),
        ("medina", {"i-aaaaaaaaaa"}),
        # Every word must match.
        ("soldiers entrepot", set()),
    ],
)
def test_multilingual_words_find_their_records(
    filled: Filled, query: str, expected: set[str]
) -> None:
    with filled.analyst() as ana:
        assert ids(search.search(ana, query)) == expected


def test_results_carry_the_sealed_summary(filled: Filled) -> None:
    with filled.analyst() as ana:
        (case,) = search.search(ana, "Alep")
    assert case.kind == "cases"
    assert case.summary["title"] == "Arrestations à Alep"


def test_identity_fields_are_never_indexed(filled: Filled) -> None:
    with filled.analyst() as ana:
        assert search.search(ana, MARKER) == []
        assert search.search(ana, f"W-{MARKER}") == []
        assert search.search(ana, "Amal") == []
        # Media are not indexed either (their metadata is the camera's, not a statement).
        assert search.search(ana, "soldiers market") == []
        # The records holding the marker are there and found by what is indexed.
        assert ids(search.search(ana, "السوق")) == {"t-arabic0001"}


def _dump(archive: ArchiveFixture) -> str:
    with psycopg.connect(archive.dba_url) as conn, conn.cursor() as cur:
        out = bytearray()
        with cur.copy("COPY search_docs TO STDOUT") as copy:
            for block in copy:
                out += block
    return out.decode()


def test_the_database_holds_none_of_the_words(filled: Filled) -> None:
    dump = _dump(filled.archive)
    assert dump.count("\n") == 2 + 1 + 6  # two cases, one incident, six testimonies
    planted = " ".join(
        str(body.get(f, "")) for _, body in RECORDS for f in ("title", "description", "statement")
    )
    words = {w.casefold() for w in re.findall(r"\w{5,}", planted)}
    stems = {t for w in words for t in search_index.terms_of_word(w, None) if len(t) >= 5}
    assert words and stems
    leaked = sorted(w for w in words | stems | {MARKER.casefold()} if w in dump.casefold())
    assert leaked == []
    # Tokens only: 16 base32 characters each, position 1, weight A or none.
    tokens = re.findall(r"'([^']*)':1A?", dump)
    assert tokens and all(re.fullmatch(r"[a-z2-7]{16}", t) for t in tokens)


def test_a_session_with_another_key_finds_nothing(filled: Filled) -> None:
    with filled.analyst() as ana:
        assert search.search(ana, "السوق")
        stranger = ArchiveSession(ana.conn, ana.database, ana.role, ana.duty, ArchiveKeys.new())
        assert search.search(stranger, "السوق") == []
        assert search.search(stranger, "detenus entrepot") == []


def test_kind_and_case_filters(filled: Filled) -> None:
    with filled.analyst() as ana:
        assert ids(search.search(ana, "detention", kind="cases")) == {CASE_A}
        assert ids(search.search(ana, "detention", kind="testimonies")) == {"t-french0001"}
        assert ids(search.search(ana, "shell", case_id=CASE_B)) == {CASE_B, "t-english001"}
        assert ids(search.search(ana, "shell", kind="testimonies", case_id=CASE_B)) == {
            "t-english001"
        }
        assert search.search(ana, "shell", case_id=CASE_A) == []
        assert search.search(ana, "shell", kind="media") == []
        with pytest.raises(InvalidInput):
            search.search(ana, "shell", kind="witnesses")


def test_an_empty_query_is_refused_in_one_line(filled: Filled) -> None:
    with filled.analyst() as ana, pytest.raises(InvalidInput) as err:
        search.search(ana, "  ... !!")
    assert "\n" not in str(err.value)


def test_a_new_version_replaces_the_old_words_and_comes_first(
    own_filled: Filled, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled = own_filled
    with filled.intake() as rx:
        body = dict(RECORDS[-2][1], statement="The convoy was stopped at the bridge.")
        put(rx, [("testimonies", body)], 2)
        put(rx, [("testimonies", dict(body, statement="An old copy: soldiers."))], 0)
    with filled.analyst() as ana:
        assert search.search(ana, "soldiers searching") == []
        assert ids(search.search(ana, "convoy bridge")) == {"t-english001"}
        # Past RANK_LIMIT matches: newest first (the one just re-indexed leads).
        monkeypatch.setattr(search, "RANK_LIMIT", 1)
        newest = search.search(ana, "the")
        assert [r.id for r in newest][:1] == ["t-english001"]
        assert len(search.search(ana, "the", limit=1)) == 1


def _cli(argv: list[str]) -> None:
    """``humdoc archive …`` as the archive command adds ``search`` (``add_arguments``)."""
    from humdoc.cli import archive_search
    from humdoc.cli.app import _Parser, common_options
    from humdoc.cli.context import Context

    common = common_options()
    parser = _Parser(prog="humdoc", parents=[common])
    archive = parser.add_subparsers(dest="command", parser_class=_Parser).add_parser("archive")
    archive_search.add_arguments(archive.add_subparsers(dest="action", parser_class=_Parser),
                                 [common])  # fmt: skip
    args = parser.parse_args(argv)
    ctx = Context.from_args(args)
    try:
        args.handler(ctx, args)
    finally:
        ctx.close()


def test_the_command_line_searches_as_its_member(
    filled: Filled, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from humdoc.core.errors import UsageError

    monkeypatch.setenv("HUMDOC_PASSPHRASE", PASSPHRASE.decode())
    url = filled.archive.url(filled.archive.role("ana"))
    _cli(["archive", "search", "--archive", url, "--json", "detention"])
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert {(h["kind"], h["id"]) for h in hits} == {("cases", CASE_A), ("testimonies",
                                                                         "t-french0001")}  # fmt: skip
    assert [h["title"] for h in hits if h["kind"] == "cases"] == ["Arrestations à Alep"]
    monkeypatch.setenv("HUMDOC_ARCHIVE", url)
    _cli(["archive", "search", "--kind", "testimonies", "السوق"])
    out = capsys.readouterr().out
    assert "t-arabic0001" in out and "KIND" in out
    monkeypatch.delenv("HUMDOC_ARCHIVE")
    with pytest.raises(UsageError):
        _cli(["archive", "search", "السوق"])
