"""Render the documentation screenshots: ``python -m humdoc.gui.screenshots OUTDIR``.

Builds a throw-away demo vault (invented content only) in a temporary folder, renders the unlock
screen and the unlocked main window offscreen, and writes ``unlock.png`` and
``main-window.png`` into OUTDIR. QSettings are redirected into the temporary folder too, so
nothing of the user's own configuration is read or written.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams

SIZE = (1200, 760)
DEMO_PASSPHRASE = b"demo only - not a real vault"


def build_demo_vault(root: Path) -> Session:
    """A field vault with two cases, incidents and testimonies of invented content."""
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
    session.testimonies.add(
        checkpoint.id,
        "W-021",
        "I was held for four days in a container at the checkpoint.",
        language="en",
        interview_date="2024-04-02",
        interviewer="Field team A",
        consent=("record",),
    )
    return session


def render(outdir: Path) -> list[Path]:
    """Write the screenshots into ``outdir``; return their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from humdoc.gui.main_window import MainWindow, configure_application

    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="humdoc-shots-") as tmp:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        configure_application(app)
        root = Path(tmp) / "vault"
        build_demo_vault(root).close()

        window = MainWindow(root)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        unlock_png = outdir / "unlock.png"
        window.grab().save(str(unlock_png))

        window.adopt_session(Session.open(root, DEMO_PASSPHRASE))
        workspace = window.workspace
        cases = workspace.cases_model
        market = next(
            cases.record(r).id for r in range(cases.rowCount()) if "Market" in cases.record(r).title
        )
        workspace.select_case(market)
        workspace.case_view.testimonies.view.selectRow(0)
        app.processEvents()
        main_png = outdir / "main-window.png"
        window.grab().save(str(main_png))
        window.lock()
        window.close()
    return [unlock_png, main_png]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m humdoc.gui.screenshots OUTDIR\n")
        return 2
    for path in render(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
