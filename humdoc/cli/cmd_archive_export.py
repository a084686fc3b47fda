"""``humdoc archive report | export-uwazi | export-publication``: a desktop vault's custody report
and exports, made from the shared archive by an analyst (or a protection officer).

The same report format and verdicts, and the same consent gates, as ``humdoc report``,
``humdoc export-uwazi`` and ``humdoc export-publication`` on a vault
(``humdoc.core.archive.export``). Every record read is in the archive's access log, with one
``export-…`` entry per case; a member whose duty may not read records is refused by the
database, in one line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from humdoc.cli.cmd_archive import guarded, open_session, store_folder
from humdoc.cli.cmd_report import publication_written, uwazi_written, write_report
from humdoc.cli.context import Context
from humdoc.core.errors import UsageError
from humdoc.core.media.policy import POLICY_NAMES


def add_arguments(asub: Any, where: argparse.ArgumentParser) -> None:
    """Add the three commands to ``humdoc archive``'s sub-commands ``asub``."""
    p = asub.add_parser(
        "report",
        parents=[where],
        help="write a case's custody report for investigators and courts (PDF or JSON; logged)",
    )
    p.add_argument("case_id", metavar="CASE")
    p.add_argument(
        "--out",
        metavar="FILE",
        help="FILE.pdf or FILE.json (without it, --json prints the whole report)",
    )
    p.set_defaults(handler=guarded(cmd_report))

    p = asub.add_parser(
        "export-uwazi",
        parents=[where],
        help="write a zip that Uwazi's CSV import takes, media from the blob store (logged)",
    )
    p.add_argument("cases", nargs="+", metavar="CASE")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument(
        "--store",
        metavar="PATH",
        help="the archive's blob store (default: the one saved with the connection)",
    )
    p.add_argument("--policy", choices=POLICY_NAMES)
    p.set_defaults(handler=guarded(cmd_export_uwazi))

    p = asub.add_parser(
        "export-publication",
        parents=[where],
        help="write what consent allows to publish (anonymised) as CSV or JSON (logged)",
    )
    p.add_argument("cases", nargs="+", metavar="CASE")
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.json")
    p.set_defaults(handler=guarded(cmd_export_publication))


def cmd_report(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive import export
    from humdoc.core.report.build import report_format

    if args.out is None and not ctx.out.as_json:
        raise UsageError("Give --out FILE.pdf or FILE.json, or --json to print the report.")
    kind = None if args.out is None else report_format(Path(args.out))
    with open_session(ctx, args) as s:
        report = export.report(s, args.case_id)
    if kind is None:
        ctx.out.emit(report.to_json(), [])
    else:
        write_report(ctx, report, Path(args.out), kind)


def cmd_export_uwazi(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive import export
    from humdoc.core.archive.receive import open_store

    with open_session(ctx, args) as s:
        result = export.uwazi(s, open_store(s, store_folder(args)), args.cases, Path(args.out),
                              args.policy)  # fmt: skip
    uwazi_written(ctx, result)


def cmd_export_publication(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive import export

    with open_session(ctx, args) as s:
        result = export.publication(s, args.cases, Path(args.out))
    publication_written(ctx, result)
