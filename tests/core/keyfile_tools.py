"""Reading and crafting vault.json (format 2) the way an attacker with a text editor would.

Written from the format's description (two 4096-byte areas, each a JSON document padded with
spaces, the SHA-256 of those bytes in hex, a newline), not with humdoc's own encoder, so that
tests can forge files whose checksums hold.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

AREA = 4096
BODY = AREA - 65


def area_docs(data: bytes) -> list[dict[str, Any] | None]:
    """Each area's document, or None where its checksum does not hold."""
    docs: list[dict[str, Any] | None] = []
    for start in range(0, 2 * AREA, AREA):
        area = data[start : start + AREA]
        body, digest = area[:BODY], area[BODY : BODY + 64]
        ok = len(area) == AREA and hashlib.sha256(body).hexdigest().encode() == digest
        docs.append(json.loads(body) if ok else None)
    return docs


def current_doc(path: Path) -> dict[str, Any]:
    """The document of the valid area with the higher generation."""
    docs = [d for d in area_docs(path.read_bytes()) if d is not None]
    assert docs, "no valid area in vault.json"
    return max(docs, key=lambda d: d["generation"])


def encode_area(doc: dict[str, Any]) -> bytes:
    body = json.dumps(doc).encode()
    assert len(body) <= BODY
    body += b" " * (BODY - len(body))
    return body + hashlib.sha256(body).hexdigest().encode() + b"\n"


def forge(data: bytes, change: Callable[[dict[str, Any]], object]) -> bytes:
    """vault.json with ``change`` applied to its current document, written to both areas."""
    docs = [d for d in area_docs(data) if d is not None]
    doc = copy.deepcopy(max(docs, key=lambda d: d["generation"]))
    change(doc)
    return encode_area(doc) * 2


def forge_file(path: Path, change: Callable[[dict[str, Any]], object]) -> None:
    path.write_bytes(forge(path.read_bytes(), change))


def slot_fields(doc: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(salt, nonce, wrapped) of every slot, as stored (base64)."""
    return [(s["salt"], s["nonce"], s["wrapped"]) for s in doc["keyslots"]]
