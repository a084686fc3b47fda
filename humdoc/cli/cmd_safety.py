"""Commands for bad days: duress passphrase, panic, backup and restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from humdoc.cli.context import Context
from humdoc.core.errors import InvalidInput, UsageError
from humdoc.core.session import Session

PANIC_WORD = "PANIC"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("duress", parents=[common], help="a passphrase that destroys the keys")
    dsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ds = dsub.add_parser(
        "set",
        parents=[common],
        help="set (or replace) the duress passphrase; typing it at unlock destroys the keys "
        "and looks like a wrong passphrase",
    )
    ds.set_defaults(handler=cmd_duress_set)
    dc = dsub.add_parser("clear", parents=[common], help="remove the duress passphrase")
    dc.set_defaults(handler=cmd_duress_clear)

    p = sub.add_parser(
        "panic",
        parents=[common],
        help="destroy the vault keys now, no passphrase needed (irreversible)",
    )
    p.add_argument("--wipe", action="store_true", help="also delete every vault file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_panic)

    p = sub.add_parser("backup", parents=[common], help="write an encrypted backup of the vault")
    p.add_argument("--out", metavar="FILE", required=True, help="the backup file (must not exist)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", parents=[common], help="restore a backup into a new, empty vault folder"
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)


def cmd_duress_set(ctx: Context, args: argparse.Namespace) -> None:
    passphrase = ctx.passphrase()
    session = ctx.session()
    session.set_duress(passphrase, ctx.new_secret("Duress passphrase"))
    ctx.out.emit(
        {"duress": True},
        "Duress passphrase set. Typing it at unlock destroys the keys for good and shows "
        "'Wrong passphrase.'",
    )


def cmd_duress_clear(ctx: Context, args: argparse.Namespace) -> None:
    passphrase = ctx.passphrase()
    ctx.session().clear_duress(passphrase)
    ctx.out.emit({"duress": False}, "No duress passphrase is set any more.")


def cmd_panic(ctx: Context, args: argparse.Namespace) -> None:
    if not args.yes:
        if ctx.out.as_json or not sys.stdin.isatty():
            raise UsageError("panic destroys the vault keys for good: add --yes to confirm.")
        what = "delete the vault" if args.wipe else "destroy the vault keys"
        try:
            answer = input(f"This will {what} at {ctx.vault_path} for good. Type {PANIC_WORD}: ")
        except EOFError:
            answer = ""
        if answer.strip() != PANIC_WORD:
            raise InvalidInput("Not confirmed; nothing was changed.")
    result = Session.panic(ctx.vault_path, wipe=args.wipe)
    text = (
        "The vault keys are destroyed and its files deleted."
        if result.wiped
        else "The vault keys are destroyed; nothing in this vault can be opened again."
    )
    ctx.out.emit({"keys_destroyed": result.keys_destroyed, "wiped": result.wiped}, text)


def cmd_backup(ctx: Context, args: argparse.Namespace) -> None:
    result = ctx.session().backup(Path(args.out))
    ctx.out.emit(
        {"backup": str(result.path), "files": result.files, "size": result.size},
        f"Backup written to {result.path} ({result.files} files, {result.size} bytes). "
        "It opens with the vault's passphrase; keep it as safe as the laptop.",
    )


def cmd_restore(ctx: Context, args: argparse.Namespace) -> None:
    result = Session.restore(Path(args.file), ctx.vault_path, ctx.passphrase())
    ctx.out.emit(
        {"vault": str(result.root), "files": result.files},
        f"Restored {result.files} files into {result.root}; the vault opens and is intact.",
    )
