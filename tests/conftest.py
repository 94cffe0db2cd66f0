"""Shared fixtures. QT_QPA_PLATFORM must be set before anything imports Qt (pitfalls.md)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Fast argon2 parameters in tests (the real cost, ~0.1 s a hash, stays in production): see services/accounts.py
os.environ.setdefault("SIKS_FAST_HASH", "1")

import datetime as _dt  # noqa: E402

import pytest  # noqa: E402
from typing import Iterator  # noqa: E402

from tests.pg import PostgresServer, find_bin_dir  # noqa: E402

TODAY = _dt.date(2026, 11, 23)
GAMBIR = "31.71.01.1001"


def make_nik(born: _dt.date, sex: int, serial: int = 1, prefix: str = "317101") -> str:
    """A structurally valid NIK for a birth date and sex (day + 40 for women), domain.md §4."""
    day = born.day + (40 if sex == 2 else 0)
    return f"{prefix}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database bound to Gambir with one user per role, built once and copied per test."""
    from siks_desktop.db.migrate import open_database
    from siks_desktop.services import Services

    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = open_database(path)
    svc = Services(engine)
    svc.settings.bind_kelurahan(GAMBIR)
    for role in ("operator", "lurah", "kecamatan", "dinsos", "admin"):
        svc.accounts.add(role, role, "rahasia-123", nama_lengkap=f"Pengguna {role}",
                         kelurahan_kode=GAMBIR if role in ("operator", "lurah") else None)
    with engine.connect() as conn:  # fold the WAL into the main file before copying it
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def db_path(_template_db: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "siks.db"
    shutil.copyfile(_template_db, target)
    return target


@pytest.fixture
def engine(db_path: Path):  # type: ignore[no-untyped-def]
    from siks_desktop.db.migrate import open_database

    eng = open_database(db_path)
    yield eng
    eng.dispose()


@pytest.fixture
def services(engine):  # type: ignore[no-untyped-def]
    from siks_desktop.services import Services

    return Services(engine, today=lambda: TODAY)


@pytest.fixture
def operator(services):  # type: ignore[no-untyped-def]
    return services.login("operator", "rahasia-123")



@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A private PostgreSQL server, started once per test session and stopped at the end.

    Skipped only when no server binary exists (install Debian's ``postgresql``; .ci/run does); a server that is
    installed but fails to start is an error, not a skip.
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl, postgres) on PATH or in "
                    "/usr/lib/postgresql/*/bin: apt-get install postgresql")
    server = PostgresServer(bin_dir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_url(pg_server: PostgresServer) -> str:
    """URL (psycopg2, Unix socket) of a fresh database ``siks_test``; tests wanting their own database call
    ``pg_server.create_database(name)``."""
    return pg_server.create_database("siks_test")
