"""``humdoc archive search``: full-text search in a shared archive (never identity fields).

The ``archive`` command adds this sub-command with ``add_arguments(subparsers, parents)``. The
archive is named by ``--archive postgresql://…`` (or ``HUMDOC_ARCHIVE``); the member's humdoc
passphrase comes from ``--passphrase-file``, ``HUMDOC_PASSPHRASE`` or a prompt, as everywhere.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from humdoc.cli.output import table
from humdoc.core.errors import UsageError

if TYPE_CHECKING:
    from humdoc.cli.context import Context
    from humdoc.core.archive.session import ArchiveSession

ENV_ARCHIVE = "HUMDOC_ARCHIVE"
KINDS = ("cases", "incidents", "testimonies")


def add_arguments(
    subparsers: Any, parents: Sequence[argparse.ArgumentParser] = ()
) -> argparse.ArgumentParser:
    """Add ``search`` to the ``archive`` command's sub-commands; returns its parser."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "search",
        parents=list(parents),
        help="full-text search in the archive (never identity fields)",
        description="Find the cases, incidents and testimonies whose text holds every word "
        "given, in any of its forms (Arabic, English, French, Spanish, Russian and Ukrainian "
        "words are matched by their stems). The archive's server sees only keyed tokens.",
    )
    p.add_argument("query", nargs="+", help="the words to find")
    p.add_argument("--kind", choices=KINDS, help="only records of this kind")
    p.add_argument("--case", metavar="CASE_ID", help="only records of this case")
    p.add_argument("--limit", type=int, default=200, help="at most this many (default 200)")
    named = {opt for parent in parents for a in parent._actions for opt in a.option_strings}
    if "--archive" not in named:
        p.add_argument(
            "--archive",
            metavar="URL",
            default=argparse.SUPPRESS,
            help=f"the archive's postgresql:// address (or {ENV_ARCHIVE})",
        )
    p.set_defaults(handler=cmd_archive_search)
    return p


def open_archive(ctx: Context, args: argparse.Namespace) -> ArchiveSession:
    """Connect to the archive ``--archive`` (an address or a saved connection's name; else
    ``HUMDOC_ARCHIVE``) names and unlock it, as every ``humdoc archive`` command does."""
    from humdoc.cli.cmd_archive import open_session

    if not getattr(args, "archive", None):
        args.archive = os.environ.get(ENV_ARCHIVE)
    if not args.archive:
        raise UsageError(f"Name the archive: --archive postgresql://… (or {ENV_ARCHIVE}).")
    return open_session(ctx, args)


def cmd_archive_search(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive import search, store

    with open_archive(ctx, args) as session:
        rows = search.search(
            session, " ".join(args.query), kind=args.kind, case_id=args.case, limit=args.limit
        )
        rows = store.with_witness_codes(session.conn, session.keys, rows)
    hits: list[dict[str, Any]] = [
        {
            "kind": r.kind,
            "id": r.id,
            "case_id": r.case_id,
            "title": _label(r.summary),
            "updated": r.updated,
        }
        for r in rows
    ]
    ctx.out.emit(
        {"hits": hits},
        table(
            [[h["kind"], h["id"], h["case_id"] or "", h["title"]] for h in hits],
            ["KIND", "ID", "CASE", "TITLE"],
        ),
    )


def _label(summary: dict[str, Any]) -> str:
    """A hit as the list names it: a title, else a testimony's witness code and interview
    date, else a media item's kind and type."""
    if summary.get("title"):
        return str(summary["title"])
    witness = summary.get("witness_code") or summary.get("witness_id")
    if witness:
        day = summary.get("interview_date")
        return f"{witness} ({day})" if day else str(witness)
    return " ".join(str(summary[k]) for k in ("kind", "mime", "code") if summary.get(k))
