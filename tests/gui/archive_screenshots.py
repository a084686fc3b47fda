"""The README's screenshots of the archive window, from a demo archive (invented content) on the
tests' own PostgreSQL server: ``python -m tests.gui.archive_screenshots docs/screenshots``
(offscreen; as root, the server runs as ``nobody``)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from humdoc.core.archive import store
from humdoc.core.archive.session import ArchiveSession
from humdoc.gui.archive_window import ArchiveWindow
from humdoc.gui.i18n import UiLanguage, install_translations
from humdoc.gui.main_window import configure_application
from tests.archive.conftest import ArchiveFixture
from tests.archive.demo import BUNDLE, demo_archive
from tests.conftest import PASSPHRASE

#: What the demo archive holds besides ``tests.archive.demo``'s case: (kind, body, case id or None).
MORE = [
    ("cases", {"id": "c-2", "title": "Detentions at the northern checkpoint", "status": "open",
               "created": "2026-10-12T09:00:00"}, "c-2"),
    ("cases", {"id": "c-3", "title": "اعتقالات حي الميناء", "status": "open",
               "created": "2026-10-20T09:00:00"}, "c-3"),
    ("testimonies", {"id": "t-ar", "case_id": "c-3", "interview_date": "2026-10-21",
                     "language": "ar", "witness_id": "p-ar",
                     "statement": "جاء الجنود إلى السوق عند الفجر واقتادوا الخباز. رأيت ذلك من "
                                  "نافذتي.\n\nبعد ساعة عادوا وأخذوا ابنه أيضًا.",
                     "interviewer": "فريق الميدان ب",
                     "consent": {"scopes": ["record", "share-centre"], "recorded_by": "",
                                 "recorded_at": "2026-10-21T10:00:00Z", "note": ""}}, "c-3"),
    ("persons", {"id": "p-ar", "code": "W-014", "role": "witness"}, None),
    ("testimonies", {"id": "t-2", "case_id": "c-archive-1", "interview_date": "2026-11-04",
                     "language": "en", "witness_id": "p-2", "interviewer": "documenter",
                     "statement": "The gate was open when I came on duty."}, "c-archive-1"),
    ("persons", {"id": "p-2", "code": "W-002", "role": "witness"}, None),
]  # fmt: skip


def _fill(made: ArchiveFixture) -> None:
    import psycopg

    with (
        made.open(made.role("intake1")) as intake,
        psycopg.connect(made.dba_url, autocommit=True) as conn,
        conn.transaction(),
    ):
        for kind, body, case in MORE:
            store.put_record(conn, intake.keys, kind, body, device="fp1", bundle_id=BUNDLE,
                             rank=1, case_id=case)  # fmt: skip


def _wait(app: QApplication, condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 20
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for the archive"
        app.processEvents()
        time.sleep(0.01)


def _shot(app: QApplication, made: ArchiveFixture, language: str, role: str, case: str,
          out: Path) -> None:  # fmt: skip
    install_translations(app, UiLanguage(language, "C" if language == "en" else language))
    win = ArchiveWindow(ArchiveSession.open(made.url(made.role(role)), PASSPHRASE))
    win.resize(1366, 768)
    win.show()
    _wait(app, lambda: win.cases_model.rowCount() >= 3)
    rows = range(win.cases_model.rowCount())
    win.cases_view.selectRow(
        next(i for i in rows if win.cases_model.row(i).summary["title"] == case)
    )
    _wait(app, lambda: win.testimonies_model.rowCount() > 0)
    win.testimonies_view.selectRow(win.testimonies_model.rowCount() - 1)
    win.read_button.click()
    _wait(app, lambda: "<hr" in win.detail.toHtml() or "\n\n" in win.detail.toPlainText())
    for _ in range(20):
        app.processEvents()
    win.grab().save(str(out))
    win.lock()


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    app = QApplication(sys.argv[:1])
    configure_application(app)
    made = demo_archive("centre")
    _fill(made)
    _shot(app, made, "en", "analyst1", "Market raid, Old Town", out / "archive.png")
    _shot(app, made, "ar", "prot1", "اعتقالات حي الميناء", out / "archive-ar.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
