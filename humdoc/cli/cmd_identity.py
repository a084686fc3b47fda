"""Commands for the identity compartment: witnesses' real identities under a passphrase of their own.

The compartment passphrase is a second secret: ``--new-passphrase-file PATH`` or a no-echo prompt.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from humdoc.cli import secrets
from humdoc.cli.context import Context
from humdoc.cli.output import table
from humdoc.core.domain.identities import IdentityRecord
from humdoc.core.domain.persons import Person
from humdoc.core.errors import AlreadyExists, InvalidInput, NotFound, UnknownPerson, UsageError
from humdoc.core.safefs import open_regular
from humdoc.core.streams import read_up_to

LABEL = "Identity-compartment passphrase"
MAX_DETAILS_BYTES = 256 * 1024
#: Options that once carried a witness's identity on the command line, where any local program
#: can read it (``/proc/PID/cmdline``, ``ps``) and the shell keeps it in its history.
REFUSED_OPTIONS = ("--name", "--contact", "--notes")
SAFE_WAYS = (
    "identity details never go on the command line; use --from-file FILE, --from-file - "
    "(standard input), or run 'humdoc identity set CODE' in a terminal to be asked"
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    ident = sub.add_parser(
        "identity",
        parents=[common],
        help="witnesses' real identities, under a passphrase of their own",
    )
    isub = ident.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = isub.add_parser(
        "init", parents=[common], help="create the identity compartment (asks a new passphrase)"
    )
    p.set_defaults(handler=cmd_identity_init)
    p = isub.add_parser(
        "set",
        parents=[common],
        help="record or replace a person's identity",
        description="Record or replace the real identity behind a pseudonym code. The details "
        "are never taken as options (every program on the computer can read a command line): "
        "they come from --from-file FILE, --from-file - (standard input), or prompts that do "
        "not show what is typed.",
    )
    p.add_argument("code", metavar="CODE", help="the person's pseudonym code")
    p.add_argument(
        "--from-file",
        metavar="FILE|-",
        help='a JSON object {"name": …, "contact": …, "notes": …} from FILE or standard input',
    )
    # The old options, hidden, so that using one is refused with the safe way to do it rather
    # than with argparse's "unrecognized arguments", which would print the name it was given.
    for option in REFUSED_OPTIONS:
        p.add_argument(
            option, dest=f"refused_{option[2:]}", nargs="?", const="", help=argparse.SUPPRESS
        )
    p.set_defaults(handler=cmd_identity_set)
    p = isub.add_parser("show", parents=[common], help="show a person's identity")
    p.add_argument("code", metavar="CODE")
    p.set_defaults(handler=cmd_identity_show)
    p = isub.add_parser("delete", parents=[common], help="delete a person's identity")
    p.add_argument("code", metavar="CODE")
    p.set_defaults(handler=cmd_identity_delete)
    p = isub.add_parser(
        "passphrase",
        parents=[common],
        help="change the compartment's passphrase",
        description="The current compartment passphrase comes from --current-file PATH or a "
        "prompt; the new one from --new-passphrase-file PATH or a confirmed prompt.",
    )
    p.add_argument("--current-file", metavar="PATH", help="read the current compartment passphrase")
    p.set_defaults(handler=cmd_identity_passphrase)
    p = isub.add_parser(
        "list", parents=[common], help="pseudonyms with an identity recorded (no names shown)"
    )
    p.set_defaults(handler=cmd_identity_list)


def _person(ctx: Context, code: str) -> Person:
    person = ctx.session().persons.find(code.strip())
    if person is None:
        raise UnknownPerson(code, by_code=True)
    return person


def _read_details(source: str) -> IdentityRecord:
    if source == "-":
        data = read_up_to(sys.stdin.buffer, MAX_DETAILS_BYTES + 1)
    else:
        with open_regular(Path(source)) as fh:
            data = read_up_to(fh, MAX_DETAILS_BYTES + 1)
    if len(data) > MAX_DETAILS_BYTES:
        raise InvalidInput("The identity details are too large.")
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise InvalidInput(
            'The identity details must be UTF-8 JSON: {"name": …, "contact": …, "notes": …}.'
        ) from None
    return IdentityRecord.from_json(obj)


def cmd_identity_passphrase(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    current = secrets.unlock_secret(args.current_file, f"Current {LABEL.lower()}")
    s.identities.change_passphrase(current, ctx.new_secret(f"New {LABEL.lower()}"))
    ctx.out.emit({"changed": True}, "Changed the identity-compartment passphrase.")


def cmd_identity_init(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    if s.identities.exists():
        raise AlreadyExists("This vault already has an identity compartment.")
    s.identities.create(ctx.new_secret(LABEL))
    ctx.out.emit(
        {"created": True},
        [
            "Created the identity compartment.",
            "Its passphrase cannot be recovered: without it, the identities in it are lost.",
        ],
    )


def _prompt_details() -> IdentityRecord:
    """Ask for the details at the terminal, without showing what is typed."""
    if not sys.stdin.isatty():
        raise UsageError(f"No identity details given: {SAFE_WAYS}.")
    name = getpass.getpass("Name (not shown as you type): ")
    contact = getpass.getpass("Contact, optional (not shown): ")
    notes = getpass.getpass("Notes, optional (not shown): ")
    return IdentityRecord(name, contact, notes)


def cmd_identity_set(ctx: Context, args: argparse.Namespace) -> None:
    refused = [o for o in REFUSED_OPTIONS if getattr(args, f"refused_{o[2:]}") is not None]
    if refused:
        # Never echo the value: it is what must not be shown.
        raise UsageError(f"{refused[0]} is not accepted: {SAFE_WAYS}.")
    person = _person(ctx, args.code)
    record = _prompt_details() if args.from_file is None else _read_details(args.from_file)
    with ctx.session().identities.open(ctx.new_secret(LABEL, confirm=False)) as comp:
        comp.set(person.id, record)
    ctx.out.emit(
        {"person": person.code, "person_id": person.id, "set": True},
        f"Recorded the identity of {person.code}.",
    )


def cmd_identity_show(ctx: Context, args: argparse.Namespace) -> None:
    person = _person(ctx, args.code)
    with ctx.session().identities.open(ctx.new_secret(LABEL, confirm=False)) as comp:
        record = comp.get(person.id)
    if record is None:
        raise NotFound(f"No identity is recorded for {person.code}.")
    lines = [f"Identity of {person.code} ({person.role})", f"Name: {record.name}"]
    if record.contact:
        lines.append(f"Contact: {record.contact}")
    if record.notes:
        lines.append(f"Notes: {record.notes}")
    ctx.out.emit({"person": person.code, "person_id": person.id, **record.to_json()}, lines)


def cmd_identity_delete(ctx: Context, args: argparse.Namespace) -> None:
    person = _person(ctx, args.code)
    with ctx.session().identities.open(ctx.new_secret(LABEL, confirm=False)) as comp:
        deleted = comp.delete(person.id)
    if not deleted:
        raise NotFound(f"No identity is recorded for {person.code}.")
    ctx.out.emit(
        {"person": person.code, "person_id": person.id, "deleted": True},
        f"Deleted the identity of {person.code}.",
    )


def cmd_identity_list(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    recorded = set(s.identities.person_ids())
    persons = [p for p in s.persons.list() if p.id in recorded]
    ctx.out.emit(
        {"compartment": s.identities.exists(), "persons": [p.to_json() for p in persons]},
        table([[p.code, p.role] for p in persons], ["CODE", "ROLE"]),
    )
