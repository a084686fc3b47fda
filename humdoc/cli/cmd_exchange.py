"""Commands for recipients, export, enrolled devices, verify and receive."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from humdoc.cli.cmd_identity import LABEL as IDENTITY_LABEL
from humdoc.cli.cmd_receipts import receipt_lines
from humdoc.cli.context import Context
from humdoc.cli.output import counted, table
from humdoc.core.device_keys import MAX_KEY_TEXT
from humdoc.core.errors import BundleRejected, HumdocError, InvalidInput, WrongPassphrase
from humdoc.core.exchange.partners import Recipient
from humdoc.core.exchange.receipts import make_receipt, receipt_path
from humdoc.core.media import POLICY_NAMES, policy_help
from humdoc.core.session import Session


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    rec = sub.add_parser("recipients", parents=[common], help="documentation centres to export to")
    rs = rec.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = rs.add_parser("add", parents=[common], help="add a centre's age recipient (age1…)")
    p.add_argument("name")
    p.add_argument(
        "recipient",
        metavar="AGE_RECIPIENT",
        help="the age1… recipient, or a file holding it ('keys export --recipient' on the centre; "
        "it also carries the centre's signing key, which checks its receipts)",
    )
    p.add_argument(
        "--signing-key",
        metavar="MINISIGN_PUBKEY",
        help="the centre's signing key (or a file holding it), if the recipient file lacks it",
    )
    p.set_defaults(handler=cmd_recipients_add)
    p = rs.add_parser(
        "key",
        parents=[common],
        help="add a centre's signing key to a recipient added without it (to check receipts)",
    )
    p.add_argument("name")
    p.add_argument(
        "pubkey",
        metavar="MINISIGN_PUBKEY",
        help="the key, or a file holding it (the centre's 'keys export --recipient' file)",
    )
    p.set_defaults(handler=cmd_recipients_key)
    p = rs.add_parser("remove", parents=[common], help="remove a recipient")
    p.add_argument("name")
    p.set_defaults(handler=cmd_recipients_remove)
    rs.add_parser("list", parents=[common], help="list recipients").set_defaults(
        handler=cmd_recipients_list
    )

    p = sub.add_parser("export", parents=[common], help="write a signed, encrypted bundle of cases")
    p.add_argument("cases", nargs="+", metavar="CASE")
    p.add_argument("--to", required=True, metavar="NAME[,NAME...]")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument(
        "--policy",
        choices=POLICY_NAMES,
        help=f"for every case exported (default: each case's own, else the vault's): {policy_help()}",
    )
    p.add_argument(
        "--include-identity",
        action="store_true",
        help="also carry the real identities of witnesses who consented (share-identity); "
        "asks the identity-compartment passphrase",
    )
    p.set_defaults(handler=cmd_export)

    dev = sub.add_parser(
        "devices", parents=[common], help="field devices a centre accepts bundles from"
    )
    ds = dev.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ds.add_parser("enrol", parents=[common], help="pin a field device's signing key")
    p.add_argument("name")
    p.add_argument(
        "pubkey",
        metavar="MINISIGN_PUBKEY",
        help="the key, or a file holding it ('keys export' on the device, a minisign .pub file)",
    )
    p.add_argument(
        "--reinstate",
        action="store_true",
        help="trust a revoked key again (only if the device is back in safe hands)",
    )
    p.set_defaults(handler=cmd_devices_enrol)
    p = ds.add_parser(
        "revoke",
        parents=[common],
        help="stop accepting a device's bundles (a seized laptop); what it sent stays, marked",
    )
    p.add_argument("device", metavar="NAME|FINGERPRINT")
    p.add_argument("--reason", default="", metavar="TEXT", help="why, kept and shown on rejection")
    p.set_defaults(handler=cmd_devices_revoke)
    ds.add_parser(
        "list", parents=[common], help="list enrolled devices, their bundles and any not arrived"
    ).set_defaults(handler=cmd_devices_list)

    p = sub.add_parser("verify", parents=[common], help="check a bundle completely; import nothing")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_verify)
    p = sub.add_parser("receive", parents=[common], help="verify and import bundles")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(handler=cmd_receive)
    p = sub.add_parser(
        "versions",
        parents=[common],
        help="centre: every version of a record received, newest (current) first",
    )
    p.add_argument("item_id", metavar="ID", help="a case, incident, testimony or media item")
    p.set_defaults(handler=cmd_versions)


def _text_or_file(arg: str) -> str:
    """``arg`` itself, or the text of the file it names (a key file is small)."""
    path = Path(arg)
    if len(arg) < 4096 and path.is_file():
        if path.stat().st_size > MAX_KEY_TEXT:
            raise InvalidInput(f"{path.name} is far larger than a key file.")
        return path.read_text(encoding="utf-8", errors="replace")
    return arg


def cmd_recipients_add(ctx: Context, args: argparse.Namespace) -> None:
    signing = None if args.signing_key is None else _text_or_file(args.signing_key)
    r = ctx.session().recipients.add(args.name, _text_or_file(args.recipient), signing)
    ctx.out.emit(
        r.to_json(), [f"Added recipient {r.name} (fingerprint {r.fingerprint}).", _key_line(r)]
    )


def cmd_recipients_key(ctx: Context, args: argparse.Namespace) -> None:
    r = ctx.session().recipients.set_signing_key(args.name, _text_or_file(args.pubkey))
    ctx.out.emit(r.to_json(), _key_line(r))


def _key_line(r: Recipient) -> str:
    key = r.key()
    if key is None:
        return (
            f"No signing key for {r.name}: its receipts cannot be checked until it is added "
            "('humdoc recipients key NAME FILE')."
        )
    return (
        f"Signing key of {r.name} (checks its receipts), fingerprint {key.fingerprint()}: "
        "compare it with the one the centre shows."
    )


def cmd_recipients_remove(ctx: Context, args: argparse.Namespace) -> None:
    ctx.session().recipients.remove(args.name)
    ctx.out.emit({"removed": args.name}, f"Removed recipient {args.name}.")


def cmd_recipients_list(ctx: Context, args: argparse.Namespace) -> None:
    rs = ctx.session().recipients.list()
    ctx.out.emit(
        {"recipients": [r.to_json() for r in rs]},
        table(
            [
                [r.name, r.fingerprint, r.recipient, _key_fingerprint(r) or "none (add it)"]
                for r in rs
            ],
            ["NAME", "FINGERPRINT", "RECIPIENT", "SIGNING KEY"],
        ),
    )


def _key_fingerprint(r: Recipient) -> str | None:
    key = r.key()
    return None if key is None else key.fingerprint()


def cmd_export(ctx: Context, args: argparse.Namespace) -> None:
    names = [n.strip() for n in args.to.split(",") if n.strip()]
    session = ctx.session()
    secret = ctx.new_secret(IDENTITY_LABEL, confirm=False) if args.include_identity else None
    result = session.exporter.export(
        args.cases,
        names,
        Path(args.out),
        args.policy,
        include_identity=args.include_identity,
        identity_passphrase=secret,
    )
    plan = result.plan
    carried = "Carried: " + counted(len(plan.rows["testimonies"]), "testimony", "testimonies")
    carried += ", " + counted(len(plan.media), "media file", "media files")
    if args.include_identity:
        carried += ", " + counted(len(plan.identities), "witness identity", "witness identities")
    lines = [
        f"Removed an unfinished file an interrupted export had left in {result.path.parent}: {name}"
        for name in result.removed_leftovers
    ]
    lines += [
        f"Wrote {result.path} ({result.size} bytes): bundle {result.bundle_id}, sequence {result.sequence}.",
        f"Identity (SHA-256 of its signed tag manifest) {result.identity}",
        f"SHA-256 of the file {result.sha256}",
        carried + ".",
    ]
    codes = {p.id: p.code for p in session.persons.list()}
    lines += [
        f"Held back: {h.kind} {codes.get(h.id, h.id) if h.kind == 'identity' else h.id}: {h.reason}"
        for h in plan.held_back
    ]
    ctx.out.emit(result.to_json(), lines)


def cmd_devices_enrol(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    dev = s.enrol_device(args.name, _text_or_file(args.pubkey), reinstate=args.reinstate)
    ctx.out.emit(
        dev.to_json(),
        [
            f"{'Reinstated' if args.reinstate else 'Enrolled'} {dev.name}.",
            f"Fingerprint: {dev.fingerprint}",
            "Compare it with the one the device shows.",
        ],
    )


def cmd_devices_revoke(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    done = s.revoke_device(args.device, args.reason)
    dev = done.device
    ctx.out.emit(
        done.to_json(),
        [
            f"Revoked {dev.name} ({dev.fingerprint}) on {(dev.revoked or '')[:10]}.",
            "Bundles it signs are rejected from now on; what it sent before stays.",
            f"Marked the custody of {len(done.marked)} item(s) it delivered.",
        ],
    )


def cmd_devices_list(ctx: Context, args: argparse.Namespace) -> None:
    devices = ctx.session().devices
    ds = [(d, devices.arrivals(d.fingerprint)) for d in devices.list()]
    ctx.out.emit(
        {"devices": [d.to_json() | a.to_json() for d, a in ds]},
        table(
            [
                [
                    d.name,
                    d.fingerprint,
                    d.enrolled[:10],
                    f"revoked {d.revoked[:10]}" if d.revoked else "accepted",
                    str(a.received),
                    "" if a.last_sequence is None else str(a.last_sequence),
                    ", ".join(str(x) if x == y else f"{x}–{y}" for x, y in a.missing) or "none",
                ]
                for d, a in ds
            ],
            ["NAME", "FINGERPRINT", "ENROLLED", "STATUS", "BUNDLES", "LAST", "NOT ARRIVED"],
        ),
    )


def cmd_versions(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    s.vault.require_role("centre", "Listing received versions")
    versions = s.receiver().versions(args.item_id)
    names = {d.fingerprint: d.name for d in s.devices.list()}
    rows = [
        [
            "current" if v.current else "earlier",
            str(v.rank),
            names.get(v.device, v.device),
            str(v.sequence),
            v.bundle_id,
            v.received[:19],
        ]
        for v in versions
    ]
    ctx.out.emit(
        {"item": args.item_id, "versions": [v.to_json() for v in versions]},
        table(rows, ["VERSION", "CHAIN", "DEVICE", "BUNDLE NO.", "BUNDLE", "RECEIVED"]),
    )


def _describe(summary: dict[str, Any]) -> list[str]:
    lines = [
        f"Bundle {summary['bundle_id']} from {summary['device']} (sequence {summary['sequence']}, "
        f"made {summary['created']}): {counted(summary['cases'], 'case', 'cases')}, "
        f"{counted(summary['testimonies'], 'testimony', 'testimonies')}, "
        f"{counted(summary['media'], 'media file', 'media files')}"
        + (
            f", {counted(summary['identities'], 'witness identity', 'witness identities')}."
            if summary.get("identities")
            else "."
        )
    ]
    older = summary.get("older_versions") or []
    if older:
        lines.append(
            f"{len(older)} record(s) arrived in versions older than ones received before: kept "
            "as earlier versions ('humdoc versions ID'); the newer ones stay current."
        )
    return lines + [f"Note: {w}" for w in summary["warnings"]]


def cmd_verify(ctx: Context, args: argparse.Namespace) -> None:
    summary = ctx.session().receiver().verify(Path(args.file))
    ctx.out.emit(
        {"verified": True, **summary}, ["Verified: every check passed.", *_describe(summary)]
    )


class _LazySecret:
    """Asks for a secret the first time a bundle needs it, then reuses it for the others."""

    def __init__(self, ctx: Context, label: str) -> None:
        self.ctx = ctx
        self.label = label
        self.held: bytes | None = None

    def __call__(self) -> bytes:
        if self.held is None:
            self.held = self.ctx.new_secret(self.label, confirm=False)
        return self.held

    def forget(self) -> None:
        self.held = None


def cmd_receive(ctx: Context, args: argparse.Namespace) -> None:
    session = ctx.session()
    receiver = session.receiver()
    identity_passphrase = _LazySecret(ctx, IDENTITY_LABEL)
    results: list[dict[str, Any]] = []
    lines: list[str] = []
    failures: list[HumdocError] = []
    for name in args.files:
        try:
            summary = receiver.receive(Path(name), identity_passphrase=identity_passphrase)
        except HumdocError as exc:
            if isinstance(exc, WrongPassphrase):
                identity_passphrase.forget()  # ask again for the next bundle
            reason = (
                exc.reason
                if isinstance(exc, BundleRejected)
                else _REASONS.get(type(exc), "not-received")
            )
            results.append({"file": name, "received": False, "reason": reason, "error": str(exc)})
            verdict = "REJECTED" if isinstance(exc, BundleRejected) else "NOT RECEIVED"
            if len(args.files) > 1:  # one bundle: its one line on stderr says it, once
                lines.append(f"{verdict} {name}: {exc}")
            failures.append(exc)
            continue
        verdict = "Already received" if summary["already_received"] else "Received"
        lines += [f"{verdict} {name}:", *_describe(summary)]
        receipt, said = _write_receipt(session, summary["bundle_id"], Path(name))
        results.append({"file": name, "received": True, **summary, "receipt": receipt})
        lines += said
    ctx.out.emit({"bundles": results}, lines)
    if len(failures) == 1:
        raise failures[0]
    if failures:
        raise BundleRejected("several", f"{len(failures)} bundles were rejected (listed above).")


def _write_receipt(session: Session, bundle_id: str, bundle: Path) -> tuple[str | None, list[str]]:
    """Write the signed receipt beside the bundle; its path (None if it could not be written,
    e.g. on a read-only stick) and the lines that say so."""
    try:
        receipt = make_receipt(session.db, session.device_keys, bundle_id)
        doc, sig = receipt.write(receipt_path(bundle))
    except (HumdocError, OSError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else str(exc)
        return None, [
            f"Note: the receipt could not be written beside the bundle ({why}); make it with "
            f"'humdoc receipts make {bundle_id} --out FILE'."
        ]
    return str(doc), receipt_lines(receipt.fields, doc, sig)


_REASONS: dict[type[HumdocError], str] = {
    WrongPassphrase: "wrong-identity-passphrase",
}
