"""Rewriting a genuine bundle's payload and signing it again with the device's own key.

What a lost or compromised field laptop could send: every format check passes (the bag is
complete, the signature is the enrolled device's), so only the centre's checks of the records
themselves stand between such content and the vault.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Callable
from pathlib import Path

import pyrage
from pyrage import x25519

from humdoc.core.bundle.minisign import sign
from humdoc.core.bundle.tarsafe import TarWriter
from humdoc.core.session import Session

#: ``edit(path below data/, bytes)`` returns the new bytes (or the same).
Edit = Callable[[str, bytes], bytes]


def members_of(bundle: Path, centre: Session) -> dict[str, bytes]:
    """The tar members of ``bundle``, decrypted with the centre's key, in order."""
    identity = x25519.Identity.from_str(centre.device_keys.age_identity())
    plain = pyrage.decrypt(bundle.read_bytes(), [identity])
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        out = {}
        for info in tar.getmembers():
            data = tar.extractfile(info)
            assert data is not None
            out[info.name] = data.read()
        return out


def resigned(bundle: Path, field: Session, centre: Session, edit: Edit, out: Path) -> Path:
    """``bundle`` with its payload passed through ``edit``, its manifests, Payload-Oxum and
    signature redone by ``field``'s signing key, encrypted to ``centre`` again."""
    members = members_of(bundle, centre)
    top = next(iter(members)).split("/", 1)[0]
    payload: dict[str, bytes] = {}
    for name, data in members.items():
        rel = name.split("/", 1)[1]
        if rel.startswith("data/"):
            payload[name] = edit(rel[len("data/") :], data)
    manifest = "".join(
        f"{hashlib.sha256(data).hexdigest()}  {name.split('/', 1)[1]}\n"
        for name, data in payload.items()
    ).encode()
    oxum = f"{sum(map(len, payload.values()))}.{len(payload)}"
    info = "".join(
        f"Payload-Oxum: {oxum}\n" if line.startswith("Payload-Oxum: ") else line + "\n"
        for line in members[f"{top}/bag-info.txt"].decode().splitlines()
    ).encode()
    tags = {
        f"{top}/manifest-sha256.txt": manifest,
        f"{top}/bagit.txt": members[f"{top}/bagit.txt"],
        f"{top}/bag-info.txt": info,
    }
    tagmanifest = "".join(
        f"{hashlib.sha256(tags[f'{top}/{n}']).hexdigest()}  {n}\n"
        for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
    ).encode()
    old_signature = members[f"{top}/tagmanifest-sha256.txt.minisig"].decode().splitlines()
    comment = old_signature[2].removeprefix("trusted comment: ")
    key = field.device_keys.signing_key()
    try:
        signature = sign(key, tagmanifest, comment).encode()
    finally:
        key.wipe()
    buffer = io.BytesIO()
    tar = TarWriter(buffer, 0)
    for name, data in {
        **payload,
        **tags,
        f"{top}/tagmanifest-sha256.txt": tagmanifest,
        f"{top}/tagmanifest-sha256.txt.minisig": signature,
    }.items():
        tar.add_bytes(name, data)
    tar.close()
    recipient = x25519.Recipient.from_str(centre.device_keys.age_recipient())
    out.write_bytes(pyrage.encrypt(buffer.getvalue(), [recipient]))
    return out
