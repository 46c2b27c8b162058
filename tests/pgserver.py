"""A private, throwaway PostgreSQL server for the tests that must stop it or check a password.

The shared server of CERCLE_TEST_POSTGRES_URL trusts every connection and must never be stopped, so
these tests start their own: ``initdb --auth=scram-sha-256`` in a temporary folder, a free port on
127.0.0.1 only, its socket in that folder. PostgreSQL refuses to run as root: as root, every command
runs as the ``postgres`` user, who then owns the folder.
"""

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

SUPERUSER = "postgres"
DATABASE = "cercle"
START_TIMEOUT_SECONDS = 30


class Unavailable(Exception):
    """No private server can be run here; the reason says why (the tests that need one are skipped)."""


def find_program(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivateServer:
    """``start()``, ``stop()``, ``url()``; ``remove()`` stops it and deletes its folder."""

    def __init__(self) -> None:
        self.initdb = find_program("initdb")
        self.pg_ctl = find_program("pg_ctl")
        if not self.initdb or not self.pg_ctl:
            raise Unavailable("initdb and pg_ctl of PostgreSQL are not installed")
        self.as_root = os.geteuid() == 0
        if self.as_root and not shutil.which("runuser"):
            raise Unavailable("running as root, and runuser is missing to run PostgreSQL as postgres")
        self.password = secrets.token_urlsafe(16)
        self.port = free_port()
        # Not pytest's tmp_path: its parents are private to root, and the postgres user must pass them.
        self.folder = Path(tempfile.mkdtemp(prefix="cercle-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "socket"
        self.log = self.folder / "server.log"
        try:
            self._initialise()
        except BaseException:
            self.remove()
            raise

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess:
        if self.as_root:
            command = ("runuser", "-u", "postgres", "--", *command)
        try:
            # In its own folder: the postgres user may not be allowed into the current one.
            done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=self.folder, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise Unavailable(f"{command[0]} could not run: {error}") from error
        if check and done.returncode != 0:
            raise Unavailable(f"{' '.join(command)} failed: {(done.stderr or done.stdout).strip()}")
        return done

    def _initialise(self) -> None:
        self.folder.chmod(0o755)
        self.socket_dir.mkdir()
        password_file = self.folder / "password"
        password_file.write_text(self.password + "\n", encoding="utf-8")
        password_file.chmod(0o600)
        if self.as_root:
            for path in (self.folder, self.socket_dir, password_file):
                shutil.chown(path, "postgres", "postgres")
        self._run(self.initdb, "--pgdata", str(self.data), "--username", SUPERUSER, "--auth=scram-sha-256",
                  f"--pwfile={password_file}", "--encoding=UTF8", "--locale=C", "--no-sync")
        password_file.unlink()
        self.start()
        admin = create_engine(self.url(database="postgres"), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(text(f"CREATE DATABASE {DATABASE}"))
        finally:
            admin.dispose()

    def url(self, *, password: str | None = None, database: str = DATABASE, user: str = SUPERUSER) -> str:
        """A SQLAlchemy URL of this server; the right password unless another one is given."""
        return URL.create(
            "postgresql+psycopg", username=user, password=self.password if password is None else password,
            host="127.0.0.1", port=self.port, database=database,
        ).render_as_string(hide_password=False)

    @property
    def is_running(self) -> bool:
        return self._run(self.pg_ctl, "status", "--pgdata", str(self.data), check=False).returncode == 0

    def start(self) -> None:
        options = (f"-c port={self.port} -c listen_addresses=127.0.0.1 "
                   f"-c unix_socket_directories={self.socket_dir} -c fsync=off")
        try:
            self._run(self.pg_ctl, "start", "--pgdata", str(self.data), "--log", str(self.log), "--wait",
                      f"--timeout={START_TIMEOUT_SECONDS}", "-o", options)
        except Unavailable as error:
            log = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
            raise Unavailable(f"{error}\n{log[-2000:]}") from None

    def stop(self, mode: str = "fast") -> None:
        """``fast`` ends the sessions (their transactions roll back); ``immediate`` is a power cut."""
        self._run(self.pg_ctl, "stop", "--pgdata", str(self.data), "--mode", mode, "--wait")

    def ensure_running(self) -> None:
        if not self.is_running:
            self.start()

    @contextmanager
    def schema(self) -> Iterator[str]:
        """The URL of a fresh, empty schema of the database, dropped afterwards (the server is restarted
        if a test left it stopped)."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        admin = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(text(f'CREATE SCHEMA "{name}"'))
            yield f"{self.url()}?options=-csearch_path%3D{name}"
        finally:
            self.ensure_running()
            admin.dispose()  # its pooled connection did not survive a restart
            with admin.connect() as connection:
                connection.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
            admin.dispose()

    def remove(self) -> None:
        """Stop the server if it runs, and delete its folder; never raises."""
        try:
            if self.data.exists() and self.is_running:
                self._run(self.pg_ctl, "stop", "--pgdata", str(self.data), "--mode", "immediate", "--wait",
                          check=False)
        except Unavailable:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)
