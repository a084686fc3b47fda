"""Failures have names: each recurring kind of bad input raises its own error class.

The classes subclass what was raised before (``InvalidInput`` or ``NotFound``), so a caller that
catches the broad class, and the CLI's exit codes, stay as they were; the message is the same
one line, carried by the class.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from humdoc.core import errors
from humdoc.core.errors import (
    AlreadyExists,
    ControlCharacters,
    EmptyField,
    EmptyPassphrase,
    FieldTooLong,
    FileExists,
    HumdocError,
    InvalidDate,
    InvalidInput,
    MalformedKey,
    NotAFile,
    NotFound,
    UnknownCase,
    UnknownDevice,
    UnknownIncident,
    UnknownMedia,
    UnknownPerson,
    UnknownPolicy,
    UnknownRecipient,
    UnknownTestimony,
)
from humdoc.core.safefs import open_regular
from humdoc.core.session import Session
from humdoc.core.vault.vault import Vault
from tests.cli.helpers import Cli

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~\x9bU"
    b"\x00\x00\x00\nIDATx\x9cc`\x00\x00\x00\x02\x00\x01H\xaf\xa4q\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _raised(action: Callable[[], Any]) -> HumdocError:
    with pytest.raises(HumdocError) as info:
        action()
    return info.value


CASES: list[tuple[str, type[HumdocError], type[HumdocError], str]] = [
    ("case", UnknownCase, NotFound, "No case with id 'c-none'."),
    ("testimony", UnknownTestimony, NotFound, "No testimony with id 't-none'."),
    ("incident", UnknownIncident, NotFound, "No incident with id 'i-none'."),
    ("media", UnknownMedia, NotFound, "No media item with id 'm-none'."),
    ("person", UnknownPerson, NotFound, "No person with id 'p-none'."),
    ("device", UnknownDevice, NotFound, "No enrolled device named 'Laptop 9'."),
    ("empty title", EmptyField, InvalidInput, "The case title must not be empty."),
    (
        "long title",
        FieldTooLong,
        InvalidInput,
        "The case title is too long (at most 500 characters).",
    ),
    (
        "control character",
        ControlCharacters,
        InvalidInput,
        "The case title holds an invisible control character (U+0007); remove it and try again.",
    ),
    (
        "date",
        InvalidDate,
        InvalidInput,
        "The start date '2024-13-40' is not a date (use YYYY-MM-DD).",
    ),
    ("policy", UnknownPolicy, InvalidInput, "Unknown policy 'blur'; use keep, evidence or strip."),
    ("code taken", AlreadyExists, InvalidInput, "The pseudonym code 'W-1' is already in use."),
    ("tag", FieldTooLong, InvalidInput, "The tag is too long (at most 64 characters)."),
    (
        "recipient key",
        MalformedKey,
        InvalidInput,
        "'not-a-key' is not an age X25519 recipient (it starts with age1…).",
    ),
    (
        "recipient",
        UnknownRecipient,
        HumdocError,
        "No recipient named 'Centre'; add it with 'humdoc recipients add'.",
    ),
]


def _act(session: Session, what: str, tmp_path: Path) -> Callable[[], Any]:
    case = session.cases.create("A case")
    actions: dict[str, Callable[[], Any]] = {
        "case": lambda: session.cases.get("c-none"),
        "testimony": lambda: session.testimonies.get("t-none"),
        "incident": lambda: session.cases.incident("i-none"),
        "media": lambda: session.media.get("m-none"),
        "person": lambda: session.persons.get("p-none"),
        "device": lambda: session.devices.get("Laptop 9"),
        "empty title": lambda: session.cases.create("   "),
        "long title": lambda: session.cases.create("x" * 501),
        "control character": lambda: session.cases.create("a\x07b"),
        "date": lambda: session.cases.add_incident(case.id, "Raid", occurred_from="2024-13-40"),
        "policy": lambda: session.cases.create("Another", policy="blur"),
        "code taken": lambda: [session.persons.create("W-1") for _ in range(2)],
        "tag": lambda: session.testimonies.add(case.id, "W-2", "Statement.", tags=["t" * 65]),
        "recipient key": lambda: session.recipients.add("Centre", "not-a-key"),
        "recipient": lambda: session.recipients.get("Centre"),
    }
    return actions[what]


@pytest.mark.parametrize(("what", "cls", "base", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_failure_raises_its_named_class_with_its_one_line(
    session: Session,
    tmp_path: Path,
    what: str,
    cls: type[HumdocError],
    base: type[HumdocError],
    message: str,
) -> None:
    err = _raised(_act(session, what, tmp_path))
    assert type(err) is cls
    assert isinstance(err, base)  # callers catching the broad class still catch it
    assert str(err) == message
    if base is not HumdocError:
        assert err.exit_code == base.exit_code  # and so the CLI's exit code


def test_intake_names_a_missing_case_testimony_and_file(session: Session, tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    err = _raised(lambda: session.media.import_file("c-none", photo))
    assert type(err) is UnknownCase and err.exit_code == 3
    case = session.cases.create("Photos")
    err = _raised(lambda: session.media.import_file(case.id, photo, testimony_id="t-none"))
    assert type(err) is UnknownTestimony
    assert str(err) == "No testimony 't-none' in this case."
    err = _raised(lambda: session.media.import_file(case.id, tmp_path / "gone.png"))
    assert type(err) is NotAFile and str(err) == "gone.png: no such file."
    item = session.media.import_file(case.id, photo)
    taken = tmp_path / "taken.png"
    taken.write_bytes(b"mine")
    err = _raised(lambda: session.media.extract(item.id, taken))
    assert type(err) is FileExists
    assert str(err) == "taken.png already exists; choose a new file name."
    assert taken.read_bytes() == b"mine"


def test_a_folder_and_a_link_are_not_files(tmp_path: Path) -> None:
    (tmp_path / "real").write_bytes(b"x")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert type(_raised(lambda: open_regular(tmp_path))) is NotAFile
    err = _raised(lambda: open_regular(tmp_path / "link"))
    assert type(err) is NotAFile and "symbolic link" in str(err)


def test_an_empty_passphrase_is_named(tmp_path: Path) -> None:
    err = _raised(lambda: Vault.create(tmp_path / "v", b""))
    assert type(err) is EmptyPassphrase
    assert isinstance(err, EmptyField) and isinstance(err, InvalidInput)
    assert str(err) == "The passphrase must not be empty."


def test_the_cli_shows_the_named_error_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(tmp_path / "vault", capsys, monkeypatch)
    cli.ok("init")
    shown = cli("case", "show", "c-none")
    assert (shown.code, shown.err) == (3, "humdoc: No case with id 'c-none'.\n")
    bad = cli("incident", "add", cli.ok("case", "new", "C")["id"], "Raid", "--from", "2024-02-30")
    assert bad.code == 2 and "'2024-02-30' is not a date" in bad.err


def test_every_named_input_error_keeps_the_broad_class() -> None:
    named = [
        cls
        for cls in vars(errors).values()
        if isinstance(cls, type)
        and issubclass(cls, HumdocError)
        and cls.__name__.startswith(
            ("Unknown", "Empty", "FieldTooLong", "ControlCharacters", "InvalidDate", "FileExists")
        )
    ]
    assert len(named) >= 12
    for cls in named:
        assert issubclass(cls, InvalidInput | NotFound) or cls is UnknownRecipient, cls
