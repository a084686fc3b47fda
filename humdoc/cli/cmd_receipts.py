"""Commands for receipts: the centre makes them, the field device applies them and frees itself."""

from __future__ import annotations

import argparse
import io
from pathlib import Path
from typing import Any

import segno

from humdoc.cli.context import Context
from humdoc.cli.output import counted, table
from humdoc.core.errors import UsageError
from humdoc.core.exchange.receipt_book import Applied, Removal
from humdoc.core.exchange.receipts import Receipt, make_receipt, read_receipt


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    rec = sub.add_parser(
        "receipts", parents=[common], help="signed receipts from the centre back to the field"
    )
    rs = rec.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = rs.add_parser(
        "make", parents=[common], help="centre: make the signed receipt of a received bundle"
    )
    p.add_argument("bundle_id", metavar="BUNDLE_ID")
    p.add_argument("--out", required=True, metavar="FILE", help="also writes FILE.minisig")
    p.add_argument(
        "--qr", action="store_true", help="also print it as QR codes (for a device with no USB)"
    )
    p.set_defaults(handler=cmd_receipts_make)
    p = rs.add_parser(
        "apply",
        parents=[common],
        help="field: check a centre's receipt and mark its items safe at the centre",
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help="the receipt (its .minisig beside it), or its text or QR codes' text",
    )
    p.add_argument(
        "--remove", action="store_true", help="also remove the receipted media from this device"
    )
    p.add_argument(
        "--testimonies",
        action="store_true",
        help="also remove the receipted testimonies' texts from this device",
    )
    p.set_defaults(handler=cmd_receipts_apply)
    p = rs.add_parser(
        "remove",
        parents=[common],
        help="field: remove items a receipt declared safe at the centre (crypto-erase)",
    )
    p.add_argument("items", nargs="*", metavar="ITEM", help="default: every receipted media item")
    p.add_argument(
        "--testimonies", action="store_true", help="with no ITEM: also every receipted testimony"
    )
    p.set_defaults(handler=cmd_receipts_remove)
    rs.add_parser(
        "list", parents=[common], help="field: receipts applied, items safe at the centre"
    ).set_defaults(handler=cmd_receipts_list)


def cmd_receipts_make(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    s.vault.require_role("centre", "Making receipts")
    emit_receipt(ctx, make_receipt(s.db, s.device_keys, args.bundle_id), Path(args.out), args.qr)


def emit_receipt(ctx: Context, receipt: Receipt, out: Path, qr: bool) -> None:
    """Write a centre's ``receipt`` (a ``Receipt``) to ``out`` and its signature beside it, and
    say so (with the QR codes if ``qr``): the same for a centre vault and an archive."""
    doc, sig = receipt.write(out)
    lines = receipt_lines(receipt.fields, doc, sig)
    if qr:
        lines += qr_lines(receipt.qr_parts())
    ctx.out.emit(
        {
            "file": str(doc),
            "signature": str(sig),
            "sha256": receipt.sha256,
            "qr": receipt.qr_parts(),
            **receipt.fields,
        },
        lines,
    )


def receipt_lines(fields: dict[str, Any], doc: Path, sig: Path) -> list[str]:
    """What the centre says when it wrote a receipt (also after ``receive``)."""
    return [
        f"Wrote the signed receipt of bundle {fields['bundle_id']} "
        f"({counted(len(fields['items']), 'item', 'items')}) to {doc} and {sig}.",
        "Carry both back to the field device: 'humdoc receipts apply "
        f"{doc.name}' there frees it of what the centre holds.",
    ]


def qr_lines(parts: list[str]) -> list[str]:
    lines = []
    for n, part in enumerate(parts, 1):
        out = io.StringIO()
        segno.make(part, error="m", mode="alphanumeric").terminal(out=out, compact=True)
        lines += [f"QR code {n} of {len(parts)}:", out.getvalue().rstrip("\n")]
    return lines


def cmd_receipts_apply(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    book = s.receipt_book()
    applied = book.apply(read_receipt(Path(args.file)), args.remove, args.testimonies)
    ctx.out.emit(applied.to_json(), applied_lines(applied, s.settings.remove_when_receipted))


def applied_lines(applied: Applied, automatic: bool) -> list[str]:
    lines = [
        f"Receipt from {applied.recipient} checked: bundle {applied.bundle_id} "
        f"(sequence {applied.sequence}) arrived.",
        f"Marked safe at the centre: {counted(len(applied.marked), 'item', 'items')}.",
    ]
    if applied.unmarked:
        lines.append(
            f"Not marked: {', '.join(applied.unmarked)} (sent before this humdoc recorded what "
            "it sent)."
        )
    if applied.removal is not None:
        lines += removal_lines(applied.removal)
    elif applied.marked and not automatic:
        lines.append(
            "To free this device of them: 'humdoc receipts remove' (the media; add "
            "--testimonies, or name ITEM ids, for testimony texts too)."
        )
    return lines


def removal_lines(done: Removal) -> list[str]:
    lines = [
        f"Removed from this device: {counted(len(done.removed), 'item', 'items')} "
        f"({counted(done.erased_blobs, 'file', 'files')} crypto-erased); "
        "a tombstone and the chain of custody stay."
    ]
    lines += [f"Kept {k.kind} {k.id}: {k.reason}." for k in done.kept]
    return lines


def cmd_receipts_remove(ctx: Context, args: argparse.Namespace) -> None:
    if args.items and args.testimonies:
        raise UsageError("Give ITEM ids or --testimonies, not both.")
    book = ctx.session().receipt_book()
    done = book.remove(args.items or None, testimonies=args.testimonies)
    ctx.out.emit(done.to_json(), removal_lines(done))


def cmd_receipts_list(ctx: Context, args: argparse.Namespace) -> None:
    book = ctx.session().receipt_book()
    receipts = book.receipts()
    items = book.safe_items()
    lines = table(
        [[r["applied"][:19], r["recipient"], r["bundle_id"], str(r["items"])] for r in receipts],
        ["APPLIED", "CENTRE", "BUNDLE", "ITEMS"],
    )
    here = [
        [i.id, i.kind, i.bundle_id, "removed" if i.removed else "on this device"] for i in items
    ]
    lines += ["", *table(here, ["ITEM", "KIND", "BUNDLE", "HERE"])]
    ctx.out.emit(
        {
            "receipts": receipts,
            "safe_at_centre": [i.to_json() for i in items],
            "tombstones": book.tombstones(),
        },
        lines,
    )
