"""Start a throwaway PostgreSQL server in a temporary folder for the test suite."""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import psycopg

# Unprivileged account used when the tests run as root (PostgreSQL refuses to run as root).
FALLBACK_OS_USER = "showroom_pgtest"
START_ATTEMPTS = 3
LOG_TAIL_LINES = 40


def _has_tools(directory: Path) -> bool:
    return all(os.access(directory / name, os.X_OK) for name in ("initdb", "pg_ctl"))


def find_pg_bin() -> Path | None:
    """Folder holding initdb and pg_ctl: PATH first, then the highest /usr/lib/postgresql/*/bin."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        # Keep the PATH folder as is (it may hold wrappers or symlinks; pg_ctl resolves its own).
        directory = Path(initdb).parent
        if _has_tools(directory):
            return directory
    candidates = []
    for found in glob.glob("/usr/lib/postgresql/*/bin"):
        version = Path(found).parent.name
        key = tuple(int(part) for part in re.findall(r"\d+", version))
        if _has_tools(Path(found)):
            candidates.append((key, Path(found)))
    return max(candidates)[1] if candidates else None


def pg_unavailable_reason() -> str | None:
    """Why no test server can be started here, or None when it can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'psycopg[binary]')"
    if find_pg_bin() is None:
        return (
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH "
            "or under /usr/lib/postgresql/*/bin"
        )
    return None


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _os_account() -> pwd.struct_passwd | None:
    """The account to run the server as: None means the current (non-root) user."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", FALLBACK_OS_USER):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    subprocess.run(
        [
            "useradd",
            "--system",
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            FALLBACK_OS_USER,
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return pwd.getpwnam(FALLBACK_OS_USER)


# The one role the test server asks a password of (every other login is trusted).
PASSWORD_ROLE = "kasir_bersandi"


class PostgresServerError(RuntimeError):
    """The test server could not be set up, started or stopped."""


class PostgresServer:
    """A private PostgreSQL cluster on 127.0.0.1 with trust auth, removed again on stop()."""

    host = "127.0.0.1"

    def __init__(self, superuser: str = "postgres", bin_dir: Path | None = None) -> None:
        self.superuser = superuser
        self.bin_dir = bin_dir
        self.port: int = 0
        self.base_dir: Path | None = None
        self._account: pwd.struct_passwd | None = None
        self._running = False

    # -- paths -----------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        assert self.base_dir is not None, "server not started"
        return self.base_dir / "data"

    @property
    def log_path(self) -> Path:
        assert self.base_dir is not None, "server not started"
        return self.base_dir / "server.log"

    # -- lifecycle -------------------------------------------------------------
    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        if self._running:
            return
        reason = pg_unavailable_reason()
        if reason and self.bin_dir is None:
            raise PostgresServerError(reason)
        self.bin_dir = self.bin_dir or find_pg_bin()
        self._account = _os_account()
        # Under /tmp so an unprivileged server user can reach it whatever TMPDIR says.
        self.base_dir = Path(tempfile.mkdtemp(prefix="showroom-pg-", dir="/tmp"))
        try:
            os.chmod(self.base_dir, 0o755)
            if self._account is not None:
                os.chown(self.base_dir, self._account.pw_uid, self._account.pw_gid)
            self._initdb()
            last_error: PostgresServerError | None = None
            for _ in range(START_ATTEMPTS):  # another process may grab the port first
                self.port = _free_port(self.host)
                try:
                    self._pg_ctl_start()
                    self._running = True
                    atexit.register(self.stop)
                    return
                except PostgresServerError as error:
                    last_error = error
                    self._pg_ctl("stop", "-m", "immediate", check=False)
            assert last_error is not None
            raise last_error
        except BaseException:
            self._remove_dir()
            raise

    def stop(self) -> None:
        if self._running:
            self._running = False
            atexit.unregister(self.stop)
            done = self._pg_ctl("stop", "-m", "fast", "-t", "30", check=False)
            if done.returncode != 0:
                self._pg_ctl("stop", "-m", "immediate", check=False)
        self._remove_dir()

    # -- databases -------------------------------------------------------------
    def url(self, dbname: str, user: str | None = None, password: str | None = None) -> str:
        """SQLAlchemy URL for a database on this server (default user: the superuser)."""
        auth = quote(user or self.superuser, safe="")
        if password is not None:
            auth += ":" + quote(password, safe="")
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{quote(dbname, safe='')}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database, empty or a copy of `template` (which nobody may be connected to)."""
        from psycopg import sql

        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self._admin_connection() as conn:
            conn.execute(statement)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self._admin_connection() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def _admin_connection(self) -> psycopg.Connection[Any]:
        import psycopg

        if not self._running:
            raise PostgresServerError("server not started")
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.superuser,
            dbname="postgres",
            autocommit=True,
            connect_timeout=10,
        )

    # -- helpers ---------------------------------------------------------------
    def _run(
        self, *args: str, check: bool = True, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        assert self.bin_dir is not None and self.base_dir is not None
        env = {
            "PATH": f"{self.bin_dir}:/usr/local/bin:/usr/bin:/bin",
            "LC_ALL": "C",
            "LANG": "C",
            "HOME": str(self.base_dir),
        }
        account = self._account
        # cwd: the server user may not be able to enter the caller's working directory.
        result = subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            env=env,
            cwd=self.base_dir,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            user=account.pw_uid if account else None,
            group=account.pw_gid if account else None,
            extra_groups=[] if account else None,
        )
        if check and result.returncode != 0:
            raise PostgresServerError(
                f"{args[0]} failed with exit code {result.returncode}\n"
                f"{result.stdout}{result.stderr}{self._log_tail()}"
            )
        return result

    def _initdb(self) -> None:
        self._run(
            "initdb",
            "-D",
            str(self.data_dir),
            f"--username={self.superuser}",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "unix_socket_directories": f"'{self.base_dir}'",  # nothing needs /var/run
            "fsync": "off",  # tests only: speed over crash safety
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "100",
        }
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# showroom_pos test server\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        hba = self.data_dir / "pg_hba.conf"  # one login that must give its password
        hba.write_text(
            f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
            + hba.read_text(encoding="utf-8"),
            encoding="utf-8",
        )

    def _pg_ctl_start(self) -> None:
        # -w returns once the server reports it is ready to accept connections.
        self._run(
            "pg_ctl",
            "-w",
            "-t",
            "60",
            "-D",
            str(self.data_dir),
            "-l",
            str(self.log_path),
            "start",
            "-o",
            f"-p {self.port}",
        )

    def _pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self._run("pg_ctl", "-w", "-D", str(self.data_dir), *args, check=check)

    def _log_tail(self) -> str:
        if self.base_dir is None or not self.log_path.exists():
            return ""
        lines = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        return "\n--- server log (tail) ---\n" + "\n".join(lines[-LOG_TAIL_LINES:])

    def _remove_dir(self) -> None:
        if self.base_dir is not None:
            shutil.rmtree(self.base_dir, ignore_errors=True)
            self.base_dir = None
