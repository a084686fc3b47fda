"""Open every window and dialog of the GUI on one screen size and report what does not fit.

Run in a child process, because the offscreen platform reads its screen size once, when the
application starts: ``QT_QPA_PLATFORM=offscreen:configfile=CONFIG python -m tests.gui.fit_probe
OUT.json [SHOTS_DIR]``. It builds a field vault (a case, an incident, a long testimony, a photo,
an identity compartment, a recipient) and a centre vault (an enrolled device), opens each window
in the state that makes it largest, in English, under a pseudo-translation that lengthens every
string by 40 %, in Arabic (mirrored) and in the longest real translation shipped, and writes JSON: the QDialog and QMainWindow subclasses found in ``humdoc.gui``,
the classes opened, and every problem found (nothing, when all fits).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
import math
import pkgutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSettings, QTranslator
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QWidget,
)

import humdoc.gui
from humdoc.core.exchange.export import ExportResult
from humdoc.core.exchange.receipt_book import Applied, Kept, Removal
from humdoc.core.intake import ImportReport
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from humdoc.gui.i18n import UiLanguage, install_translations
from tests.archive.conftest import ArchiveFixture
from tests.kdf_once import derive_once_per_input

PASSPHRASE = b"correct horse battery staple"
COMPARTMENT = b"another long compartment passphrase"
#: What a window manager adds above a window (its title bar): offscreen draws no such bar.
TITLE_BAR = 32
#: Bases that are never opened on their own (each concrete subclass is).
ABSTRACT = {"FormDialog"}
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LONG_ERROR = (
    "The passphrase is too weak: it would be guessed in minutes. Add two or three more "
    "uncommon words, or use Suggest… for a generated one."
)
STATEMENT = "\n\n".join(
    "I was at the stall with my brother when the vehicles arrived from the east side. "
    "People were told to leave, and then the shooting started before anyone could move."
    for _ in range(6)
)


class PseudoTranslator(QTranslator):
    """Every string 40 % longer, in words of five letters (as Qt's pseudo-localisation).

    The source is kept in front unchanged, so placeholders, markup and ``&`` mnemonics still work.
    """

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        extra = math.ceil(len(source) * 0.4)
        words = ("ŵäçĥë" * (extra // 5 + 1))[:extra]
        padded = " ".join(words[i : i + 5] for i in range(0, len(words), 5))
        return f"{source} {padded}"


def translation_length(ts: Path) -> int:
    """How many characters the translations of a .ts hold in all (its plural forms: the longest)."""
    total = 0
    for message in ET.parse(ts).getroot().iter("message"):  # noqa: S314 - our own committed .ts
        forms = [f.text or "" for f in message.iter("numerusform")]
        total += max((len(f) for f in forms), default=len(message.findtext("translation") or ""))
    return total


def real_languages() -> list[str]:
    """The real translations to fit: Arabic (right to left) and the longest one shipped."""
    lengths = {
        ts.stem.removeprefix("humdoc_"): translation_length(ts)
        for ts in TRANSLATIONS.glob("humdoc_*.ts")
        if ts.stem != "humdoc_en"
    }
    longest = max(lengths, key=lambda code: lengths[code])
    return ["ar"] if longest == "ar" else ["ar", longest]


def dialog_classes() -> set[str]:
    """Every QDialog and QMainWindow subclass defined in ``humdoc.gui`` (bases excluded)."""
    found: set[str] = set()
    for info in pkgutil.iter_modules(humdoc.gui.__path__):
        module = importlib.import_module(f"humdoc.gui.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, (QDialog, QMainWindow)):
                found.add(name)
    return found - ABSTRACT


def _internal(widget: QWidget, window: QWidget) -> bool:
    """True for the parts of a compound control (a combo box's line edit, a scroll bar)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            content = parent.widget()
            if widget is content or content.isAncestorOf(widget):
                return False
        if isinstance(parent, QAbstractScrollArea | QAbstractSpinBox | QComboBox | QTabBar):
            return True
        parent = parent.parentWidget()
    return False


def _scroll_content(widget: QWidget, window: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            content = parent.widget()
            if content is widget or content.isAncestorOf(widget):
                return content
        parent = parent.parentWidget()
    return None


def _need(widget: QWidget) -> tuple[int, int]:
    """The smallest size at which ``widget`` shows all it holds (what a layout must give it)."""
    hint = widget.minimumSizeHint()
    width = widget.minimumWidth() or max(hint.width(), 0)
    height = widget.minimumHeight() or max(hint.height(), 0)
    policy = widget.sizePolicy()
    if policy.horizontalPolicy() == QSizePolicy.Policy.Ignored:
        width = 0
    if policy.verticalPolicy() == QSizePolicy.Policy.Ignored:
        height = 0
    elif isinstance(widget, QLabel) and widget.hasHeightForWidth():
        # A wrapped label needs every line of its text; a container's heightForWidth is only
        # the height it prefers (its children's own checks catch any squeezing).
        height = max(height, widget.heightForWidth(widget.width()))
    return width, height


def _describe(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "title", "placeholderText"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            value = getter()
            if isinstance(value, str) and value:
                text = value[:40]
                break
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''}{' ' + repr(text) if text else ''}"


def problems(window: QWidget) -> list[str]:
    """What of ``window`` does not fit its screen's available area, or is clipped inside it."""
    found: list[str] = []
    screen = window.screen()
    avail = screen.availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > avail.width() or frame.height() + TITLE_BAR > avail.height():
        found.append(f"frame {frame.width()}x{frame.height()} (+{TITLE_BAR}) > {avail.size()}")
    elif not avail.contains(frame):
        found.append(f"frame {frame} outside the available area {avail}")
    smallest = window.minimumSize().expandedTo(window.minimumSizeHint())
    if smallest.width() > avail.width() or smallest.height() + TITLE_BAR > avail.height():
        found.append(f"minimum size {smallest.width()}x{smallest.height()} > {avail.size()}")
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window) or _internal(widget, window):
            continue
        what = _describe(widget)
        parent = widget.parentWidget()
        own = QRect(widget.pos(), widget.size())
        content = _scroll_content(widget, window)
        area = content if content is not None else window
        placed = QRect(widget.mapTo(area, QPoint(0, 0)), widget.size())
        if content is widget:
            pass  # a scroll area's content: larger than its viewport is what scrolling is for
        elif not area.rect().contains(placed):
            found.append(f"{what} at {placed} outside {area.rect()}")
        elif parent is not None and not parent.rect().contains(own):
            found.append(f"{what} at {own} outside its parent {_describe(parent)} {parent.rect()}")
        width, height = _need(widget)
        if widget.width() < width or widget.height() < height:
            found.append(f"{what} is {widget.width()}x{widget.height()}, needs {width}x{height}")
    return found


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _dispose() -> None:
    """Delete every window opened so far. Closed windows live on until deleted (no event loop
    runs here to do it), and each language change restyles and lays out every one of them again.
    """
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Probe:
    """Builds the state every window needs and checks each window opened."""

    def __init__(self, tmp: Path, shots: Path | None) -> None:
        self.tmp = tmp
        self.shots = shots
        self.opened: set[str] = set()
        self.report: dict[str, list[str]] = {}
        self.language = "en"
        #: The shared archive the archive windows open (made on first use).
        self.archive: ArchiveFixture | None = None

    def check(self, name: str, window: QWidget) -> None:
        """Show ``window`` as the application would, record what does not fit, close it."""
        window.show()
        _settle()
        for cls in type(window).__mro__:
            if cls.__module__.startswith("humdoc.gui.") and cls.__name__ not in ABSTRACT:
                self.opened.add(cls.__name__)
        found = problems(window)
        if found:
            self.report[f"{self.language}/{name}"] = found
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(self.shots / f"{self.language}-{name}.png"))


def build_vaults(tmp: Path) -> tuple[Session, Session, dict[str, str]]:
    """A field vault with one of everything, and a centre that enrolled it."""
    field = Session.create(tmp / "field", PASSPHRASE, "field", KdfParams.floor())
    centre = Session.create(tmp / "centre", PASSPHRASE, "centre", KdfParams.floor())
    case = field.cases.create(
        "Market square dispersal, March",
        "Use of force against a peaceful gathering; arrests followed in the night.",
        "evidence",
    )
    incident = field.cases.add_incident(
        case.id, "Dispersal of the gathering", "", "2024-03-14", None, "Central district"
    )
    testimony = field.testimonies.add(
        case.id,
        "W-014",
        STATEMENT,
        language="en",
        interview_date="2024-03-20",
        interviewer="Field team B",
        consent=("record", "share-centre", "share-identity"),
        violations=("01.03",),
        incidents=(incident.id,),
        tags=("market", "night"),
    )
    field.identities.create(COMPARTMENT, KdfParams.floor())
    field.recipients.add("Documentation centre", centre.device_keys.age_recipient())
    item = field.media.import_file(
        case.id, CORPUS / "exif-samples" / "jpg" / "Canon_40D.jpg", testimony_id=testimony.id
    )
    centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
    ids = {
        "case": case.id,
        "testimony": testimony.id,
        "item": item.id,
        "witness": testimony.witness_id,
    }
    return field, centre, ids


def windows(probe: Probe, field: Session, centre: Session, ids: dict[str, str]) -> Iterator[None]:
    """Open and check every window; yields after each so the caller can clean up between."""
    from humdoc.gui import dialogs
    from humdoc.gui.centre_dialogs import BundleResultsDialog, DevicesDialog
    from humdoc.gui.device_revoke import RevokeDeviceDialog
    from humdoc.gui.exchange_models import BundleOutcome
    from humdoc.gui.export_dialog import ExportDialog, ExportResultDialog
    from humdoc.gui.identity_dialogs import (
        CompartmentDialog,
        IdentityDialog,
        ask_identity_passphrase,
    )
    from humdoc.gui.keys_dialog import DeviceKeysDialog
    from humdoc.gui.main_window import MainWindow
    from humdoc.gui.media_dialogs import CustodyDialog, ExportCopyDialog, ImportReportDialog
    from humdoc.gui.panic_restore import PanicDialog, RestoreDialog
    from humdoc.gui.passphrase_meter import SuggestDialog
    from humdoc.gui.playback import PlayerDialog
    from humdoc.gui.receipt_dialogs import (
        CentreKeysDialog,
        ReceiptAppliedDialog,
        ReceiptQrDialog,
        ReceiptsDialog,
    )
    from humdoc.gui.record_dialog import RecordDialog
    from humdoc.gui.safety_dialogs import DuressDialog
    from humdoc.gui.testimony_dialog import TestimonyDialog
    from humdoc.gui.vault_actions import ChangePassphraseDialog, SettingsDialog
    from humdoc.gui.workers import Job, JobDialog

    # The main window: locked (unlock and create pages), then unlocked on each role.
    locked = MainWindow(probe.tmp / "field")
    locked.restore_geometry()
    probe.check("main-unlock", locked)
    locked.unlock_screen.show_create()
    probe.check("main-create", locked)
    locked.unlock_screen.show_unlock()
    locked.unlock_screen.show_error(LONG_ERROR)
    probe.check("main-unlock-error", locked)
    locked.close()
    locked.deleteLater()
    yield

    win = MainWindow(probe.tmp / "centre")
    win.restore_geometry()
    win.show()
    win.adopt_session(centre)
    probe.check("main-centre", win)
    probe.check("devices", DevicesDialog(centre, win))
    probe.check("keys-centre", DeviceKeysDialog(centre, win))
    probe.check("revoke", RevokeDeviceDialog(centre, centre.devices.list()[0], win))
    outcomes = [
        BundleOutcome("laptop1-0001.humdoc", "received", "", {"cases": 2, "testimonies": 14}),
        BundleOutcome("laptop3-0007.humdoc", "rejected", LONG_ERROR),
    ]
    probe.check("bundle-results", BundleResultsDialog("Receive bundles", outcomes, win))
    prompt = ask_identity_passphrase(
        win,
        "Receive bundles",
        "If these bundles carry witness identities, humdoc needs the identity-compartment "
        "passphrase to file them in this centre's compartment. Skip: a bundle that carries "
        "identities is then not received (nothing of it is kept); the others are.",
        skip_text="Skip",
    )
    probe.check("identity-prompt", prompt)
    prompt.close()
    sent = probe.tmp / "laptop1-0001.humdoc"
    if not sent.exists():  # the second pass (translated) receives the same bundle again
        field.exporter.export([ids["case"]], ["Documentation centre"], sent, "keep")
    summary = centre.receiver().receive(sent)
    offer = ReceiptsDialog(centre, [(sent.name, summary)], win)
    probe.check("receipts", offer)
    probe.check("receipt-qr", ReceiptQrDialog(offer.receipt(), win))
    offer.close()
    _archive_windows(probe, win)
    win.workspace.set_session(None)
    win.session = None
    win.close()
    yield

    win = MainWindow(probe.tmp / "field")
    win.restore_geometry()
    win.show()
    win.adopt_session(field)
    win.workspace.select_case(ids["case"])
    probe.check("main-field", win)
    win.workspace.case_view.tabs.setCurrentWidget(win.workspace.media)
    win.workspace.media.select(ids["item"])
    probe.check("main-field-media", win)

    case = field.cases.get(ids["case"])
    testimony = field.testimonies.get(ids["testimony"])
    item = field.media.get(ids["item"])
    form_dialogs: list[tuple[str, dialogs.FormDialog]] = [
        ("case-new", dialogs.CaseDialog(field, None, win)),
        ("case-edit", dialogs.CaseDialog(field, case, win)),
        ("incident", dialogs.IncidentDialog(field, ids["case"], win)),
        ("testimony-new", TestimonyDialog(field, ids["case"], None, win)),
        ("testimony-edit", TestimonyDialog(field, ids["case"], testimony, win)),
        ("change-passphrase", ChangePassphraseDialog(field, lambda *a: None, win)),
        ("settings", SettingsDialog(field, win)),
        ("compartment", CompartmentDialog(field, win)),
        ("export-copy", ExportCopyDialog(item, "evidence", lambda p, o: None, win)),
    ]
    for name, form in form_dialogs:
        form.error.setText(LONG_ERROR)
        form.error.show()
        probe.check(name, form)
        form.close()
    yield

    export = ExportDialog(field, [ids["case"]], win)
    export.show_add_recipient()
    export.recipient_error.setText(LONG_ERROR)
    export.recipient_error.show()
    export.identity_box.setChecked(True)
    export.error.setText(LONG_ERROR)
    export.error.show()
    probe.check("export", export)
    export.close()
    result = ExportResult(
        path=probe.tmp / "market-square-2024-03-20.humdoc",
        bundle_id="b7a6f0c2-5d0e-4a39-9a5e-0c1f2d3e4f50",
        sequence=7,
        sha256="9f" * 32,
        size=48_213_504,
        plan=field.exporter.plan([ids["case"]]),
    )
    probe.check("export-result", ExportResultDialog(result, win))
    report = ImportReport(
        imported=[item],
        failed=[("notes.txt", "Not a photo or document humdoc can read.")] * 3,
        warnings=[("clip.mp4", LONG_ERROR)],
    )
    probe.check("import-report", ImportReportDialog(report, win))
    probe.check("custody", CustodyDialog(field, item, win))
    probe.check("keys-field", DeviceKeysDialog(field, win))
    probe.check("duress", DuressDialog(field, win))
    applied = Applied(
        "ab" * 32,
        "b-" + "0" * 24,
        7,
        "949E 0C27 1C21 4D75 A463 D8E5 116A 2450",
        "Documentation centre",
        [ids["item"], ids["testimony"]] * 20,
        [ids["testimony"]] * 3,
        Removal([ids["item"]], [Kept(ids["testimony"], "testimony", LONG_ERROR)] * 3, 2),
    )
    probe.check("receipt-applied", ReceiptAppliedDialog(field, applied, win))
    keys = CentreKeysDialog(field, win)
    keys.error.setText(LONG_ERROR)
    keys.error.show()
    probe.check("centre-keys", keys)
    keys.close()
    probe.check("panic", PanicDialog(field.root, win))
    probe.check("restore", RestoreDialog(probe.tmp / "restored", win))
    probe.check("suggest", SuggestDialog(win))
    probe.check("record", RecordDialog(field, ids["testimony"], "synthetic", win))
    video = dataclasses.replace(item, kind="video", original_name="VID_20240314_181502.mp4")
    player = PlayerDialog(b"", video, win)
    player.status.setText(LONG_ERROR)
    probe.check("player", player)
    probe.check("job", JobDialog(Job(lambda p, c: None), "Export cases", LONG_ERROR, True, win))
    identity = IdentityDialog(field, ids["witness"], "W-014", win)
    identity.unlock_error.setText(LONG_ERROR)
    identity.unlock_error.show()
    probe.check("identity-locked", identity)
    identity._opened(field.identities.open(COMPARTMENT))
    identity.error.setText(LONG_ERROR)
    identity.error.show()
    probe.check("identity-open", identity)
    identity.close()
    box = dialogs.show_error(win, "Export cases", LONG_ERROR * 3)
    probe.check("error-box", box)
    box.close()
    win.about()
    about = next(w for w in win.findChildren(QMessageBox) if w.isVisible())
    probe.check("about", about)
    about.close()
    win.workspace.set_session(None)
    win.session = None
    win.close()
    yield


def _wait_until(condition: Callable[[], bool], ms: int = 20_000) -> None:
    """Let the event loop run (background reads report) until ``condition()`` holds."""
    deadline = time.monotonic() + ms / 1000
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for the archive"
        QApplication.processEvents()
        time.sleep(0.01)


def _archive_windows(probe: Probe, win: QWidget) -> None:
    """The archive's connect dialog with an error, and its window as a protection officer sees
    it after reading a testimony (every button shown), on a real PostgreSQL server."""
    from humdoc.core.archive.session import ArchiveSession
    from humdoc.gui.archive_connect import ArchiveConnectDialog, shown_address
    from humdoc.gui.archive_window import ArchiveWindow
    from tests.archive.demo import demo_archive

    if probe.archive is None:
        probe.archive = demo_archive()
    url = probe.archive.url(probe.archive.role("prot1"))
    connect = ArchiveConnectDialog(shown_address(url), LONG_ERROR, win)
    connect.show_error(LONG_ERROR)
    probe.check("archive-connect", connect)
    connect.close()
    archive = ArchiveWindow(ArchiveSession.open(url, PASSPHRASE), shown_address(url))
    _wait_until(lambda: archive.cases_model.rowCount() > 0)
    archive.cases_view.selectRow(0)
    _wait_until(lambda: archive.testimonies_model.rowCount() > 0)
    archive.testimonies_view.selectRow(0)
    archive.read_button.click()
    _wait_until(lambda: "Soldiers" in archive.detail.toPlainText())
    archive.show_error(LONG_ERROR)
    probe.check("archive", archive)
    archive.lock()


def run(tmp: Path, shots: Path | None) -> dict[str, object]:
    """Open every window in English, then pseudo-translated; the JSON-able outcome."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from humdoc.gui.main_window import configure_application

    assert isinstance(app, QApplication)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp))
    configure_application(app)
    probe = Probe(tmp, shots)
    screen = app.primaryScreen().availableGeometry()
    translator = PseudoTranslator()
    field, centre, ids = build_vaults(tmp)
    real = real_languages()
    try:
        for language in ("en", "pseudo", *real):
            if language == "pseudo":
                QCoreApplication.installTranslator(translator)
            elif language != "en":
                QCoreApplication.removeTranslator(translator)
                install_translations(app, UiLanguage(language, language))
            probe.language = language
            for _ in windows(probe, field, centre, ids):
                _settle()
            _dispose()
    finally:
        field.close()
        centre.close()
    return {
        "screen": [screen.width(), screen.height()],
        "found": sorted(dialog_classes()),
        "opened": sorted(probe.opened),
        "problems": probe.report,
        "languages": ["en", "pseudo", *real],
    }


def main(argv: list[str]) -> int:
    # What is checked here is layout, not keys: every language's pass unlocks the same identity
    # compartment again, and need not pay Argon2id for it again.
    KdfParams.derive = derive_once_per_input  # type: ignore[method-assign]
    out = Path(argv[0])
    shots = Path(argv[1]) if len(argv) > 1 else None
    with tempfile.TemporaryDirectory(prefix="humdoc-fit-") as tmp:
        outcome = run(Path(tmp), shots)
    out.write_text(json.dumps(outcome, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
