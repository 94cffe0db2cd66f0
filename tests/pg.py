"""A throw-away PostgreSQL server for tests: initdb + pg_ctl in a temp dir, Unix socket only, no TCP port.

initdb refuses to run as root, so as root every server command runs as the ``postgres`` user through ``su``
(pitfalls.md). Nothing listens on the network (``listen_addresses=''``); the socket lives in the temp dir, so
parallel sessions never collide and no system cluster is touched.
"""
from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

SERVER_TOOLS = ("initdb", "pg_ctl", "postgres")


def find_bin_dir() -> Path | None:
    """Directory holding initdb, pg_ctl and postgres: PATH first, else the newest /usr/lib/postgresql/*/bin."""
    on_path = [shutil.which(t) for t in SERVER_TOOLS]
    if all(on_path):
        return Path(os.path.realpath(on_path[0])).parent  # type: ignore[arg-type]
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                        if Path(p).parent.name.isdigit() else 0)
    for cand in reversed(candidates):
        if all((Path(cand) / t).exists() for t in SERVER_TOOLS):
            return Path(cand)
    return None


class PostgresServer:
    """One private server. ``start()``, then ``create_database(name)`` for each test database, then ``stop()``."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.as_root = os.geteuid() == 0
        # /tmp rather than $TMPDIR: the postgres user must be able to reach the directory.
        self.base = Path(tempfile.mkdtemp(prefix="siks-pg-", dir="/tmp" if self.as_root else None))
        self.data_dir = self.base / "data"  # created by initdb itself
        self.sock_dir = self.base / "sock"
        self.log_file = self.base / "server.log"
        self.superuser = "postgres"
        self.started = False

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(cmd)]
        proc = subprocess.run(cmd, cwd=self.base, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            log = self.log_file.read_text(errors="replace")[-2000:] if self.log_file.exists() else ""
            raise RuntimeError(f"{args[0]} failed ({proc.returncode}): {proc.stdout}\n{proc.stderr}\n{log}")
        return proc

    def start(self) -> None:
        self.sock_dir.mkdir()
        if self.as_root:
            pw = pwd.getpwnam("postgres")
            for path in (self.base, self.sock_dir):
                os.chown(path, pw.pw_uid, pw.pw_gid)
        self._run("initdb", "-D", str(self.data_dir), "-U", self.superuser, "-A", "trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")
        options = f"-c listen_addresses='' -k {self.sock_dir} -c fsync=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data_dir), "-o", options, "-l", str(self.log_file), "-w", "-t", "60",
                  "start")
        self.started = True

    def url(self, database: str = "postgres") -> URL:
        return URL.create("postgresql+psycopg2", username=self.superuser, database=database,
                          query={"host": str(self.sock_dir)})

    def create_database(self, name: str) -> str:
        """A fresh, empty database ``name`` (dropped first if a previous test left it); its SQLAlchemy URL."""
        if not name.replace("_", "").isalnum():
            raise ValueError("database name must be [A-Za-z0-9_]")
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        finally:
            engine.dispose()
        return self.url(name).render_as_string(hide_password=False)

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
                self.started = False
        finally:
            shutil.rmtree(self.base, ignore_errors=True)
