"""humdoc bundle format v1: signed BagIt bags in a POSIX tar in an age file (docs/bundle-format.md).

A format library with no database: the export and receive services call it and keep the records.
"""

from __future__ import annotations

from humdoc.core.bundle.format import FIRST_BUNDLE, FORMAT, SUFFIX, recipient_fingerprint
from humdoc.core.bundle.limits import Limits
from humdoc.core.bundle.minisign import PublicKey, SigningKey, sign, verify
from humdoc.core.bundle.reader import KeyLookup, ReceivedBag, ReceivedFile, open_bundle
from humdoc.core.bundle.spool import MemorySpool, Spool, SpoolWriter
from humdoc.core.bundle.writer import PayloadFile, WrittenBundle, write_bundle

__all__ = [
    "FIRST_BUNDLE",
    "FORMAT",
    "SUFFIX",
    "KeyLookup",
    "Limits",
    "MemorySpool",
    "PayloadFile",
    "PublicKey",
    "ReceivedBag",
    "ReceivedFile",
    "SigningKey",
    "Spool",
    "SpoolWriter",
    "WrittenBundle",
    "open_bundle",
    "recipient_fingerprint",
    "sign",
    "verify",
    "write_bundle",
]
