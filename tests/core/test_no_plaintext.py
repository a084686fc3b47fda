"""Plant markers through every write path, then grep every byte the vault left on disk."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from humdoc.core.session import Session
from tests.conftest import PASSPHRASE


def all_bytes_under(*roots: Path) -> list[tuple[Path, bytes]]:
    found = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                if path.is_file():
                    found.append((path, path.read_bytes()))
    return found


def assert_absent(markers: list[str], *roots: Path) -> None:
    for path, data in all_bytes_under(*roots):
        for m in markers:
            for enc in ("utf-8", "utf-16-le"):
                assert m.encode(enc) not in data, f"{m!r} found in {path}"


def test_no_plaintext_after_writes_updates_and_deletes(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    mk = {
        k: f"{k}{secrets.token_hex(6)}"
        for k in ("title", "stmt", "edit", "gone", "code", "inc", "tag")
    }
    s = Session.create(vault, PASSPHRASE)
    case = s.cases.create(f"Case {mk['title']}", f"about {mk['title']}")
    s.cases.add_incident(case.id, f"Incident {mk['inc']}", location=mk["inc"])
    t = s.testimonies.add(
        case.id, f"W-{mk['code']}", f"The statement {mk['stmt']}", tags=[mk["tag"]]
    )
    s.testimonies.update(t.id, statement=f"Edited {mk['edit']}")
    doomed = s.testimonies.add(case.id, "W-2", f"To be deleted {mk['gone']}")
    # Check while the vault is open too: the -wal file must not hold plaintext either.
    assert_absent(list(mk.values()), vault)
    s.testimonies.delete(doomed.id)
    s.close()
    assert_absent(list(mk.values()), vault, tmp_path / "home")
    with Session.open(vault, PASSPHRASE) as again:
        assert mk["edit"] in again.testimonies.get(t.id).statement


def test_marker_check_would_catch_plaintext(tmp_path: Path) -> None:
    (tmp_path / "leak.txt").write_text("marker-abc123")
    try:
        assert_absent(["marker-abc123"], tmp_path)
    except AssertionError:
        return
    raise AssertionError("the grep helper missed a planted marker")
