"""Building the custody report of a case from an unlocked vault or the shared archive (writes
nothing).

Every custody event is checked on its own: its signature against the key of the device that
signed it (this device's, or an enrolled one's), and its place in the chain (hash, link,
sequence). A chain that does not verify is reported with the event where it breaks; the report
is still made, so that a court sees the failure rather than nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from humdoc.core import safefs
from humdoc.core.bundle.minisign import PublicKey, verify
from humdoc.core.custody import CustodyEvent, canonical, verify_chain
from humdoc.core.domain.common import now_iso
from humdoc.core.domain.testimonies import Testimony
from humdoc.core.errors import HumdocError, InvalidInput
from humdoc.core.mediaitems import MediaItem
from humdoc.core.report import model
from humdoc.core.session import Session
from humdoc.core.sources import CaseSource, VerifyCommands, source_of

#: Characters of a statement shown in the report, where consent allows it.
EXCERPT_CHARS = 280
#: Key roles whose keys sign custody events (minisign keys); the others are age recipients.
SIGNERS = ("this device", "enrolled device")


def build_report(holder: Session | CaseSource, case_id: str) -> model.CustodyReport:
    """The custody report of ``case_id``, read from a vault's session or any ``CaseSource``
    (the shared archive's); ``NotFound`` if there is no such case."""
    source = source_of(holder)
    case = source.case(case_id)
    testimonies = source.testimonies(case.id)
    media = source.media(case.id)
    policy = case.policy or source.default_policy()
    keys = source.report_keys()
    key_files = {k.fingerprint: _key_file(k.fingerprint) for k in keys if k.role in SIGNERS}
    items: list[model.Item] = []
    events: list[model.Event] = []
    withheld: list[model.Withheld] = []
    steps: list[model.Step] = [_key_step(keys)]
    local = {t.id: t for t in testimonies}
    for t in testimonies:
        chain = source.custody_chain(t.id)
        checked, problems = _check_chain(t.id, chain, source.known_key)
        events += checked
        items.append(_testimony_item(source, t, problems))
        withheld += _testimony_withheld(t)
        steps.append(_testimony_step(t, source.commands))
        steps.append(_chain_step(t.id, checked, key_files, source.commands))
    for m in media:
        chain = source.custody_chain(m.id)
        checked, problems = _check_chain(m.id, chain, source.known_key)
        events += checked
        items.append(_media_item(m, problems))
        withheld += _media_withheld(m, local.get(m.testimony_id or ""), policy)
        steps.append(_media_step(m, source.commands))
        steps.append(_chain_step(m.id, checked, key_files, source.commands))
    return model.CustodyReport(
        model.FORMAT,
        model.VERSION,
        now_iso(),
        source.generated_by(),
        source.role,
        case.id,
        case.title,
        case.description,
        case.status,
        case.created,
        tuple(
            model.Incident(i.id, i.title, i.occurred_from or "", i.occurred_to or "", i.location)
            for i in source.incidents(case.id)
        ),
        tuple(items),
        tuple(keys),
        tuple(events),
        tuple(withheld),
        tuple(steps),
    )


def _check_chain(
    item_id: str, chain: list[CustodyEvent], keys: Callable[[str], PublicKey | None]
) -> tuple[list[model.Event], tuple[str, ...]]:
    """Each event with its own findings, and the chain's problems as a whole.

    An event's findings are what ``verify_chain`` finds new when the chain is checked up to it,
    so each problem is charged to the event where it first appears.
    """
    out: list[model.Event] = []
    seen: list[str] = []
    for n, ev in enumerate(chain, 1):
        found = verify_chain(item_id, chain[:n], keys)
        new = tuple(found[len(seen) :])
        seen = found
        try:
            f = ev.fields
        except (ValueError, TypeError):
            f = {}
        device = str(f.get("device", ""))
        out.append(
            model.Event(
                item_id,
                n,
                ev.hash,
                str(f.get("at", "")),
                str(f.get("action", "")),
                str(f.get("actor", "")),
                device,
                int(f["device_seq"]) if isinstance(f.get("device_seq"), int) else 0,
                str(f.get("prev", "")),
                canonical(f.get("details") or {}).decode()
                if isinstance(f.get("details"), dict)
                else "{}",
                _signature_result(ev, keys(device)),
                new,
            )
        )
    return out, tuple(seen)


def _signature_result(ev: CustodyEvent, pub: PublicKey | None) -> str:
    if pub is None:
        return "unknown-key"
    try:
        verify(pub, ev.entry.encode(), ev.signature)
    except HumdocError:
        return "failed"
    return "verified"


def _testimony_item(source: CaseSource, t: Testimony, problems: tuple[str, ...]) -> model.Item:
    history = tuple(
        model.ConsentRecord(c.scopes, c.recorded_by, c.recorded_at)
        for c in source.consent_history(t.id)
    )
    open_to_court = t.consent.allows("share-accountability")
    excerpt = t.statement[:EXCERPT_CHARS] + ("…" if len(t.statement) > EXCERPT_CHARS else "")
    return model.Item(
        "testimony",
        t.id,
        _statement_sha256(t.statement),
        f"Testimony, interviewed {t.interview_date or 'on an unrecorded date'}",
        (),
        history,
        t.witness_code if open_to_court else "",
        t.language,
        excerpt if open_to_court else "",
        not problems,
        problems,
    )


def _media_item(m: MediaItem, problems: tuple[str, ...]) -> model.Item:
    sealed = model.Copy(
        "evidentiary", "original", m.sealed_sha256, m.sealed_size, m.mime, "", False, ()
    )
    working = tuple(
        model.Copy(
            "working", d.policy, d.sha256, d.size, d.mime, m.sealed_sha256, d.converted, d.removed
        )
        for d in m.derivatives
    )
    extra = "; location removed at intake" if m.location_removed else ""
    return model.Item(
        "media",
        m.id,
        m.sealed_sha256,
        f"{m.kind} ({m.format}), imported {m.imported_at[:10]}{extra}",
        (sealed, *working),
        (),
        "",
        "",
        "",
        not problems,
        problems,
    )


def _testimony_withheld(t: Testimony) -> list[model.Withheld]:
    out: list[model.Withheld] = []
    if not t.consent.allows("share-accountability"):
        out.append(
            model.Withheld(
                "testimony",
                t.id,
                "pseudonym and statement not shown: the witness has not consented to sharing "
                "with accountability bodies",
            )
        )
    if not t.consent.allows("share-centre"):
        out.append(
            model.Withheld(
                "testimony",
                t.id,
                "never leaves in a bundle: the witness has not consented to sharing with the "
                "centre",
            )
        )
    return out


def _media_withheld(m: MediaItem, testimony: Testimony | None, policy: str) -> list[model.Withheld]:
    if testimony is not None and not testimony.consent.allows("share-centre"):
        return [
            model.Withheld(
                "media", m.id, "stays with its testimony, whose consent does not allow sharing"
            )
        ]
    if policy != "keep" and m.kind != "image":
        return [
            model.Withheld(
                "media",
                m.id,
                f"no working copy can be cleaned of metadata under the {policy} policy; "
                "it leaves only under keep",
            )
        ]
    return []


def _key_file(fingerprint: str) -> str:
    return "key-" + fingerprint.replace(" ", "")[:16] + ".pub"


def _key_step(keys: list[model.Key]) -> model.Step:
    commands = []
    for k in keys:
        if k.role not in SIGNERS:
            continue
        name = _key_file(k.fingerprint)
        commands.append(f"# save the {k.role} key {k.fingerprint} (text under Keys) as {name}")
        commands.append(f"sed -n 2p {name} | base64 -d | sha256sum | cut -c1-32 | tr a-f A-F")
    return model.Step(
        "Check each signing key: the output must equal its fingerprint without spaces",
        tuple(commands),
    )


def _testimony_step(t: Testimony, cmds: VerifyCommands) -> model.Step:
    return model.Step(
        f"Testimony {t.id}: the statement's SHA-256",
        (
            f"{cmds.statement.format(id=t.id)} | sha256sum"
            f"  # must be {_statement_sha256(t.statement)}",
        ),
    )


def _media_step(m: MediaItem, cmds: VerifyCommands) -> model.Step:
    commands = [
        cmds.original.format(id=m.id, out=f"{m.id}.original"),
        f"sha256sum {m.id}.original  # must be {m.sealed_sha256}",
    ]
    for d in m.derivatives:
        commands.append(cmds.derivative.format(id=m.id, policy=d.policy, out=f"{m.id}.{d.policy}"))
        commands.append(f"sha256sum {m.id}.{d.policy}  # must be {d.sha256}")
    return model.Step(f"Media {m.id}: the evidentiary and working copies", tuple(commands))


def _chain_step(
    item_id: str, events: list[model.Event], key_files: dict[str, str], cmds: VerifyCommands
) -> model.Step:
    commands = [f"{cmds.custody.format(id=item_id)} > {item_id}.json"]
    for e in events:
        n = e.position - 1
        commands.append(
            f"jq -j '.events[{n}].entry' {item_id}.json > entry && sha256sum entry"
            f"  # must be {e.id}"
        )
        key = key_files.get(e.device, "the key of device " + e.device)
        commands.append(
            f"jq -j '.events[{n}].signature' {item_id}.json > entry.minisig"
            f" && minisign -Vm entry -p {key}"
        )
    return model.Step(f"Custody chain of {item_id}: each event's id and signature", tuple(commands))


def _statement_sha256(statement: str) -> str:
    return hashlib.sha256(statement.encode("utf-8")).hexdigest()


def dumps(report: model.CustodyReport) -> str:
    """The report as indented JSON (UTF-8 text, non-ASCII kept as it is)."""
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


def report_format(out: Path, replace: bool = False) -> str:
    """``"pdf"`` or ``"json"``, as ``out``'s suffix names; ``InvalidInput`` for another suffix,
    a missing folder, or (unless ``replace``) a file that exists."""
    kind = out.suffix.lower().lstrip(".")
    if kind not in ("pdf", "json"):
        raise InvalidInput("Name the report file FILE.pdf or FILE.json.")
    if out.exists() and not replace:
        raise InvalidInput(f"{out.name} already exists; choose a new file name.")
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} does not exist.")
    return kind


def write_json(report: model.CustodyReport, out: Path) -> int:
    """Write the report's JSON to ``out`` atomically; return its size in bytes."""
    data = dumps(report).encode("utf-8")
    safefs.atomic_write(out, data, 0o600)
    return len(data)
