"""``humdoc centre ...``: a documentation centre's shared archive receiving bundles.

``centre receive --archive URL --store PATH BUNDLE...`` (or ``--watch DIR``) runs as an intake
member; ``centre devices enrol|list|revoke --archive URL`` and ``centre store-init`` as an
admin; ``centre sweep`` removes blobs a killed receiver left; ``centre receipt BUNDLE_ID`` (intake
or admin) signs the receipt a field device applies to free itself; ``centre keys`` shows what a
field device adds to send to the archive and check its receipts. The member's humdoc passphrase is
asked as for a vault (``--passphrase-file``, ``HUMDOC_PASSPHRASE`` or a prompt); the PostgreSQL
password comes from libpq (the address, ``PGPASSWORD``, ``~/.pgpass``).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path
from typing import Any

from humdoc.cli.context import Context
from humdoc.cli.output import counted, safe_text, table
from humdoc.core.errors import BundleRejected, HumdocError


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    centre = sub.add_parser(
        "centre", parents=[common], help="a documentation centre's shared archive (PostgreSQL)"
    )
    cs = centre.add_subparsers(dest="centre_command", metavar="ACTION")

    def archive_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--archive", metavar="URL", required=True, help="the archive's postgresql:// address"
        )

    p = cs.add_parser("receive", parents=[common], help="verify and import bundles (intake)")
    archive_option(p)
    p.add_argument("--store", metavar="PATH", required=True, help="the archive's blob store")
    p.add_argument("--watch", metavar="DIR", help="receive every bundle that appears in DIR")
    p.add_argument(
        "--interval", type=float, default=2.0, metavar="SECONDS", help="how often to look in DIR"
    )
    p.add_argument("files", nargs="*", metavar="BUNDLE")
    p.set_defaults(handler=cmd_receive)

    p = cs.add_parser("store-init", parents=[common], help="(admin) set the archive's blob store")
    archive_option(p)
    p.add_argument("--store", metavar="PATH", required=True)
    p.set_defaults(handler=cmd_store_init)

    p = cs.add_parser(
        "sweep", parents=[common], help="delete blobs no media file names (left by killed imports)"
    )
    archive_option(p)
    p.add_argument("--store", metavar="PATH", required=True)
    p.set_defaults(handler=cmd_sweep)

    p = cs.add_parser(
        "migrate", parents=[common], help="move a centre vault's received material into the archive"
    )
    p.add_argument("source", metavar="VAULT", help="the centre vault's folder")
    archive_option(p)
    p.add_argument("--store", metavar="PATH", required=True)
    p.add_argument(
        "--admin", metavar="URL", help="an administrator's address, to enrol the vault's devices"
    )
    p.add_argument(
        "--identity-passphrase-file",
        metavar="PATH",
        help="the vault's identity-compartment passphrase (asked if the vault holds identities "
        "and this is not given); the identities are sealed to the archive's identity key",
    )
    p.add_argument(
        "--leave-identities",
        action="store_true",
        help="move no witness identity (they stay in the vault)",
    )
    p.set_defaults(handler=cmd_migrate)

    p = cs.add_parser(
        "receipt",
        parents=[common],
        help="(intake, admin) make the signed receipt of a bundle the archive received",
    )
    archive_option(p)
    p.add_argument("bundle_id", metavar="BUNDLE_ID")
    p.add_argument("--out", required=True, metavar="FILE", help="also writes FILE.minisig")
    p.add_argument(
        "--qr", action="store_true", help="also print it as QR codes (for a device with no USB)"
    )
    p.set_defaults(handler=cmd_receipt)

    p = cs.add_parser(
        "keys",
        parents=[common],
        help="the archive's age recipient and centre signing key, for field devices to add",
    )
    archive_option(p)
    p.add_argument(
        "--out",
        metavar="FILE",
        help="also write both to FILE, the recipient file 'humdoc recipients add NAME FILE' "
        "reads on a field device",
    )
    p.set_defaults(handler=cmd_keys)

    dev = cs.add_parser(
        "devices", parents=[common], help="field devices the archive accepts bundles from"
    )
    ds = dev.add_subparsers(dest="devices_command", metavar="ACTION")
    p = ds.add_parser("enrol", parents=[common], help="(admin) pin a field device's signing key")
    archive_option(p)
    p.add_argument("name")
    p.add_argument("key", help="the device's public key, or a file holding it")
    p.set_defaults(handler=cmd_devices_enrol)
    p = ds.add_parser("revoke", parents=[common], help="(admin) refuse a device's bundles")
    archive_option(p)
    p.add_argument("device", help="its name or fingerprint")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_devices_revoke)
    p = ds.add_parser("list", parents=[common], help="list enrolled devices")
    archive_option(p)
    p.set_defaults(handler=cmd_devices_list)


def _open(ctx: Context, args: argparse.Namespace) -> Any:
    from humdoc.core.archive.session import ArchiveSession

    return ArchiveSession.open(args.archive, ctx.passphrase())


def _describe(name: str, summary: dict[str, Any]) -> list[str]:
    verdict = "Already received" if summary["already_received"] else "Received"
    lines = [
        f"{verdict} {name}: bundle {summary['bundle_id']} from {summary['device']} "
        f"(sequence {summary['sequence']}): {counted(summary['cases'], 'case', 'cases')}, "
        f"{counted(summary['testimonies'], 'testimony', 'testimonies')}, "
        f"{counted(summary['media'], 'media file', 'media files')}."
    ]
    return lines + [f"Note: {w}" for w in summary["warnings"]]


def cmd_receive(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive.receive import ArchiveReceiver, Watcher, open_store

    if bool(args.watch) == bool(args.files):
        from humdoc.core.errors import UsageError

        raise UsageError("Give either bundle files or --watch DIR.")
    with _open(ctx, args) as session:
        receiver = ArchiveReceiver(session, open_store(session, Path(args.store)))
        if args.watch:
            _watch(ctx, Watcher(receiver, Path(args.watch), _reporter(ctx)), args.interval)
            return
        results: list[dict[str, Any]] = []
        lines: list[str] = []
        failures: list[HumdocError] = []
        for name in args.files:
            try:
                summary = receiver.receive(Path(name))
            except HumdocError as exc:
                reason = exc.reason if isinstance(exc, BundleRejected) else "not-received"
                results.append(
                    {"file": name, "received": False, "reason": reason, "error": str(exc)}
                )
                if len(args.files) > 1:
                    lines.append(f"REJECTED {name}: {exc}")
                failures.append(exc)
                continue
            results.append({"file": name, "received": True, **summary})
            lines += _describe(name, summary)
        ctx.out.emit({"bundles": results}, lines)
    if len(failures) == 1:
        raise failures[0]
    if failures:
        raise BundleRejected("several", f"{len(failures)} bundles were rejected (listed above).")


def _reporter(ctx: Context) -> Any:
    def report(event: dict[str, Any]) -> None:
        if event.get("archive") == "unreachable":  # one line on stderr per outage
            error = str(event["error"]).rstrip(". ")
            sys.stderr.write(safe_text(f"humdoc: {error}; trying again until it answers.", True))
            sys.stderr.write("\n")
            sys.stderr.flush()
        if ctx.out.as_json:  # one JSON document a line, as the events come
            line = json.dumps(event, ensure_ascii=True, default=str, separators=(",", ":"))
            print(line, flush=True)
        elif "archive" in event:
            if event["archive"] == "reconnected":
                print(f"Reconnected to the archive after {event['after']} s.", flush=True)
        elif event.get("received"):
            for line in _describe(event["file"], event):
                print(safe_text(line), flush=True)
        else:
            print(safe_text(f"REJECTED {event['file']}: {event['error']}", True), flush=True)

    return report


def _watch(ctx: Context, watcher: Any, interval: float) -> None:
    stopping: list[int] = []

    def stop_on(signum: int, _frame: object) -> None:
        stopping.append(signum)

    previous = signal.signal(signal.SIGTERM, stop_on)
    if not ctx.out.as_json:
        print(safe_text(f"Watching {watcher.folder} (interrupt to stop)."), flush=True)
    try:
        watcher.run(lambda: bool(stopping), interval)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not ctx.out.as_json:
        sys.stdout.write("Stopped watching.\n")


def cmd_receipt(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.cli.cmd_receipts import emit_receipt
    from humdoc.core.archive.centre import make_receipt

    with _open(ctx, args) as session:
        receipt = make_receipt(session, args.bundle_id)
    emit_receipt(ctx, receipt, Path(args.out), args.qr)


def cmd_keys(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive.centre import age_recipient, centre_public_key
    from humdoc.core.device_keys import recipient_file_text
    from humdoc.core.safefs import atomic_write

    with _open(ctx, args) as session:
        recipient = age_recipient(session)
        key = centre_public_key(session)
    if args.out:
        atomic_write(Path(args.out), recipient_file_text(recipient, key).encode("ascii"), 0o644)
    lines = [
        f"Age recipient (bundles for this archive): {recipient}",
        f"Centre signing key (it checks the archive's receipts), fingerprint {key.fingerprint()}:",
        *key.to_text().splitlines(),
    ]
    if args.out:
        lines.append(
            f"Wrote both to {args.out}: on each field device, 'humdoc recipients add NAME "
            f"{Path(args.out).name}'; compare the fingerprints out of band."
        )
    ctx.out.emit(
        {
            "age_recipient": recipient,
            "signing_key": key.to_text(),
            "signing_key_fingerprint": key.fingerprint(),
        },
        lines,
    )


def cmd_store_init(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive.receive import init_store

    with _open(ctx, args) as session:
        store_id = init_store(session, Path(args.store))
    ctx.out.emit(
        {"store": args.store, "store_id": store_id},
        f"{args.store} is the archive's blob store (store {store_id}).",
    )


def cmd_sweep(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive.receive import open_store, sweep

    with _open(ctx, args) as session:
        count = sweep(session, open_store(session, Path(args.store)))
    ctx.out.emit({"deleted": count}, f"Deleted {counted(count, 'orphan blob', 'orphan blobs')}.")


def cmd_devices_enrol(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.cli.cmd_exchange import _text_or_file
    from humdoc.core.archive.devices import ArchiveDevices

    with _open(ctx, args) as session:
        dev = ArchiveDevices(session).enrol(args.name, _text_or_file(args.key))
    ctx.out.emit(dev.to_json(), f"Enrolled {dev.name} ({dev.fingerprint}).")


def cmd_devices_revoke(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive.devices import ArchiveDevices

    with _open(ctx, args) as session:
        dev = ArchiveDevices(session).revoke(args.device, args.reason)
    ctx.out.emit(dev.to_json(), f"Revoked {dev.revocation()}; its bundles are refused from now.")


def cmd_devices_list(ctx: Context, args: argparse.Namespace) -> None:
    from humdoc.core.archive.devices import ArchiveDevices

    with _open(ctx, args) as session:
        devices = ArchiveDevices(session).list()
    rows = [[d.name, d.fingerprint, d.enrolled, d.revoked or ""] for d in devices]
    ctx.out.emit(
        {"devices": [d.to_json() for d in devices]},
        table(rows, ["NAME", "FINGERPRINT", "ENROLLED", "REVOKED"]),
    )


def cmd_migrate(ctx: Context, args: argparse.Namespace) -> None:
    """The vault's passphrase as for any vault command; the archive member's (and the
    administrator's) from ``--new-passphrase-file`` or a prompt."""
    from humdoc.cli.secrets import unlock_secret
    from humdoc.core.archive.migrate import migrate
    from humdoc.core.archive.receive import open_store
    from humdoc.core.archive.session import ArchiveSession
    from humdoc.core.session import Session

    vault = ctx.adopt(Session.open(Path(args.source), ctx.passphrase()))
    compartment = None
    if not args.leave_identities and vault.identities.person_ids():
        compartment = vault.identities.open(
            unlock_secret(args.identity_passphrase_file, "Identity-compartment passphrase")
        )
    member = ctx.new_secret("Archive passphrase", confirm=False)
    with ArchiveSession.open(args.archive, member) as intake:
        admin = None
        if args.admin:
            secret = member if ctx.new_passphrase_file else None
            secret = secret or ctx.new_secret("Administrator's archive passphrase", confirm=False)
            admin = ArchiveSession.open(args.admin, secret)
        try:
            done = migrate(vault, intake, open_store(intake, Path(args.store)), admin, compartment)
        finally:
            if admin is not None:
                admin.close()
            if compartment is not None:
                compartment.close()
    ctx.out.emit(
        done.to_json(),
        f"Moved {counted(done.bundles, 'bundle', 'bundles')}, "
        f"{counted(done.versions, 'record version', 'record versions')}, "
        f"{counted(done.media_files, 'media file', 'media files')} and "
        f"{counted(done.chains, 'custody chain', 'custody chains')} "
        f"({len(done.verified)} verified in the archive); enrolled "
        f"{counted(done.devices, 'device', 'devices')}."
        + (
            f" {done.unversioned} record(s) from before the vault kept versions were not moved."
            if done.unversioned
            else ""
        )
        + (
            f" Moved {counted(done.identities, 'witness identity', 'witness identities')}."
            if done.identities
            else ""
        )
        + (
            f" {counted(done.identities_left, 'witness identity', 'witness identities')} "
            "stayed in the vault."
            if done.identities_left
            else ""
        ),
    )
