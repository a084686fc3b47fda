"""Case view → Report…: save a case's custody report as PDF or JSON, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from humdoc.core.domain.cases import Case
from humdoc.core.errors import HumdocError
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.report.build import build_report, report_format, write_json
from humdoc.core.session import Session
from humdoc.gui import dialogs
from humdoc.gui.file_dialogs import save_file_name
from humdoc.gui.paths import display_path
from humdoc.gui.report_pdf import write_pdf
from humdoc.gui.workers import Job, JobDialog, run_job


def write_report(
    parent: QWidget | None, session: Session, case: Case, out: Path
) -> tuple[Job, JobDialog]:
    """Build the report of ``case`` and write it to ``out`` (``.pdf`` or ``.json``) in a job.

    On success an information box says where it went and whether every custody event verified;
    a failure (a bad file name included) is shown as an error and writes nothing.
    """
    title = QCoreApplication.translate("ReportDialog", "Custody report")

    def job(progress: Progress, cancelled: Cancelled) -> tuple[bool, int]:
        kind = report_format(out, replace=True)  # the save dialog asked before replacing
        progress(0, 2)
        report = build_report(session, case.id)
        progress(1, 2)
        if kind == "json":
            write_json(report, out)
        else:
            write_pdf(report, out)
        progress(2, 2)
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
        dialogs.show_info(parent, title, saved.format(path=display_path(out), n=bad))

    return run_job(
        job,
        parent=parent,
        title=title,
        message=QCoreApplication.translate(
            "ReportDialog", "Checking every custody event and writing the report…"
        ),
        on_success=done,
        cancellable=False,
    )


def ask_and_write_report(
    parent: QWidget | None, session: Session, case: Case
) -> tuple[Job, JobDialog] | None:
    """Ask where to save the report, then write it; None if the user cancelled."""
    out = save_file_name(
        parent,
        QCoreApplication.translate("ReportDialog", "Save custody report"),
        Path.home() / f"custody-report-{case.id}.pdf",
        QCoreApplication.translate("ReportDialog", "PDF (*.pdf);;JSON (*.json)"),
    )
    if out is None:
        return None
    try:
        report_format(out, replace=True)
    except HumdocError as exc:
        dialogs.show_error(
            parent, QCoreApplication.translate("ReportDialog", "Custody report"), str(exc)
        )
        return None
    return write_report(parent, session, case, out)
