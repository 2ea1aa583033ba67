"""Whether a SQLite file lies on a network share (NFS, SMB/CIFS, SSHFS, ...).

SQLite's locking is not reliable over a network file system: two tills writing one file on a
share can corrupt it. The program warns when it sees such a file; several tills belong on a
PostgreSQL server.
"""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

REMOTE_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "sshfs",
        "fuse.glusterfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.cifs",
    }
)
WINDOWS_REMOTE_DRIVE = 4  # GetDriveTypeW: DRIVE_REMOTE


def _unescape_mount_point(text: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011, a backslash as \\134."""
    return (
        text.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
    )


def filesystem_of(path: Path, mounts: str) -> str | None:
    """The file system type of the mount holding `path`, from a /proc/mounts text."""
    best, kind = "", None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount_point(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def _real_path(path: Path) -> Path:
    """`path` with links resolved as far as it exists (a new database has no file yet)."""
    path = path.expanduser().absolute()
    for ancestor in (path, *path.parents):
        if ancestor.exists():
            return ancestor.resolve() / path.relative_to(ancestor)
    return path


def network_share(
    path: Path, *, mounts: str | None = None, platform: str = sys.platform
) -> str | None:
    """What kind of network share holds `path` ("nfs4", "cifs", "UNC", ...), or None."""
    if platform == "win32":
        windows = PureWindowsPath(str(path))
        if windows.drive.startswith("\\\\"):
            return "UNC"
        if mounts is None and windows.drive:
            import ctypes

            windll = getattr(ctypes, "windll", None)
            if (
                windll is not None
                and windll.kernel32.GetDriveTypeW(windows.drive + "\\") == WINDOWS_REMOTE_DRIVE
            ):
                return "network drive"
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # not Linux: nothing to read from
    kind = filesystem_of(_real_path(path), mounts)
    return kind if kind in REMOTE_FILESYSTEMS else None
