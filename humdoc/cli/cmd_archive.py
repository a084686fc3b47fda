"""``humdoc archive``: the shared archive on PostgreSQL, from the command line.

Every action takes ``--archive`` with a ``postgresql://`` address or the name of a saved
connection (``humdoc archive connections add NAME URL``). The member's humdoc passphrase comes
from ``--passphrase-file``, ``HUMDOC_PASSPHRASE`` or a no-echo prompt, as for a vault; the
PostgreSQL password from the address, libpq's own places (``~/.pgpass``, ``PGPASSWORD``) or a
no-echo prompt. Secrets of another member (a new member's password and passphrase, typed by that
member) come from ``--member-password-file`` / ``--member-passphrase-file`` or prompts asked
twice; ``init`` asks the first admin's and protection officer's the same way.

The database decides what each role may do (docs/archive.md); what it refuses is printed as one
line and the command exits non-zero.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import importlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote, urlsplit

from humdoc.cli.context import Context
from humdoc.cli.output import table
from humdoc.core.archive import connections
from humdoc.core.errors import (
    AlreadyExists,
    EmptyPassphrase,
    InvalidInput,
    NotFound,
    SamePassphrase,
    UsageError,
    VaultCorrupt,
    WeakPassphrase,
)

if TYPE_CHECKING:  # the archive's modules load psycopg, which most commands never need
    from humdoc.cli.app import Handler
    from humdoc.core.archive.session import ArchiveSession

#: The module that adds ``humdoc archive search`` (one function, ``add_arguments(subparsers)``).
SEARCH_MODULE = "humdoc.cli.archive_search"
KINDS = ("cases", "incidents", "persons", "testimonies", "media")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    where = argparse.ArgumentParser(add_help=False, parents=[common])
    where.add_argument(
        "--archive",
        metavar="URL|NAME",
        help="the archive: a postgresql:// address or a saved connection's name",
    )
    member_secrets = argparse.ArgumentParser(add_help=False)
    member_secrets.add_argument(
        "--member-password-file", metavar="PATH", help="the member's PostgreSQL password"
    )
    member_secrets.add_argument(
        "--member-passphrase-file", metavar="PATH", help="the member's humdoc passphrase"
    )

    arc = sub.add_parser(
        "archive",
        parents=[common],
        help="the shared archive on PostgreSQL (members, access log, records)",
        description="A documentation centre's shared archive on PostgreSQL. Each member connects "
        "as their own PostgreSQL role; the database enforces each duty (docs/archive.md).",
    )
    asub = arc.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = asub.add_parser(
        "init",
        parents=[where],
        help="make an archive in an empty database (as the database's owner)",
        description="Make the archive in the empty database --archive names, connecting as the "
        "role that will own its tables. Creates the first admin and the first protection "
        "officer; each types their PostgreSQL password and humdoc passphrase (twice).",
    )
    p.add_argument("--admin", metavar="ROLE", required=True, help="the first admin's role")
    p.add_argument(
        "--protection", metavar="ROLE", required=True, help="the first protection officer's role"
    )
    for who in ("admin", "protection"):
        p.add_argument(
            f"--{who}-password-file", metavar="PATH", help=f"the {who}'s PostgreSQL password"
        )
        p.add_argument(
            f"--{who}-passphrase-file", metavar="PATH", help=f"the {who}'s humdoc passphrase"
        )
    p.set_defaults(handler=_guarded(cmd_init))

    p = asub.add_parser(
        "migrate",
        parents=[where],
        help="bring the archive's schema up to this humdoc's (as the database's owner)",
    )
    p.set_defaults(handler=_guarded(cmd_migrate))

    p = asub.add_parser("members", parents=[where], help="list the members and their duties")
    p.set_defaults(handler=_guarded(cmd_members))

    m = asub.add_parser("member", parents=[common], help="add or remove a member (admin)")
    msub = m.add_subparsers(dest="member_action", metavar="ACTION", required=True)
    p = msub.add_parser(
        "add",
        parents=[where, member_secrets],
        help="add a member: a PostgreSQL login role with a keyslot",
        description="Add ROLE with DUTY. The new member types their own PostgreSQL password "
        "and humdoc passphrase, each twice. A new protection officer reads identities once "
        "another protection officer runs 'humdoc archive identity grant ROLE'.",
    )
    p.add_argument("role", metavar="ROLE")
    p.add_argument("--duty", required=True, choices=["intake", "analyst", "protection", "admin"])
    p.set_defaults(handler=_guarded(cmd_member_add))
    p = msub.add_parser(
        "remove",
        parents=[where],
        help="remove a member: their keyslot, their duty and their login",
    )
    p.add_argument("role", metavar="ROLE")
    p.set_defaults(handler=_guarded(cmd_member_remove))

    i = asub.add_parser("identity", parents=[common], help="witness identities (protection)")
    isub = i.add_subparsers(dest="identity_action", metavar="ACTION", required=True)
    p = isub.add_parser(
        "grant",
        parents=[where, member_secrets],
        help="give another protection officer the identity key",
        description="Wrap the identity key for protection officer ROLE under their humdoc "
        "passphrase (the same that opens their keyslot), typed by them twice.",
    )
    p.add_argument("role", metavar="ROLE")
    p.set_defaults(handler=_guarded(cmd_identity_grant))
    p = isub.add_parser(
        "forget",
        parents=[where],
        help="remove your own identity slot (one that does not open), to be granted again",
    )
    p.set_defaults(handler=_guarded(cmd_identity_forget))
    p = isub.add_parser("show", parents=[where], help="a witness's identity (logged)")
    p.add_argument("person", metavar="PERSON", help="the person's id")
    p.set_defaults(handler=_guarded(cmd_identity_show))

    p = asub.add_parser(
        "access-log", parents=[where], help="who read which record, media item, identity (admin)"
    )
    p.add_argument("--limit", type=int, default=100, help="how many of the newest entries")
    p.set_defaults(handler=_guarded(cmd_access_log))

    p = asub.add_parser("cases", parents=[where], help="list the archive's cases")
    p.add_argument("--limit", type=int, default=1000)
    p.set_defaults(handler=_guarded(cmd_cases))

    p = asub.add_parser(
        "case", parents=[where], help="a case and the summaries of its records, by kind"
    )
    p.add_argument("case_id", metavar="CASE")
    p.set_defaults(handler=_guarded(cmd_case))

    p = asub.add_parser("show", parents=[where], help="a record's whole current version (logged)")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=_guarded(cmd_show))

    p = asub.add_parser(
        "extract",
        parents=[where],
        help="write a media item's file out for handover (analyst, protection; logged)",
    )
    p.add_argument("item", metavar="ITEM", help="the media item's id")
    p.add_argument(
        "--store",
        metavar="PATH",
        help="the archive's blob store (default: the one saved with the connection)",
    )
    p.add_argument("--out", metavar="FILE", required=True, help="where to write it (a new file)")
    p.add_argument("--sha256", help="a file of another version (default: the current one's)")
    p.set_defaults(handler=_guarded(cmd_extract))

    p = asub.add_parser("custody", parents=[where], help="an item's custody events, in order")
    p.add_argument("item", metavar="ITEM", help="a testimony's or media item's id")
    p.set_defaults(handler=_guarded(cmd_custody))

    c = asub.add_parser(
        "connections", parents=[common], help="saved archive addresses (never a password)"
    )
    csub = c.add_subparsers(dest="connections_action", metavar="ACTION", required=True)
    p = csub.add_parser("add", parents=[common], help="save an address under a name")
    p.add_argument("name", metavar="NAME")
    p.add_argument("url", metavar="URL")
    p.add_argument(
        "--store", metavar="PATH", help="the archive's blob store folder, kept with the address"
    )
    p.set_defaults(handler=cmd_connections_add)
    p = csub.add_parser("list", parents=[common], help="list the saved connections")
    p.set_defaults(handler=cmd_connections_list)
    p = csub.add_parser("remove", parents=[common], help="forget a saved connection")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_connections_remove)

    importlib.import_module("humdoc.cli.cmd_archive_export").add_arguments(asub, where)
    _register_search(asub, where)


def _register_search(asub: Any, where: argparse.ArgumentParser) -> None:
    """The one place ``humdoc archive search`` is added, by ``SEARCH_MODULE``.

    It takes ``--archive URL|NAME`` as every other sub-command does, opens the archive with
    ``open_session`` below, and its refusals are one line (``_guarded``)."""
    parser = importlib.import_module(SEARCH_MODULE).add_arguments(asub, [where])
    parser.set_defaults(handler=_guarded(parser.get_default("handler")))


# --- refusals, addresses, secrets ------------------------------------------------------------


def _guarded(handler: Handler) -> Handler:
    """Run ``handler`` with every database error turned into a one-line humdoc error."""

    @functools.wraps(handler)
    def run(ctx: Context, args: argparse.Namespace) -> None:
        import psycopg

        from humdoc.core.archive.session import NotPermitted, refusals

        try:
            with refusals():
                handler(ctx, args)
        except psycopg.errors.UniqueViolation:
            raise AlreadyExists("The archive holds this already; nothing was changed.") from None
        except psycopg.errors.ForeignKeyViolation:
            raise NotFound("The archive has no member or record by that name.") from None
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or ["no reason given"])[0]
            raise NotPermitted(f"The archive refused: {first}.") from None

    return run


guarded = _guarded


def _address(args: argparse.Namespace) -> str:
    ref = getattr(args, "archive", None)
    if not ref:
        raise UsageError("Name the archive: --archive postgresql://… or a saved connection.")
    return connections.resolve(ref)


def _role_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.username or parse_qs(parts.query).get("user", [""])[0] or "your role"


def _password_elsewhere() -> bool:
    """Whether libpq finds a password by itself (``PGPASSWORD``, a password file)."""
    if os.environ.get("PGPASSWORD"):
        return True
    passfile = os.environ.get("PGPASSFILE") or str(Path.home() / ".pgpass")
    return Path(passfile).is_file()


def with_password(url: str) -> str:
    """``url``, with the PostgreSQL password asked at the terminal when nothing else gives it.

    The password goes only into the in-memory address handed to libpq."""
    if connections.has_password(url) or _password_elsewhere() or not sys.stdin.isatty():
        return url
    if "sslcert" in parse_qs(urlsplit(url).query):
        return url
    typed = getpass.getpass(f"Database password for {_role_of(url)}: ")
    if not typed:
        return url
    return url + ("&" if "?" in url else "?") + "password=" + quote(typed, safe="")


def open_session(ctx: Context, args: argparse.Namespace) -> ArchiveSession:
    """Connect as the role the address names and unlock its keyslot."""
    from humdoc.core.archive.session import ArchiveSession

    url = with_password(_address(args))
    return ArchiveSession.open(url, ctx.passphrase())


def _read_file(path: str, what: str) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read the {what} file {path}: {exc.strerror}.") from None
    for end in (b"\r\n", b"\n"):
        if data.endswith(end):
            data = data[: -len(end)]
            break
    if not data:
        raise EmptyPassphrase(what)
    return data


def _new_secret(file: str | None, label: str, option: str) -> bytes:
    """A new secret from ``file`` or typed twice at the terminal."""
    if file:
        return _read_file(file, label.lower())
    if not sys.stdin.isatty():
        raise UsageError(f"No {label.lower()} given: use {option} or run in a terminal.")
    first = getpass.getpass(f"{label}: ")
    if not first:
        raise EmptyPassphrase(label.lower())
    if getpass.getpass(f"{label} again: ") != first:
        raise InvalidInput(f"The two {label.lower()}s differ; nothing was changed.")
    return first.encode("utf-8")


def _strong(secret: bytes, what: str, role: str) -> None:
    """The strength floor of vault passphrases, saying which secret fell below it."""
    from humdoc.core.passphrases import require_strong

    try:
        require_strong(secret, (role,))
    except WeakPassphrase as exc:
        raise WeakPassphrase(f"{what} is refused: {exc}") from None


def _member_secrets(role: str, password_file: str | None, passphrase_file: str | None,
                    option: str) -> tuple[str, bytes]:  # fmt: skip
    """A member's PostgreSQL password and humdoc passphrase: both above the strength floor,
    and different (the server keeps a verifier of the password a DBA could test guesses on)."""
    password = _new_secret(
        password_file, f"PostgreSQL password for {role}", f"--{option}-password-file"
    )
    _strong(password, f"The PostgreSQL password for {role}", role)
    passphrase = _new_secret(
        passphrase_file, f"humdoc passphrase for {role}", f"--{option}-passphrase-file"
    )
    _strong(passphrase, f"The humdoc passphrase for {role}", role)
    if password == passphrase:
        raise SamePassphrase(
            f"{role}'s humdoc passphrase must differ from their PostgreSQL password."
        )
    try:
        return password.decode("utf-8"), passphrase
    except UnicodeDecodeError:
        raise InvalidInput("A PostgreSQL password must be UTF-8 text.") from None


# --- the actions -----------------------------------------------------------------------------


def cmd_init(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive import schema
    from humdoc.core.archive.session import check_role, create_archive, database_of

    url = _address(args)
    database = database_of(url)
    admin, protection = check_role(args.admin), check_role(args.protection)
    if admin == protection:
        raise InvalidInput("The first admin and the first protection officer are two roles.")
    admin_pw, admin_pp = _member_secrets(
        admin, args.admin_password_file, args.admin_passphrase_file, "admin"
    )
    prot_pw, prot_pp = _member_secrets(
        protection, args.protection_password_file, args.protection_passphrase_file, "protection"
    )
    create_archive(with_password(url), (admin, admin_pw, admin_pp), (protection, prot_pw, prot_pp))
    ctx.out.emit(
        {"database": database, "schema": schema.CURRENT, "admin": admin, "protection": protection},
        f"Made the archive in {database} (schema {schema.CURRENT}): admin {admin}, "
        f"protection officer {protection}.",
    )


def cmd_migrate(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive import schema
    from humdoc.core.archive.session import connect, database_of

    url = _address(args)
    conn = connect(with_password(url))
    try:
        before = schema.version(conn)
        if before == 0:
            raise NotFound("This database holds no archive; make one with 'humdoc archive init'.")
        after = schema.migrate(conn, database_of(url))
    finally:
        conn.close()
    ctx.out.emit(
        {"from": before, "to": after},
        f"The archive's schema is {after}"
        + (f" (was {before})." if after != before else "; nothing to do."),
    )


def cmd_members(ctx: Context, args: argparse.Namespace) -> None:
    with open_session(ctx, args) as s:
        members = s.members()
    ctx.out.emit(
        {"members": [m.__dict__ for m in members]},
        table([[m.role, m.duty, m.created] for m in members], ["ROLE", "DUTY", "SINCE"]),
    )


def cmd_member_add(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive.session import check_role

    role = check_role(args.role)
    with open_session(ctx, args) as s:
        if s.duty != "admin":
            # The database refuses it too; asking the new member's secrets first would waste them.
            raise _not_permitted("Only an admin adds members.")
        password, passphrase = _member_secrets(
            role, args.member_password_file, args.member_passphrase_file, "member"
        )
        s.add_member(role, args.duty, password, passphrase)
    hint = (
        " A protection officer gives them the identity key: 'humdoc archive identity grant'."
        if args.duty == "protection"
        else ""
    )
    ctx.out.emit({"role": role, "duty": args.duty}, f"Added {role} ({args.duty}).{hint}")


def cmd_member_remove(ctx: Context, args: argparse.Namespace) -> None:
    with open_session(ctx, args) as s:
        s.remove_member(args.role)
    ctx.out.emit(
        {"removed": args.role},
        f"Removed {args.role}: keyslot deleted, duty and login taken away. What they read "
        "before, and the archive key if they kept it, they may still have (docs/archive.md).",
    )


def cmd_identity_grant(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive.session import check_role

    role = check_role(args.role)
    with open_session(ctx, args) as s:
        if s.keys.identity_private is None:
            raise _not_permitted("Only a protection officer holding the identity key grants it.")
        passphrase = _new_secret(
            args.member_passphrase_file,
            f"humdoc passphrase of {role} (the one that opens their keyslot)",
            "--member-passphrase-file",
        )
        s.grant_identity_key(role, passphrase)
    ctx.out.emit({"granted": role}, f"{role} now holds the identity key.")


def cmd_identity_forget(ctx: Context, args: argparse.Namespace) -> None:
    with open_session(ctx, args) as s:
        if s.duty != "protection":
            raise _not_permitted("Only protection officers hold identity slots.")
        if s.keys.identity_private is not None:
            raise InvalidInput(
                "Your identity slot opens; it is not removed (an admin removes members)."
            )
        had = s.forget_identity_slot()
    ctx.out.emit(
        {"forgotten": had},
        "Removed your identity slot; a protection officer can grant the identity key again."
        if had
        else "You hold no identity slot.",
    )


def cmd_identity_show(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive import store

    with open_session(ctx, args) as s:
        if s.identity_slot_unopened:
            raise _not_permitted(
                "Your identity slot does not open with your passphrase (it was granted under "
                "another): remove it with 'humdoc archive identity forget' and ask a protection "
                f"officer to run 'humdoc archive identity grant {s.role}' again."
            )
        identity = store.read_identity(s.conn, s.keys, args.person)
    ctx.out.emit({"person": args.person, "identity": identity}, _fields(identity))


def cmd_access_log(ctx: Context, args: argparse.Namespace) -> None:
    if args.limit < 1:
        raise InvalidInput("--limit is at least 1.")
    with open_session(ctx, args) as s:
        entries = s.access_log(args.limit)
    ctx.out.emit(
        {"entries": entries},
        table(
            [[e["at"], e["actor"], e["action"], e["kind"], e["ref"]] for e in entries],
            ["AT", "WHO", "ACTION", "KIND", "ID"],
        ),
    )


def cmd_cases(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive import store

    with open_session(ctx, args) as s:
        rows = store.list_records(s.conn, s.keys, "cases", limit=args.limit)
    ctx.out.emit(
        {
            "cases": [
                {"id": r.id, "device": r.device, "updated": r.updated, **r.summary} for r in rows
            ]
        },
        table(
            [
                [r.id, str(r.summary.get("title", "")), str(r.summary.get("status", "")),
                 r.updated[:19]]
                for r in rows
            ],
            ["ID", "TITLE", "STATUS", "UPDATED"],
        ),
    )  # fmt: skip


def cmd_case(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive import store

    with open_session(ctx, args) as s:
        case = store.record_summary(s.conn, s.keys, "cases", args.case_id)
        members = {
            kind: store.list_records(s.conn, s.keys, kind, case_id=args.case_id)
            for kind in KINDS[1:]
        }
        # Each testimony names its witness by code; the case's persons are its witnesses
        # (a person is not filed under one case: the same witness may speak in several).
        testimonies = store.with_witness_codes(s.conn, s.keys, members["testimonies"])
        members["testimonies"] = testimonies
        witnesses = sorted({str(t.summary["witness_id"]) for t in testimonies
                            if t.summary.get("witness_id")})  # fmt: skip
        held = {p.id for p in members["persons"]}
        members["persons"] += [
            p for p in store.summaries(s.conn, s.keys, "persons", witnesses) if p.id not in held
        ]
    lines = [f"{case.id}  {case.summary.get('title', '')}  ({case.summary.get('status', '')})"]
    for kind, rows in members.items():
        lines += ["", f"{kind.upper()} ({len(rows)})"]
        lines += table(
            [[r.id, _summary_line(r.summary), r.updated[:19]] for r in rows],
            ["ID", "SUMMARY", "UPDATED"],
        )
    ctx.out.emit(
        {
            "case": {"id": case.id, "updated": case.updated, **case.summary},
            **{kind: [{"id": r.id, **r.summary} for r in rows] for kind, rows in members.items()},
        },
        lines,
    )


def _summary_line(summary: dict[str, Any]) -> str:
    return "; ".join(f"{k}: {v}" for k, v in sorted(summary.items()) if k != "case_id")


def cmd_show(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive import store

    with open_session(ctx, args) as s:
        body = store.read_record(s.conn, s.keys, args.kind, args.id)
    ctx.out.emit({"kind": args.kind, "record": body}, _fields(body))


def cmd_extract(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive.extract import extract
    from humdoc.core.archive.receive import open_store

    with open_session(ctx, args) as s:
        done = extract(s, open_store(s, store_folder(args)), args.item, Path(args.out), args.sha256)
    ctx.out.emit(
        done,
        f"Wrote {args.item} to {args.out} ({done['size']} bytes, SHA-256 {done['sha256']}); "
        "the archive's access log records it.",
    )


def cmd_custody(ctx: Context, args: argparse.Namespace) -> None:
    """An item's custody chain as the archive holds it, checked as ``humdoc custody`` checks a
    vault's: the devices' and the archive's signatures, the links, the sequence numbers."""
    from humdoc.core.archive.centre import checked_custody

    with open_session(ctx, args) as s:
        events, problems = checked_custody(s, args.item)
    if not events:
        raise NotFound(f"The archive holds no custody events of {args.item}.")
    rows = []
    for event in events:
        try:
            f = json.loads(event["entry"])
        except (KeyError, TypeError, ValueError):
            f = {}
        rows.append(
            [str(f.get("device_seq", "?")), str(f.get("at", "")), str(f.get("action", "")),
             str(f.get("actor", "")), str(f.get("device", "")), str(event.get("hash", ""))[:16]]
        )  # fmt: skip
    lines = table(rows, ["SEQ", "TIME", "ACTION", "ACTOR", "DEVICE", "HASH"])
    lines.append("Chain verified." if not problems else f"CHAIN BROKEN: {problems[0]}")
    ctx.out.emit(
        {"item": args.item, "events": events, "verified": not problems, "problems": problems},
        lines,
    )
    if problems:
        raise VaultCorrupt(
            f"The chain of custody of {args.item} in the archive does not verify: {problems[0]}"
        )


def cmd_connections_add(ctx: Context, args: argparse.Namespace) -> None:
    connections.add(args.name, args.url, args.store)
    store = connections.store_for(args.name)
    ctx.out.emit(
        {"name": args.name, "url": args.url, "store": store},
        f"Saved {args.name}" + (f" (blob store {store})." if store else "."),
    )


def cmd_connections_list(ctx: Context, args: argparse.Namespace) -> None:
    saved, stores = connections.load(), connections.stores()
    ctx.out.emit(
        {"connections": saved, "stores": stores},
        table(
            [[k, v, stores.get(k, "")] for k, v in sorted(saved.items())],
            ["NAME", "ADDRESS", "BLOB STORE"],
        ),
    )


def store_folder(args: argparse.Namespace) -> Path:
    """The blob store folder: ``--store``, else the one saved with the connection named by
    ``--archive``; ``UsageError`` if neither gives one."""
    if args.store:
        return Path(args.store)
    saved = connections.store_for(getattr(args, "archive", None) or "")
    if saved is None:
        raise UsageError(
            "Give the archive's blob store: --store PATH (or save it with the connection: "
            "'humdoc archive connections add NAME URL --store PATH')."
        )
    return Path(saved)


def cmd_connections_remove(ctx: Context, args: argparse.Namespace) -> None:
    connections.remove(args.name)
    ctx.out.emit({"removed": args.name}, f"Forgot {args.name}.")


def _not_permitted(message: str) -> Exception:
    from humdoc.core.archive.session import NotPermitted

    return NotPermitted(message)


def _fields(obj: dict[str, Any]) -> list[str]:
    """A record as ``key: value`` lines (nested values as JSON)."""
    lines: list[str] = []
    for key in sorted(obj):
        value = obj[key]
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        lines.append(f"{key}: {text}")
    return lines
