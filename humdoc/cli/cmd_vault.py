"""Commands about the vault itself: init, passphrase change/suggest/strength, check, search,
taxonomy."""

from __future__ import annotations

import argparse
import math
from typing import Any

from humdoc.cli.context import Context
from humdoc.cli.output import table
from humdoc.cli.progress import TerminalProgress
from humdoc.core.errors import InvalidInput, VaultDamaged, WeakPassphrase
from humdoc.core.passphrases import RATINGS, SUGGESTED_WORDS, estimate, suggest, wordlist
from humdoc.core.session import Session
from humdoc.core.sizes import human_size


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a new vault")
    p.add_argument("--role", choices=["field", "centre"], default="field")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("passphrase", parents=[common], help="change the vault passphrase")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ch = psub.add_parser(
        "change", parents=[common], help="rewrap the master key under a new passphrase"
    )
    ch.set_defaults(handler=cmd_passphrase_change)
    sg = psub.add_parser(
        "suggest",
        parents=[common],
        help="print a new random passphrase (six words from the EFF long list, ~77 bits)",
    )
    sg.add_argument("--words", type=int, default=SUGGESTED_WORDS, help="how many words (≥ 4)")
    sg.set_defaults(handler=cmd_passphrase_suggest)
    st = psub.add_parser(
        "strength",
        parents=[common],
        help="estimate a passphrase's strength (from --passphrase-file or a prompt); exits 2 "
        "if humdoc would refuse it",
    )
    st.set_defaults(handler=cmd_passphrase_strength)

    p = sub.add_parser(
        "check",
        parents=[common],
        help="check the database, every attachment and every custody chain",
        description="Decrypt every attachment and compare its size and SHA-256 with its record, "
        "verify every custody chain and the database, and list missing, damaged and unknown "
        "files by item id. Exits with status 6 if anything is damaged.",
    )
    p.add_argument(
        "--quick", action="store_true", help="check the database alone (no attachments, no custody)"
    )
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("search", parents=[common], help="full-text search (never identity fields)")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("taxonomy", parents=[common], help="list the violation taxonomy")
    p.set_defaults(handler=cmd_taxonomy)


def cmd_init(ctx: Context, args: argparse.Namespace) -> None:
    session = ctx.adopt(Session.create(ctx.vault_path, ctx.passphrase(confirm=True), args.role))
    ctx.out.emit(
        {"vault": str(ctx.vault_path), "role": session.role},
        f"Created a {session.role} vault at {ctx.vault_path}.",
    )


def cmd_passphrase_change(ctx: Context, args: argparse.Namespace) -> None:
    old = ctx.passphrase()
    session = ctx.session()
    session.change_passphrase(old, ctx.new_secret("New passphrase"))
    ctx.out.emit({"changed": True}, "Passphrase changed.")


def cmd_passphrase_suggest(ctx: Context, args: argparse.Namespace) -> None:
    if args.words < 4:
        raise InvalidInput("A suggested passphrase has at least four words.")
    words = suggest(args.words)
    bits = args.words * math.log2(len(wordlist()))
    ctx.out.emit({"passphrase": words, "bits": round(bits, 1)}, words)


def cmd_passphrase_strength(ctx: Context, args: argparse.Namespace) -> None:
    secret = ctx.passphrase()
    try:
        text = secret.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("The passphrase is not UTF-8 text.") from None
    result = estimate(text)
    if not result.acceptable:
        raise WeakPassphrase(result.reason())
    ctx.out.emit(
        {
            "bits": round(result.bits, 1),
            "rating": RATINGS[result.rating],
            "acceptable": result.acceptable,
            "warning": result.warning,
        },
        result.reason(),
    )


def cmd_check(ctx: Context, args: argparse.Namespace) -> None:
    session = ctx.session()
    with TerminalProgress("Checking") as meter:
        report = session.check(quick=args.quick, progress=meter)
    lines = [f"{f.kind.upper():9} {f}" for f in report]
    if not report.ok:
        lines.append(f"Damage found in {len(report.damaged)} place(s).")
    elif report.quick:
        lines.append("The vault database is intact (attachments and custody not checked).")
    else:
        lines.append(
            f"The vault is intact: the database, {report.chains} custody chain(s) and "
            f"{report.attachments} attachment(s) ({human_size(report.bytes)}) checked."
        )
        if report:
            lines.append("The files listed above belong to no record; no evidence is affected.")
    ctx.out.emit(report.to_json(), lines)
    if not report.ok:
        first = report.damaged[0]
        raise VaultDamaged(
            f"The vault check found damage in {len(report.damaged)} place(s); first: {first}"
        )


def cmd_search(ctx: Context, args: argparse.Namespace) -> None:
    hits = ctx.session().search(" ".join(args.query), args.limit)
    ctx.out.emit(
        {"hits": [h.__dict__ for h in hits]},
        table(
            [[h.kind, h.ref, h.title, h.snippet] for h in hits], ["KIND", "ID", "TITLE", "MATCH"]
        ),
    )


def cmd_taxonomy(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.domain.taxonomy import load_taxonomy

    tax = load_taxonomy()
    ctx.out.emit(
        {"version": tax.version, "items": [v.__dict__ for v in tax.items]},
        [("  " if v.parent else "") + f"{v.code}  {v.label}" for v in tax.items],
    )
