"""The archive window's Export menu: the chosen case's custody report, Uwazi export and
publication export, made from the archive (``humdoc.core.archive.export``) off the GUI thread.

Each asks where to save the file, then runs as one of the window's reads: a refusal (the
database refuses members whose duty may not read records) or any other failure is one line
above the lists and writes nothing; success is told in a box that does not block. The menu is
shown to the duties that read records (analyst, protection); the database decides all the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from humdoc.core.errors import InvalidInput
from humdoc.gui import dialogs, file_dialogs
from humdoc.gui.paths import display_path

if TYPE_CHECKING:
    from humdoc.core.archive.session import ArchiveSession
    from humdoc.gui.archive_window import ArchiveWindow

#: The duties that read records, to whom the menu is shown.
READERS = ("analyst", "protection")


class ExportMenu(QObject):
    """The Export menu of ``window``, acting on the case it shows."""

    def __init__(self, window: ArchiveWindow, duty: str) -> None:
        super().__init__(window)
        self.window = window
        #: The case the window shows: ``(id, title)``, or None before one is chosen.
        self.case: tuple[str, str] | None = None
        self.menu = window.menuBar().addMenu(self.tr("&Export"))
        self.menu.menuAction().setVisible(duty in READERS)
        self.report_action = QAction(self.tr("Custody &report…"), window)
        self.report_action.triggered.connect(lambda _checked=False: self.ask_report())
        self.uwazi_action = QAction(self.tr("For &Uwazi…"), window)
        self.uwazi_action.triggered.connect(lambda _checked=False: self.ask_uwazi())
        self.publication_action = QAction(self.tr("For &publication…"), window)
        self.publication_action.triggered.connect(lambda _checked=False: self.ask_publication())
        for action in (self.report_action, self.uwazi_action, self.publication_action):
            action.setToolTip(
                self.tr("Every record it reads, and the export itself, go into the access log.")
            )
            action.setVisible(duty in READERS)
            self.menu.addAction(action)
        self.show_case(None)

    def show_case(self, case: tuple[str, str] | None) -> None:
        """Act on ``case`` (``(id, title)``) from now on; None disables the menu."""
        self.case = case
        for action in (self.report_action, self.uwazi_action, self.publication_action):
            action.setEnabled(case is not None)

    # --- asking where ---------------------------------------------------------------------

    def _ask(self, title: str, name: str, filters: str) -> Path | None:
        if self.case is None:
            return None
        return file_dialogs.save_file_name(self.window, title, Path.home() / name, filters)

    def ask_report(self) -> Path | None:
        """Ask where to save the case's custody report, then write it; the path chosen."""
        case_id = self.case[0] if self.case else ""
        out = self._ask(
            QCoreApplication.translate("ReportDialog", "Save custody report"),
            f"custody-report-{case_id}.pdf",
            QCoreApplication.translate("ReportDialog", "PDF (*.pdf);;JSON (*.json)"),
        )
        if out is not None:
            self.write_report(out)
        return out

    def ask_uwazi(self) -> Path | None:
        """Ask where to save the Uwazi zip, then write it; the path chosen."""
        case_id = self.case[0] if self.case else ""
        out = self._ask(self.tr("Save for Uwazi"), f"uwazi-{case_id}.zip", self.tr("Zip (*.zip)"))
        if out is not None:
            self.write_uwazi(out)
        return out

    def ask_publication(self) -> Path | None:
        """Ask where to save the publication export, then write it; the path chosen."""
        case_id = self.case[0] if self.case else ""
        out = self._ask(
            self.tr("Save for publication"),
            f"publication-{case_id}.csv",
            self.tr("CSV (*.csv);;JSON (*.json)"),
        )
        if out is not None:
            self.write_publication(out)
        return out

    # --- writing, off the GUI thread --------------------------------------------------------

    def write_report(self, out: Path) -> None:
        """Write the case's custody report to ``out`` (``.pdf`` or ``.json``)."""
        from humdoc.core.archive import export
        from humdoc.core.report.build import report_format, write_json
        from humdoc.gui.report_pdf import write_pdf

        if self.case is None:
            return
        case_id = self.case[0]

        def work(s: ArchiveSession) -> tuple[bool, int]:
            kind = report_format(out, replace=True)  # the save dialog asked before replacing
            report = export.report(s, case_id)
            if kind == "json":
                write_json(report, out)
            else:
                write_pdf(report, out)
            bad = sum(1 for e in report.events if e.signature != "verified" or e.problems)
            return report.all_verified, bad

        def done(result: tuple[bool, int]) -> None:
            verified, bad = result
            saved = (
                QCoreApplication.translate(
                    "ReportDialog", "Saved to {path}.\n\nEvery custody event verified."
                )
                if verified
                else QCoreApplication.translate(
                    "ReportDialog",
                    "Saved to {path}.\n\nVERIFICATION FAILED for {n} custody event(s).",
                )
            )
            self._told(
                QCoreApplication.translate("ReportDialog", "Custody report"),
                saved.format(path=display_path(out), n=bad),
            )

        self.window.read_in_background("export", work, done)

    def write_uwazi(self, out: Path) -> None:
        """Write the Uwazi zip of the case to ``out``, media from the blob store folder."""
        from humdoc.core.archive import export
        from humdoc.core.archive.receive import open_store

        if self.case is None:
            return
        case_id, folder = self.case[0], self.window.store_folder

        def work(s: ArchiveSession) -> Any:
            if folder is None:
                raise InvalidInput(
                    "Media come from the archive's blob store: connect again and give its folder."
                )
            return export.uwazi(s, open_store(s, folder), [case_id], out)

        def done(result: Any) -> None:
            text = self.tr(
                "Saved to {path} and its template beside it. Rows: {rows}; files: {files}."
            ).format(path=display_path(out), rows=result.rows, files=result.files)
            self._told(self.tr("Export for Uwazi"), text, result.withheld)

        self.window.read_in_background("export", work, done)

    def write_publication(self, out: Path) -> None:
        """Write what consent allows to publish of the case to ``out`` (``.csv``/``.json``)."""
        from humdoc.core.archive import export

        if self.case is None:
            return
        case_id = self.case[0]

        def done(result: Any) -> None:
            text = self.tr("Saved to {path}. Testimonies written: {rows}.").format(
                path=display_path(out), rows=result.rows
            )
            self._told(self.tr("Export for publication"), text, result.withheld)

        self.window.read_in_background(
            "export", lambda s: export.publication(s, [case_id], out), done
        )

    def _told(self, title: str, text: str, withheld: Any = ()) -> None:
        """Say ``text`` in a box that does not block, with how much was held back."""
        parts = [text]
        if withheld:
            parts.append(self.tr("Held back (consent or policy): {n}.").format(n=len(withheld)))
        dialogs.show_info(self.window, title, "\n\n".join(parts))
