"""Argument parsing, dispatch and the mapping of errors to exit codes and one-line messages."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from humdoc import __version__
from humdoc.cli import (
    cmd_cases,
    cmd_exchange,
    cmd_identity,
    cmd_media,
    cmd_receipts,
    cmd_record,
    cmd_report,
    cmd_safety,
    cmd_vault,
)
from humdoc.cli.context import Context
from humdoc.cli.output import safe_text
from humdoc.core.errors import HumdocError

Handler = Callable[[Context, argparse.Namespace], None]

# Each module adds its sub-commands; kept in one list so the help lists them in this order.
COMMAND_MODULES = [
    cmd_vault,
    cmd_cases,
    cmd_identity,
    cmd_media,
    cmd_record,
    cmd_exchange,
    cmd_receipts,
    cmd_report,
    cmd_safety,
]

INTERNAL_ERROR = 70


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"humdoc: {safe_text(message, one_line=True)} (see 'humdoc --help')\n")
        raise SystemExit(2)


def common_options() -> argparse.ArgumentParser:
    """Options every command accepts, before or after the sub-command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault", metavar="PATH", default=argparse.SUPPRESS, help="the vault folder"
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document"
    )
    common.add_argument(
        "--passphrase-file",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="read the passphrase from PATH",
    )
    common.add_argument(
        "--new-passphrase-file",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="read a second secret (new, duress or identity passphrase) from PATH",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = _Parser(
        prog="humdoc",
        description="Offline-first, encrypted documentation of testimonies and evidence. "
        "With no command, opens the application window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"humdoc {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code. No command: start the GUI."""
    os.umask(0o077)
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    handler: Handler | None = getattr(args, "handler", None)
    if args.command is None:
        from humdoc.gui.app import run_gui

        return run_gui(getattr(args, "vault", None))
    if handler is None:
        parser.parse_args([*args_list, "--help"])
        return 2
    ctx = Context.from_args(args)
    try:
        handler(ctx, args)
    except HumdocError as exc:
        # A message may quote a record or a received bundle: never let it drive the terminal.
        sys.stderr.write(f"humdoc: {safe_text(str(exc), one_line=True)}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("humdoc: interrupted; nothing half-done was kept.\n")
        return 130
    except Exception as exc:  # a bug: still one line, never a traceback with secrets in it
        if os.environ.get("HUMDOC_DEBUG"):
            raise
        sys.stderr.write(f"humdoc: internal error ({type(exc).__name__}); please report it.\n")
        return INTERNAL_ERROR
    finally:
        ctx.close()
    return 0
