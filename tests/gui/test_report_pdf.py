"""The custody report's PDF, read back with poppler (pdftotext, pdftoppm), never with our code."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from humdoc.core.report.build import build_report
from humdoc.core.report.model import CustodyReport
from humdoc.core.session import Session
from humdoc.gui.report_pdf import write_pdf
from tests.cli.helpers import run_subprocess
from tests.conftest import PASSPHRASE
from tests.core.test_report import STATEMENT_AR, TITLE_AR, WITNESS_NAME, make_case

_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(pdf: Path) -> str:
    """The PDF's text as pdftotext extracts it, with Arabic presentation forms and ligatures
    folded back (NFKC) and bidi marks dropped, so logical text can be searched."""
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed"
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
    return _BIDI_MARKS.sub("", unicodedata.normalize("NFKC", out.decode("utf-8")))


def rendered_pages(pdf: Path, where: Path) -> list[Path]:
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is needed"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(where / "page")], check=True)
    return sorted(where.glob("page*.png"))


def every_hash(report: CustodyReport) -> set[str]:
    found = {i.sha256 for i in report.items} | {e.id for e in report.events}
    found |= {c.sha256 for i in report.items for c in i.copies}
    return found


def test_cli_pdf_lists_every_hash_and_custody_event(
    session: Session, corpus: Path, tmp_path: Path
) -> None:
    ids = make_case(session, corpus)
    report = build_report(session, ids["case"])
    session.close()
    pdf = tmp_path / "report.pdf"
    r = run_subprocess(
        "--vault",
        str(session.root),
        "report",
        ids["case"],
        "--out",
        str(pdf),
        # no display at all: the command must still make its PDF
        env={
            "HUMDOC_PASSPHRASE": PASSPHRASE.decode(),
            "QT_QPA_PLATFORM": "",
            "DISPLAY": "",
            "WAYLAND_DISPLAY": "",
        },
    )
    assert r.code == 0, r.err
    assert "every custody event verified" in r.out
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = pdf_text(pdf)
    missing = sorted(h for h in every_hash(report) if h not in text)
    assert missing == []
    assert len(report.events) >= 5
    assert TITLE_AR in text
    assert STATEMENT_AR[:30] in text
    assert "W-017" in text
    assert "W-018" not in text and "Private words" not in text and WITNESS_NAME not in text
    for heading in ("Chain of custody", "evidentiary and working copies", "Consent as recorded"):
        assert heading in text
    pages = rendered_pages(pdf, tmp_path)
    assert pages
    with Image.open(pages[0]) as first:
        low, high = first.convert("L").getextrema()
    assert low < 128 < high  # ink on paper, not a blank page


def test_a_tampered_event_shows_as_failed_in_the_pdf(
    session: Session, corpus: Path, tmp_path: Path
) -> None:
    ids = make_case(session, corpus)
    first = session.custody.chain(ids["open"])[0]
    forged = first.entry.replace('"action":"intake"', '"action":"edit"')
    session.db.execute("UPDATE custody_events SET entry = ? WHERE hash = ?", (forged, first.hash))
    report = build_report(session, ids["case"])
    pdf = tmp_path / "tampered.pdf"
    write_pdf(report, pdf)
    text = pdf_text(pdf)
    assert "VERIFICATION FAILED" in text
    start = text.index(ids["open"] + " #1")
    assert "FAILED: failed" in text[start : text.index(first.hash, start)]


def test_report_refuses_other_suffixes_and_existing_files(
    session: Session,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from humdoc.cli.app import main

    case = session.cases.create("Case")
    session.close()
    existing = tmp_path / "there.pdf"
    existing.write_bytes(b"keep me")
    base = ["--vault", str(session.root), "report", case.id, "--out"]
    monkeypatch.setenv("HUMDOC_PASSPHRASE", PASSPHRASE.decode())
    assert main([*base, str(tmp_path / "r.txt")]) == 2
    assert "FILE.pdf or FILE.json" in capsys.readouterr().err
    assert main([*base, str(existing)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert existing.read_bytes() == b"keep me"


def _arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in word)


def test_an_arabic_title_is_set_right_to_left(
    session: Session, corpus: Path, tmp_path: Path
) -> None:
    """Read back glyph positions: the title sits flush right, and its letters run from right to
    left (its first letter rightmost), as Arabic is read."""
    ids = make_case(session, corpus)
    pdf = tmp_path / "r.pdf"
    write_pdf(build_report(session, ids["case"]), pdf)
    page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    width = float(re.search(r'<page width="([\d.]+)"', page).group(1))  # type: ignore[union-attr]
    words = [
        (float(x0), float(y0), float(x1), unicodedata.normalize("NFKC", w))
        for x0, y0, x1, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            page,
        )
        if _arabic(w)
    ]
    top = min(y for _, y, _, _ in words)
    line = sorted((w for w in words if abs(w[1] - top) < 1), key=lambda w: -w[0])
    assert "".join(w[3] for w in line).replace(" ", "") == TITLE_AR.replace(" ", "")
    right_margin = width - 15 / 25.4 * 72
    assert max(w[2] for w in line) > right_margin - 2  # flush right, not left
    assert min(w[0] for w in line) > width / 2 - 100  # not starting at the left margin
