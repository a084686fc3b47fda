"""Commands for media, settings, device keys and the chain of custody."""

from __future__ import annotations

import argparse
import io
from pathlib import Path
from typing import Any

import segno

from humdoc.cli.context import Context
from humdoc.cli.output import table
from humdoc.core.errors import HumdocError, MediaError, UsageError, VaultCorrupt
from humdoc.core.media import POLICY_NAMES, Policy, policy_help, readable
from humdoc.core.sizes import human_size

#: The policies that make a cleaned copy (under keep the original itself leaves).
CLEANED = tuple(name for name in POLICY_NAMES if name != Policy.KEEP)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    media = sub.add_parser("media", parents=[common], help="photos, audio, video and documents")
    ms = media.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ms.add_parser("import", parents=[common], help="seal files into a case")
    p.add_argument("case_id", metavar="CASE")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--policy",
        choices=POLICY_NAMES,
        help=f"the cleaned copy made now (default: the case's, else the vault's): {policy_help()}",
    )
    p.add_argument("--testimony", metavar="ID", help="link the files to a testimony of the case")
    p.set_defaults(handler=cmd_media_import)
    p = ms.add_parser("list", parents=[common], help="list a case's media")
    p.add_argument("case_id", metavar="CASE")
    p.set_defaults(handler=cmd_media_list)
    p = ms.add_parser("show", parents=[common], help="show an item's metadata")
    p.add_argument("item_id", metavar="ID")
    p.set_defaults(handler=cmd_media_show)
    p = ms.add_parser("extract", parents=[common], help="write a copy out for deliberate handover")
    p.add_argument("item_id", metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--original", action="store_true", help="the sealed original (default)")
    which.add_argument("--derivative", action="store_true", help="the copy made under a policy")
    p.add_argument(
        "--policy",
        choices=CLEANED,
        help="with --derivative (default: the case's): " + policy_help(CLEANED),
    )
    p.set_defaults(handler=cmd_media_extract)

    p = ms.add_parser("delete", parents=[common], help="delete an item and its copies")
    p.add_argument("item_id", metavar="ID")
    p.set_defaults(handler=cmd_media_delete)

    p = sub.add_parser("settings", parents=[common], help="show or change vault settings")
    p.add_argument(
        "--policy", choices=POLICY_NAMES, help=f"the vault's default policy: {policy_help()}"
    )
    p.add_argument("--strip-at-intake", choices=["on", "off"], help="never store location at all")
    p.add_argument("--actor", help="the name recorded in the chain of custody")
    p.add_argument(
        "--auto-lock",
        type=int,
        metavar="MINUTES",
        help="lock the open vault after this many minutes without use (GUI)",
    )
    p.add_argument(
        "--remove-when-receipted",
        choices=["on", "off"],
        help="field: remove media from this device once a centre's receipt declares them safe",
    )
    p.set_defaults(handler=cmd_settings)

    keys = sub.add_parser("keys", parents=[common], help="this device's public keys")
    ks = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ks.add_parser(
        "show", parents=[common], help="print the signing key (and a centre's age recipient)"
    )
    p.add_argument("--qr", action="store_true", help="also print QR codes to compare with a phone")
    p.set_defaults(handler=cmd_keys_show)
    p = ks.add_parser(
        "export",
        parents=[common],
        help="write the signing key as a minisign .pub file (what 'devices enrol' reads)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--recipient",
        action="store_true",
        help="centre: write the age recipient instead (what 'recipients add' and 'age -R' read)",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=cmd_keys_export)

    p = sub.add_parser(
        "custody", parents=[common], help="print and verify an item's chain of custody"
    )
    p.add_argument("item_id", metavar="ITEM")
    p.set_defaults(handler=cmd_custody)


def cmd_media_import(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    report = s.media.import_files(
        args.case_id, [Path(f) for f in args.files], args.policy, args.testimony
    )
    lines = [
        f"Imported {i.original_name} as {i.id} (sha256 {i.sha256[:16]}…)" for i in report.imported
    ]
    lines += [f"Note: {name}: {msg}" for name, msg in report.warnings]
    lines += [f"Warning: {name}: {msg}" for name, msg in report.cannot_leave]
    lines += [f"Refused: {name}: {msg}" for name, msg in report.failed]
    ctx.out.emit(
        {
            "imported": [i.to_json() for i in report.imported],
            "failed": [{"file": n, "error": m} for n, m in report.failed],
            "warnings": [{"file": n, "note": m} for n, m in report.warnings],
            "cannot_leave": [{"file": n, "reason": m} for n, m in report.cannot_leave],
        },
        lines,
    )
    if report.failed and not report.imported:
        raise MediaError(f"No file was imported; {report.failed[0][0]}: {report.failed[0][1]}")
    if report.failed:
        raise MediaError(
            f"{len(report.failed)} of {len(args.files)} files were refused (listed above)."
        )


def cmd_media_list(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    s.cases.get(args.case_id)
    items = s.media.list(args.case_id)
    ctx.out.emit(
        {"items": [i.to_json() for i in items]},
        table(
            [[i.id, i.mime, str(i.size), i.imported_at[:10], i.original_name] for i in items],
            ["ID", "TYPE", "BYTES", "IMPORTED", "NAME"],
        ),
    )


def cmd_media_show(ctx: Context, args: argparse.Namespace) -> None:
    item = ctx.session().media.get(args.item_id)
    md = item.metadata
    gps = md.get("gps")
    if isinstance(gps, dict):
        location = readable.coordinates(gps["lat"], gps["lon"])
        if gps.get("alt") is not None:
            location += f", altitude {readable.altitude(gps['alt'])} m"
    else:
        location = "none recorded"
    lines = [
        f"Item {item.id} in case {item.case_id}: {item.original_name}",
        f"Type: {item.mime}",
        f"Captured: {md.get('capture_time') or 'unknown'}",
        f"Camera: {' '.join(str(x) for x in (md.get('make'), md.get('model')) if x) or 'unknown'}"
        # The camera's own EXIF value; a HEIC's copies are already turned by its irot/imir.
        + (f"   Orientation (EXIF): {md['orientation']}" if md.get("orientation") else ""),
        f"Location: {location}" + ("   (removed at intake)" if item.location_removed else ""),
        f"Serial: {md.get('serial') or '-'}   Artist/owner: {md.get('artist') or '-'}   Software: {md.get('software') or '-'}",
    ]
    if item.kind == "audio" and md.get("duration"):
        lines.insert(3, f"Sound: {md.get('codec')}, {md['duration']} s, "
                        f"{md.get('sample_rate') or '?'} Hz, {md.get('channels') or '?'} channel(s)")  # fmt: skip
    if item.kind == "video":
        lines += _video_lines(md)
    removed = {f"{d.policy} copy": d.removed for d in item.derivatives}
    for copy in item.copies():
        size = "size not known here" if copy.size is None else _exact_size(copy.size)
        held = ", sealed in this vault" if copy.sealed else ""
        lines.append(f"{copy.name.capitalize()}: {size}{held}; SHA-256 {copy.sha256}")
        lines += [f"  removed: {what}" for what in removed.get(copy.name, ())]
    ctx.out.emit(
        {**item.to_json(), "copies": [c.__dict__ for c in item.copies()]},
        lines,
    )


def _exact_size(count: int) -> str:
    """``"2.1 MB (2,097,152 bytes)"``: a hash is checked against the exact size."""
    exact = f"{count:,} byte" + ("" if count == 1 else "s")
    return exact if count < 1000 else f"{human_size(count)} ({exact})"


def _video_lines(md: dict[str, object]) -> list[str]:
    """Duration, size, rotation and every track of a video's metadata record."""
    size = f"{md.get('width')}×{md.get('height')}" if md.get("width") else "unknown size"
    lines = [
        f"Duration: {md.get('duration') or '?'} s   Picture: {size}   Rotation: {md.get('rotation') or 0}°"
    ]
    tracks = md.get("tracks")
    for track in tracks if isinstance(tracks, list) else []:
        extra = f", {track.get('width')}×{track.get('height')}" if track.get("width") else ""
        lines.append(
            f"  track {track.get('id')}: {track.get('handler')} ({track.get('codec')}{extra}), "
            f"{track.get('duration')} s, {track.get('samples')} samples"
        )
    return lines


def cmd_media_extract(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    policy = None
    if args.derivative:
        applies = s.policy_for_item(args.item_id, args.policy)
        policy = None if applies is Policy.KEEP else applies.value
    result = s.media.extract(args.item_id, Path(args.out), policy)
    ctx.out.emit(
        result,
        f"Wrote the {result['what']} of {args.item_id} to {args.out} (sha256 {result['sha256']}).",
    )


def cmd_media_delete(ctx: Context, args: argparse.Namespace) -> None:
    ctx.session().media.delete(args.item_id)
    ctx.out.emit({"deleted": args.item_id}, f"Deleted media item {args.item_id}.")


def cmd_settings(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    receipted = args.remove_when_receipted
    if args.policy or args.strip_at_intake or args.actor or args.auto_lock is not None or receipted:
        strip = None if args.strip_at_intake is None else args.strip_at_intake == "on"
        s.update_settings(
            default_policy=args.policy,
            strip_at_intake=strip,
            actor=args.actor,
            auto_lock_minutes=args.auto_lock,
            remove_when_receipted=None if receipted is None else receipted == "on",
        )
    st = s.settings
    ctx.out.emit(
        st.to_json(),
        [
            f"Default policy: {st.default_policy}",
            f"Strip location at intake: {'on' if st.strip_at_intake else 'off'}",
            f"Actor: {st.actor}",
            f"Auto-lock: after {st.auto_lock_minutes} min without use",
            f"Remove media once receipted: {'on' if st.remove_when_receipted else 'off'}",
        ],
    )


def cmd_keys_show(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    keys = s.device_keys.describe(s.role)
    lines = [
        f"Device signing key (minisign), fingerprint {keys.fingerprint}:",
        keys.minisign_public.rstrip(),
    ]
    if args.qr:
        lines.append(_qr(keys.minisign_public.splitlines()[1]))
    if keys.age_recipient:
        lines += [
            "",
            "Age recipient of this documentation centre (give it to field devices):",
            keys.age_recipient,
            f"Recipient fingerprint (field devices see it when they add it): {keys.age_fingerprint}",
        ]
        if args.qr:
            lines.append(_qr(keys.age_recipient))
    ctx.out.emit({**keys.__dict__, "role": s.role}, lines)


def cmd_keys_export(ctx: Context, args: argparse.Namespace) -> None:
    dest = Path(args.file)
    if dest.exists() and not args.force:
        raise UsageError(f"{dest} exists already; give --force to replace it.")
    s = ctx.session()
    if args.recipient:
        keys = s.export_recipient(dest)
        lines = [
            f"Wrote this centre's age recipient to {dest}.",
            f"Recipient fingerprint: {keys.age_fingerprint}",
            "Field devices add it with 'humdoc recipients add NAME FILE'; "
            "they must see this fingerprint.",
        ]
    else:
        keys = s.device_keys.export_public_key(dest)
        lines = [
            f"Wrote this device's signing key (minisign public key) to {dest}.",
            f"Fingerprint: {keys.fingerprint}",
            "The centre enrols it with 'humdoc devices enrol NAME FILE'; "
            "it must see this fingerprint.",
        ]
    ctx.out.emit({"file": str(dest), **keys.__dict__, "recipient_file": args.recipient}, lines)


def _qr(text: str) -> str:
    """``text`` as a QR code drawn with block characters, for the terminal."""
    out = io.StringIO()
    segno.make(text, error="m").terminal(out=out, compact=True)
    return out.getvalue().rstrip("\n")


def cmd_custody(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    report = s.custody_report(args.item_id)
    events, problems = report.events, report.problems
    if not events:
        raise HumdocError(f"No custody events for {args.item_id!r}.")
    rows = []
    for ev in events:
        f = ev.fields
        # the whole fingerprint, in the form enrolment and 'keys show' print it
        rows.append(
            [str(f["device_seq"]), f["at"], f["action"], f["actor"], f["device"], ev.hash[:16]]
        )
    lines = table(rows, ["SEQ", "TIME", "ACTION", "ACTOR", "DEVICE", "HASH"])
    lines.append("Chain verified." if not problems else f"CHAIN BROKEN: {problems[0]}")
    ctx.out.emit(
        {
            "item": args.item_id,
            "events": [e.to_json() | {"fields": e.fields} for e in events],
            "verified": not problems,
            "problems": problems,
        },
        lines,
    )
    if problems:
        raise VaultCorrupt(f"The chain of custody of {args.item_id} does not verify: {problems[0]}")
