"""Where a bundle is written by default: onto a removable drive, if one is mounted.

A field documenter exports to carry the bundle away on a USB stick; offering the home folder
first leaves a copy on the laptop and a second step to move it. The window lists the mounted
file systems (Qt's ``QStorageInfo``) as ``Mount`` values and this module, which touches nothing
but what it is given (and, in ``removable_devices``, the kernel's sysfs), chooses:

1. a mounted, ready, writable file system on a removable drive: mounted under ``/media`` or
   ``/run/media`` (where Linux desktops mount USB sticks), ``/Volumes`` (macOS), or on a block
   device the kernel marks removable or attached by USB;
2. else the folder of the last export, if it is still there;
3. else the home folder.

The last export's folder comes from the vault's own export records (encrypted), never from a
settings file: humdoc keeps no plaintext trace of where bundles went.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

#: Folders under which desktops mount removable drives (udisks2, older udisks, macOS).
REMOVABLE_ROOTS = (PurePosixPath("/media"), PurePosixPath("/run/media"), PurePosixPath("/Volumes"))
#: File systems that are never a drive to carry away.
_VIRTUAL = frozenset(
    {"tmpfs", "devtmpfs", "proc", "sysfs", "squashfs", "overlay", "autofs", "ramfs", "fuse.portal"}
)
_PARTITION = re.compile(r"^(?P<disk>.+?)(?:p?\d+)$")


@dataclass(frozen=True)
class Mount:
    """A mounted file system as ``QStorageInfo`` describes it."""

    root: Path
    device: str
    fs_type: str
    read_only: bool
    ready: bool


def _disk_of(device: str) -> str:
    """``/dev/sdb1`` → ``sdb``, ``/dev/mmcblk0p1`` → ``mmcblk0``; the kernel's disk name."""
    name = device.rsplit("/", 1)[-1]
    if name.startswith(("mmcblk", "nvme")):
        match = re.match(r"^(?P<disk>(?:mmcblk\d+|nvme\d+n\d+))", name)
        return match.group("disk") if match else name
    match = _PARTITION.match(name)
    return match.group("disk") if match and name.startswith(("sd", "vd", "hd")) else name


def removable_devices(sys_block: Path = Path("/sys/block")) -> set[str]:
    """The disks (``sdb``, ``mmcblk0``) the kernel says are removable or attached by USB.

    Empty where there is no sysfs (not Linux) or it cannot be read.
    """
    found: set[str] = set()
    try:
        disks = list(sys_block.iterdir())
    except OSError:
        return found
    for disk in disks:
        try:
            flag = (disk / "removable").read_text(encoding="ascii").strip()
            target = str(disk.resolve())
        except OSError:
            continue
        if flag == "1" or "/usb" in target:
            found.add(disk.name)
    return found


def is_removable(mount: Mount, removable: Iterable[str] = ()) -> bool:
    """True if ``mount`` is a ready, writable file system on a removable drive (see module)."""
    if mount.read_only or not mount.ready or mount.fs_type in _VIRTUAL:
        return False
    root = PurePosixPath(mount.root.as_posix())
    if any(root != base and root.is_relative_to(base) for base in REMOVABLE_ROOTS):
        return True
    return mount.device.startswith("/dev/") and _disk_of(mount.device) in set(removable)


def default_export_folder(
    mounts: Iterable[Mount],
    removable: Iterable[str],
    last_folder: Path | None,
    home: Path,
) -> Path:
    """The folder to offer for a new bundle: a removable drive (the one the last export went
    to, if it is one of them, else the first by path), else ``last_folder`` (give it only if it
    still exists), else ``home``."""
    disks = set(removable)
    drives = sorted((m.root for m in mounts if is_removable(m, disks)), key=str)
    if drives:
        if last_folder is not None:
            for root in drives:
                if last_folder == root or last_folder.is_relative_to(root):
                    return last_folder
        return drives[0]
    return last_folder if last_folder is not None else home
