"""The default folder for a new bundle: a removable drive, else the last export's, else home."""

from __future__ import annotations

from pathlib import Path

from humdoc.core.exchange.destinations import (
    Mount,
    default_export_folder,
    is_removable,
    removable_devices,
)

HOME = Path("/home/amal")
SYSTEM = Mount(Path("/"), "/dev/nvme0n1p2", "ext4", False, True)
BOOT = Mount(Path("/boot/efi"), "/dev/nvme0n1p1", "vfat", False, True)
RUN = Mount(Path("/run/user/1000"), "tmpfs", "tmpfs", False, True)
STICK = Mount(Path("/media/amal/KINGSTON"), "/dev/sdb1", "vfat", False, True)
GNOME_STICK = Mount(Path("/run/media/amal/FIELD"), "/dev/sdc1", "exfat", False, True)
MAC_STICK = Mount(Path("/Volumes/USB"), "/dev/disk4s1", "msdos", False, True)
UNLABELLED = Mount(Path("/mnt/usb"), "/dev/sdd1", "vfat", False, True)


def test_a_mounted_stick_is_offered_first() -> None:
    assert default_export_folder([SYSTEM, BOOT, RUN, STICK], [], None, HOME) == STICK.root
    assert default_export_folder([SYSTEM, GNOME_STICK], [], None, HOME) == GNOME_STICK.root
    assert default_export_folder([SYSTEM, MAC_STICK], [], None, HOME) == MAC_STICK.root
    # mounted elsewhere, but the kernel says its disk is removable
    assert default_export_folder([SYSTEM, UNLABELLED], ["sdd"], None, HOME) == UNLABELLED.root
    assert default_export_folder([SYSTEM, UNLABELLED], ["sdb"], None, HOME) == HOME


def test_a_stick_that_cannot_take_the_bundle_is_not_offered() -> None:
    read_only = Mount(STICK.root, STICK.device, "iso9660", True, True)
    not_ready = Mount(STICK.root, STICK.device, "vfat", False, False)
    last = Path("/home/amal/exports")
    for mount in (read_only, not_ready):
        assert not is_removable(mount)
        assert default_export_folder([SYSTEM, mount], ["sdb"], last, HOME) == last
    # a RAM disk under /media, or /media itself on the system disk, is nothing to carry away
    assert not is_removable(Mount(Path("/media/amal/ram"), "tmpfs", "tmpfs", False, True))
    assert not is_removable(Mount(Path("/media"), "/dev/nvme0n1p3", "ext4", False, True))


def test_the_last_folder_then_home() -> None:
    last = Path("/home/amal/exports")
    assert default_export_folder([SYSTEM, BOOT, RUN], [], last, HOME) == last
    assert default_export_folder([SYSTEM, BOOT, RUN], [], None, HOME) == HOME
    # the last export went to one of two sticks: that one, in the folder it went to
    on_stick = GNOME_STICK.root / "bundles"
    assert default_export_folder([SYSTEM, STICK, GNOME_STICK], [], on_stick, HOME) == on_stick
    assert default_export_folder([SYSTEM, STICK, GNOME_STICK], [], last, HOME) == STICK.root


def test_the_kernel_says_which_disks_are_removable(tmp_path: Path) -> None:
    devices = tmp_path / "devices"
    block = tmp_path / "block"
    block.mkdir()
    for disk, removable, bus in (
        ("nvme0n1", "0", "pci0000:00/0000:00:1d.0/nvme"),
        ("sdb", "1", "pci0000:00/0000:00:14.0/ata1"),  # a card reader slot says so itself
        ("sdc", "0", "pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6"),  # a USB disk does not
    ):
        target = devices / bus / "block" / disk
        target.mkdir(parents=True)
        (target / "removable").write_text(removable + "\n")
        (block / disk).symlink_to(target)
    assert removable_devices(block) == {"sdb", "sdc"}
    assert removable_devices(tmp_path / "absent") == set()
    usb_disk = Mount(Path("/srv/carry"), "/dev/sdc2", "ext4", False, True)
    card = Mount(Path("/srv/card"), "/dev/mmcblk0p1", "vfat", False, True)
    assert is_removable(usb_disk, removable_devices(block))
    assert is_removable(card, {"mmcblk0"}) and not is_removable(card, {"mmcblk1"})
