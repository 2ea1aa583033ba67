"""A SQLite file on a network share is recognised, so the program can warn about it."""

from __future__ import annotations

from pathlib import Path

from showroom_pos.db.network import filesystem_of, network_share

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
//nas/kasir /mnt/kasir cifs rw,vers=3.0 0 0
nas:/export/pos /srv/pos nfs4 rw,relatime 0 0
nas:/export/pos/lokal /srv/pos/lokal ext4 rw 0 0
/dev/sdb1 /media/Data\\040Showroom ext4 rw 0 0
user@pc:/share /home/kasir/remote fuse.sshfs rw 0 0
"""


def test_the_mount_holding_a_file_is_the_longest_matching_one() -> None:
    assert filesystem_of(Path("/mnt/kasir/showroom.sqlite3"), MOUNTS) == "cifs"
    assert filesystem_of(Path("/srv/pos/showroom.sqlite3"), MOUNTS) == "nfs4"
    assert filesystem_of(Path("/srv/pos/lokal/showroom.sqlite3"), MOUNTS) == "ext4"
    assert filesystem_of(Path("/srv/posisi/showroom.sqlite3"), MOUNTS) == "ext4"
    assert filesystem_of(Path("/media/Data Showroom/a.sqlite3"), MOUNTS) == "ext4"


def test_network_file_systems_are_named_and_local_ones_are_not() -> None:
    assert (
        network_share(Path("/mnt/kasir/showroom.sqlite3"), mounts=MOUNTS, platform="linux")
        == "cifs"
    )
    assert (
        network_share(
            Path("/home/kasir/remote/db/showroom.sqlite3"), mounts=MOUNTS, platform="linux"
        )
        == "fuse.sshfs"
    )
    assert (
        network_share(Path("/home/kasir/showroom.sqlite3"), mounts=MOUNTS, platform="linux") is None
    )


def test_windows_unc_paths_are_network_shares() -> None:
    assert (
        network_share(Path(r"\\NAS\kasir\showroom.sqlite3"), mounts="", platform="win32") == "UNC"
    )
    assert (
        network_share(Path(r"C:\Users\kasir\showroom.sqlite3"), mounts="", platform="win32") is None
    )


def test_this_machines_temporary_folder_is_local(tmp_path: Path) -> None:
    assert network_share(tmp_path / "showroom.sqlite3") is None
