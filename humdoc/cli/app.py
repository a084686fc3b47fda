"""Argument parsing, dispatch and the mapping of errors to exit codes and one-line messages."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from humdoc import __version__
from humdoc.cli.output import safe_text
from humdoc.core.errors import HumdocError

if TYPE_CHECKING:
    from humdoc.cli.context import Context

Handler = Callable[["Context", argparse.Namespace], None]


def command_modules() -> list[ModuleType]:
    """Each module adds its sub-commands; one list so that the help lists them in this order.

    Loaded only when a command is given: ``humdoc`` alone opens the window, which should not
    wait for every command's code (see ``main``).
    """
    from humdoc.cli import (
        cmd_archive,
        cmd_archive_receive,
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

    return [
        cmd_vault,
        cmd_cases,
        cmd_identity,
        cmd_media,
        cmd_record,
        cmd_exchange,
        cmd_receipts,
        cmd_report,
        cmd_safety,
        cmd_archive,
        cmd_archive_receive,
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
    for module in command_modules():
        module.register(sub, common)
    return parser


def window_request(args_list: list[str]) -> argparse.Namespace | None:
    """The common options when ``args_list`` holds nothing else (``humdoc [--vault PATH]``: open
    the window), else None (a command, ``--help``, ``--version`` or a mistake: the full parser).

    A malformed common option (``--vault`` without a path) is a usage error here already, with
    the same one line as the full parser gives.
    """
    parser = _Parser(prog="humdoc", add_help=False, parents=[common_options()])
    known, rest = parser.parse_known_args(args_list)
    return None if rest else known


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code. No command: start the GUI."""
    os.umask(0o077)
    args_list = list(sys.argv[1:] if argv is None else argv)
    window = window_request(args_list)
    if window is not None:
        from humdoc.gui.app import run_gui

        return run_gui(getattr(window, "vault", None))
    from humdoc.cli.context import Context

    parser = build_parser()
    args = parser.parse_args(args_list)
    handler: Handler | None = getattr(args, "handler", None)
    if args.command is None:  # only options the window takes, given in an odd way
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
