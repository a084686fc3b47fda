"""Commands for the custody report, the Uwazi export and the publication export."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from humdoc.cli.context import Context
from humdoc.cli.output import counted
from humdoc.core.errors import UsageError
from humdoc.core.exchange.publication import PublicationResult, export_publication
from humdoc.core.exchange.uwazi import UwaziResult, export_uwazi
from humdoc.core.report.build import build_report, report_format, write_json
from humdoc.core.report.model import CustodyReport


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help="write a case's custody report for investigators and courts (PDF, or JSON)",
    )
    p.add_argument("case_id", metavar="CASE")
    p.add_argument(
        "--out",
        metavar="FILE",
        help="FILE.pdf or FILE.json (without it, --json prints the whole report)",
    )
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser(
        "export-uwazi",
        parents=[common],
        help="write a zip that Uwazi's CSV import takes (and its template beside it)",
    )
    p.add_argument("cases", nargs="+", metavar="CASE")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument("--policy", choices=["keep", "evidence", "strip"])
    p.set_defaults(handler=cmd_export_uwazi)

    p = sub.add_parser(
        "export-publication",
        parents=[common],
        help="write what consent allows to publish (anonymised) as CSV or JSON",
    )
    p.add_argument("cases", nargs="+", metavar="CASE")
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.json")
    p.set_defaults(handler=cmd_export_publication)


def cmd_report(ctx: Context, args: argparse.Namespace) -> None:
    if args.out is None:
        if not ctx.out.as_json:
            raise UsageError("Give --out FILE.pdf or FILE.json, or --json to print the report.")
        report = build_report(ctx.session(), args.case_id)
        ctx.out.emit(report.to_json(), [])
        return
    out = Path(args.out)
    kind = report_format(out)
    report = build_report(ctx.session(), args.case_id)
    write_report(ctx, report, out, kind)


def write_report(ctx: Context, report: CustodyReport, out: Path, kind: str) -> None:
    """Write ``report`` to ``out`` as ``kind`` (``pdf`` or ``json``) and say what it holds."""
    size = write_json(report, out) if kind == "json" else _write_pdf(report, out)
    failed = sum(1 for e in report.events if e.signature != "verified" or e.problems)
    verdict = (
        "every custody event verified"
        if report.all_verified
        else f"VERIFICATION FAILED for {counted(failed, 'custody event', 'custody events')}"
    )
    ctx.out.emit(
        {
            "path": str(out),
            "size": size,
            "items": len(report.items),
            "events": len(report.events),
            "all_verified": report.all_verified,
            "held_back": [w.__dict__ for w in report.withheld],
        },
        [
            f"Wrote {out} ({counted(len(report.items), 'item', 'items')}, "
            f"{counted(len(report.events), 'custody event', 'custody events')}): {verdict}."
        ],
    )


def _write_pdf(report: Any, out: Path) -> int:
    # Qt only for the PDF: the JSON report and every other command run without it.
    from PySide6.QtGui import QGuiApplication

    from humdoc.gui.report_pdf import write_pdf

    # A PDF needs fonts, not a screen: the offscreen platform works on a machine with no display.
    app = QGuiApplication.instance() or QGuiApplication(["humdoc", "-platform", "offscreen"])
    try:
        return write_pdf(report, out)
    finally:
        del app


def cmd_export_uwazi(ctx: Context, args: argparse.Namespace) -> None:
    uwazi_written(ctx, export_uwazi(ctx.session(), args.cases, Path(args.out), args.policy))


def uwazi_written(ctx: Context, result: UwaziResult) -> None:
    """Say what an Uwazi export wrote and what it held back."""
    lines = [
        f"Wrote {result.path} ({counted(result.rows, 'row', 'rows')}, "
        f"{counted(result.files, 'file', 'files')}) and the template {result.template_path}."
    ]
    lines += [f"Held back {w.kind} {w.id}: {w.reason}" for w in result.withheld]
    ctx.out.emit(result.to_json(), lines)


def cmd_export_publication(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    publication_written(ctx, export_publication(s.cases, s.testimonies, args.cases, Path(args.out)))


def publication_written(ctx: Context, result: PublicationResult) -> None:
    """Say what a publication export wrote and what it held back."""
    lines = [f"Wrote {result.path} ({counted(result.rows, 'testimony', 'testimonies')})."]
    lines += [f"Held back {w.kind} {w.id}: {w.reason}" for w in result.withheld]
    ctx.out.emit(result.to_json(), lines)
