"""Caps a documentation centre puts on a received bundle before trusting anything in it."""

from __future__ import annotations

from dataclasses import dataclass

from humdoc.core.bundle.tarsafe import TarLimits

GIB = 1024**3


@dataclass(frozen=True)
class Limits:
    """Every cap ``open_bundle`` enforces; the defaults are in docs/bundle-format.md."""

    max_bundle_size: int = 64 * GIB  # the .humdoc file itself, checked before decrypting
    max_members: int = 200_000  # files in the bag, tag files included
    max_member_size: int = 16 * GIB  # one file
    max_total: int = 64 * GIB  # all files together, as declared in the tar headers
    max_tag_file_size: int = 32 * 1024 * 1024  # tag files and the signature are held in memory

    def tar(self) -> TarLimits:
        """The subset the tar reader enforces."""
        return TarLimits(
            max_members=self.max_members,
            max_member_size=self.max_member_size,
            max_total=self.max_total,
        )
