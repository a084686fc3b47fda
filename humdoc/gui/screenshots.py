"""Render the documentation screenshots: ``python -m humdoc.gui.screenshots OUTDIR [CORPUS]``.

Builds a throw-away demo vault (invented content only, plus a few public sample photos from the
shared corpus) in a temporary folder, renders the windows offscreen and writes ``unlock.png``,
``main-window.png``, ``media-tab.png``, ``export-dialog.png`` and ``device-keys.png`` into OUTDIR,
then the Arabic interface at 1366×768 over a demo vault written in Arabic: ``unlock-ar.png`` and
``main-window-ar.png``.
CORPUS defaults to the tests' sample corpus (``tests/corpus``); without it the media shot is
skipped. QSettings and HOME are redirected into the temporary folder, so nothing of the user's
own configuration is read or written, and the vault appears under a neutral
``~/.local/share/humdoc/vault`` instead of a temporary path.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from humdoc.gui.workers import JobDialog

SIZE = (1200, 760)
#: The Arabic shots are made at a common laptop's full screen.
SIZE_AR = (1366, 768)
DEMO_PASSPHRASE = b"demo only - not a real vault"
#: Where the demo vault lives under the temporary HOME (so the window shows ``~/…`` only).
DEMO_VAULT = Path(".local") / "share" / "humdoc" / "vault"
#: Public sample photos from the shared corpus: (file, witness code it belongs to, or None).
DEMO_PHOTOS = (
    ("exif-samples/jpg/gps/DSCN0010.jpg", None),
    ("exif-samples/jpg/gps/DSCN0012.jpg", "W-014"),
    ("exif-samples/jpg/Canon_40D.jpg", "W-021"),
)


#: The demo vault's invented content in Arabic (one testimony stays in English, to show that it
#: keeps its own direction in the Arabic window).
ARABIC_DEMO: dict[str, Any] = {
    "market": (
        "تفريق تجمّع ساحة السوق، آذار/مارس",
        "استخدام القوة ضد تجمّع سلمي في ساحة السوق؛ وتلته اعتقالات في الليل.",
    ),
    "checkpoint": (
        "احتجازات عند حاجز الطريق الشمالي",
        "تقارير عن احتجاز أشخاص عند الحاجز لأيام دون توجيه تهمة.",
    ),
    "square": "تفريق التجمّع",
    "arrests": "اعتقالات ليلية",
    "district": "المنطقة الوسطى",
    "team_a": "الفريق الميداني أ",
    "team_b": "الفريق الميداني ب",
    "w014": (
        "كنت عند البسطة مع أخي عندما وصلت المركبات من الجهة الشرقية. طُلب من الناس المغادرة، "
        "ثم بدأ إطلاق النار قبل أن يتمكن أحد من التحرك.\n\n"
        "ركضنا نحو المسجد. رأيت شخصين يسقطان قرب النافورة."
    ),
    "w021": "احتُجزت أربعة أيام في حاوية عند الحاجز.",
    "tags": ("السوق", "ليل"),
    "arrest_tags": ("اعتقالات",),
}


def build_arabic_demo_vault(root: Path) -> Session:
    """A field vault like ``build_demo_vault``'s, its content written in Arabic."""
    text = ARABIC_DEMO
    session = Session.create(root, DEMO_PASSPHRASE, "field", KdfParams.floor())
    market = session.cases.create(text["market"][0], text["market"][1], "evidence")
    checkpoint = session.cases.create(text["checkpoint"][0], text["checkpoint"][1])
    square = session.cases.add_incident(
        market.id, str(text["square"]), "", "2024-03-14", None, str(text["district"])
    )
    session.cases.add_incident(
        market.id, str(text["arrests"]), "", "2024-03-14", "2024-03-15", str(text["district"])
    )
    session.testimonies.add(
        market.id,
        "W-014",
        str(text["w014"]),
        language="ar",
        interview_date="2024-03-20",
        interviewer=str(text["team_b"]),
        consent=("record", "share-centre", "publish-anonymised"),
        violations=("01.03", "03.02"),
        incidents=(square.id,),
        tags=tuple(text["tags"]),
    )
    session.testimonies.add(
        market.id,
        "W-015",
        "They came to our street at night and took my neighbour and his son. "
        "Nobody told the family where they were taken.",
        language="en",
        interview_date="2024-03-21",
        interviewer=str(text["team_b"]),
        consent=("record", "share-centre", "share-accountability"),
        violations=("02.01",),
        tags=tuple(text["arrest_tags"]),
    )
    session.testimonies.add(
        checkpoint.id,
        "W-021",
        str(text["w021"]),
        language="ar",
        interview_date="2024-04-02",
        interviewer=str(text["team_a"]),
        consent=("record",),
    )
    return session


def default_corpus() -> Path:
    """The sample corpus shipped with the tests (``tests/corpus``, see its SOURCES.md)."""
    return Path(__file__).resolve().parents[2] / "tests" / "corpus"


def build_demo_vault(root: Path, corpus: Path | None = None) -> Session:
    """A field vault with two cases, incidents and testimonies of invented content.

    With ``corpus``, a few of its public sample photos are imported too (see ``DEMO_PHOTOS``).
    """
    session = Session.create(root, DEMO_PASSPHRASE, "field", KdfParams.floor())
    market = session.cases.create(
        "Market square dispersal, March",
        "Use of force against a peaceful gathering in the market square; "
        "arrests followed in the night.",
        "evidence",
    )
    checkpoint = session.cases.create(
        "Northern road checkpoint detentions",
        "Reports of people held at the checkpoint for days without charge.",
    )
    square = session.cases.add_incident(
        market.id, "Dispersal of the gathering", "", "2024-03-14", None, "Central district"
    )
    session.cases.add_incident(
        market.id, "Night arrests", "", "2024-03-14", "2024-03-15", "Central district"
    )
    session.testimonies.add(
        market.id,
        "W-014",
        "I was at the stall with my brother when the vehicles arrived from the east side. "
        "People were told to leave, and then the shooting started before anyone could move.\n\n"
        "We ran towards the mosque. I saw two people fall near the fountain.",
        language="en",
        interview_date="2024-03-20",
        interviewer="Field team B",
        consent=("record", "share-centre", "publish-anonymised"),
        violations=("01.03", "03.02"),
        incidents=(square.id,),
        tags=("market", "night"),
    )
    session.testimonies.add(
        market.id,
        "W-015",
        "They came to our street at night and took my neighbour and his son. "
        "Nobody told the family where they were taken.",
        language="ar",
        interview_date="2024-03-21",
        interviewer="Field team B",
        consent=("record", "share-centre", "share-accountability"),
        violations=("02.01",),
        tags=("arrests",),
    )
    private = session.testimonies.add(
        checkpoint.id,
        "W-021",
        "I was held for four days in a container at the checkpoint.",
        language="en",
        interview_date="2024-04-02",
        interviewer="Field team A",
        consent=("record",),
    )
    if corpus is not None and corpus.is_dir():
        by_code = {t.witness_code: t for t in session.testimonies.list(market.id)}
        by_code[private.witness_code] = private
        for name, code in DEMO_PHOTOS:
            path = corpus / name
            if not path.is_file():
                continue
            testimony = by_code.get(code) if code else None
            case_id = testimony.case_id if testimony else market.id
            session.media.import_file(
                case_id, path, testimony_id=testimony.id if testimony else None
            )
    return session


@contextmanager
def _home(path: Path) -> Iterator[None]:
    old = os.environ.get("HOME")
    os.environ["HOME"] = str(path)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("HOME", None)
        else:
            os.environ["HOME"] = old


def _settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def _wait_for(dialog: JobDialog | None) -> None:
    from PySide6.QtCore import QEventLoop

    if dialog is None:
        return
    loop = QEventLoop()
    dialog.job.signals.finished.connect(loop.quit)
    loop.exec()


def _save(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


def render(outdir: Path, corpus: Path | None = None) -> list[Path]:
    """Write the screenshots into ``outdir``; return their paths.

    ``corpus`` (default: ``default_corpus()``) supplies the sample photos; if it is missing, the
    media-tab shot is skipped.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from humdoc.gui.main_window import MainWindow, configure_application

    corpus = corpus if corpus is not None else default_corpus()
    have_corpus = corpus.is_dir()
    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="humdoc-shots-") as tmp, _home(Path(tmp)):
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        configure_application(app)
        root = Path(tmp) / DEMO_VAULT
        root.parent.mkdir(parents=True)
        demo = build_demo_vault(root, corpus if have_corpus else None)
        with Session.create(
            Path(tmp) / "centre", DEMO_PASSPHRASE, "centre", KdfParams.floor()
        ) as c:
            demo.recipients.add("Documentation centre", c.device_keys.age_recipient())
        demo.close()

        window = MainWindow(root)
        window.resize(*SIZE)
        window.show()
        _settle(app)
        shots.append(_save(window, outdir / "unlock.png"))

        window.adopt_session(Session.open(root, DEMO_PASSPHRASE))
        workspace = window.workspace
        cases = workspace.cases_model
        market = next(
            cases.record(r).id for r in range(cases.rowCount()) if "Market" in cases.record(r).title
        )
        workspace.select_case(market)
        workspace.case_view.testimonies.view.selectRow(0)
        _settle(app)
        shots.append(_save(window, outdir / "main-window.png"))

        if have_corpus:
            media = workspace.media
            workspace.case_view.tabs.setCurrentWidget(media)
            media.view.selectRow(0)
            _settle(app)
            model = media.model
            for _ in range(500):  # thumbnails and the preview are made on workers, in turn
                if not media.preview.pixmap().isNull() and all(
                    model.thumbnail(model.record(r).id) for r in range(model.rowCount())
                ):
                    break
                app.processEvents()
                time.sleep(0.02)
            _settle(app)
            shots.append(_save(window, outdir / "media-tab.png"))

        export = window.export_cases(market)
        assert export is not None
        checkpoint = next(
            cases.record(r).id for r in range(cases.rowCount()) if cases.record(r).id != market
        )
        export.cases_model.set_checked(checkpoint, True)
        _wait_for(export.preview())
        _settle(app)
        shots.append(_save(export, outdir / "export-dialog.png"))
        export.close()

        keys = window.device_keys()
        assert keys is not None
        _settle(app)
        shots.append(_save(keys, outdir / "device-keys.png"))
        keys.close()

        window.lock()
        window.close()
    with tempfile.TemporaryDirectory(prefix="humdoc-shots-") as tmp, _home(Path(tmp)):
        shots += _render_arabic(app, outdir, Path(tmp))
    return shots


def _render_arabic(app: QApplication, outdir: Path, tmp: Path) -> list[Path]:
    """The unlock window and the main window with a case, in Arabic, at ``SIZE_AR``."""
    from humdoc.gui.i18n import UiLanguage, install_translations
    from humdoc.gui.main_window import MainWindow

    install_translations(app, UiLanguage("ar", "ar_EG"))
    root = tmp / DEMO_VAULT
    root.parent.mkdir(parents=True)
    build_arabic_demo_vault(root).close()
    shots: list[Path] = []
    window = MainWindow(root)
    window.resize(*SIZE_AR)
    window.show()
    _settle(app)
    shots.append(_save(window, outdir / "unlock-ar.png"))
    window.adopt_session(Session.open(root, DEMO_PASSPHRASE))
    workspace = window.workspace
    cases = workspace.cases_model
    market = next(
        cases.record(r).id
        for r in range(cases.rowCount())
        if cases.record(r).title == ARABIC_DEMO["market"][0]
    )
    workspace.select_case(market)
    testimonies = workspace.case_view.testimonies
    arabic_row = next(
        r
        for r in range(testimonies.model.rowCount())
        if testimonies.model.record(r).witness_code == "W-014"
    )
    testimonies.view.selectRow(arabic_row)
    _settle(app)
    shots.append(_save(window, outdir / "main-window-ar.png"))
    window.lock()
    window.close()
    install_translations(app, UiLanguage("en", "C"))
    return shots


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        sys.stderr.write("usage: python -m humdoc.gui.screenshots OUTDIR [CORPUS]\n")
        return 2
    corpus = Path(argv[1]) if len(argv) == 2 else None
    for path in render(Path(argv[0]), corpus):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
