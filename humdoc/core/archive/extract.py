"""Writing a media file out of the shared archive, for a deliberate handover.

The file is read through ``read_media`` (so the archive's access log names the member who took
it), decrypted as a stream from the blob store, and checked against the SHA-256 the archive
holds for it before it is put in place (``safefs.atomic_writer``: a check that fails, a full disk
or a killed process leave nothing at ``out``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from humdoc.core import safefs
from humdoc.core.archive import store
from humdoc.core.archive.session import ArchiveSession
from humdoc.core.blobs import BlobStore
from humdoc.core.errors import BlobCorrupt, FileExists, NotFound

CHUNK = 1024 * 1024


def extract(
    session: ArchiveSession, blobs: BlobStore, item_id: str, out: Path, sha256: str | None = None
) -> dict[str, Any]:
    """Write media item ``item_id``'s file (the one its current record sends, or the file of
    ``sha256``) to ``out``. ``FileExists`` if ``out`` exists; ``NotFound`` if the archive keeps
    no such file; ``BlobCorrupt`` if the stored copy does not match its SHA-256."""
    if out.exists():
        raise FileExists(out.name)
    conn, keys = session.conn, session.keys
    held = {f[0]: f for f in store.media_files(conn, item_id)}
    if not held:
        raise NotFound(f"The archive keeps no file of media item {item_id}.")
    if sha256 is None:
        current = store.read_record(conn, keys, "media", item_id)
        sha256 = str(current.get("sha256", ""))
    if sha256 not in held:
        raise NotFound(f"The archive keeps no file {sha256[:12]}… of media item {item_id}.")
    found = store.read_media(conn, keys, item_id, sha256)
    digest = hashlib.sha256()
    with blobs.open(found.blob_id, found.file_key) as reader, safefs.atomic_writer(out) as dest:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            dest.write(chunk)
        if digest.hexdigest() != sha256:
            raise BlobCorrupt(f"The stored copy of {item_id} does not match its recorded SHA-256.")
    return {"item": item_id, "sha256": sha256, "size": found.size, "mime": found.mime,
            "out": str(out)}  # fmt: skip
