"""Fixtures of the database tests: a real PostgreSQL server for the session (tests/pg.py)."""
from __future__ import annotations

from typing import Iterator

import pytest

from tests.pg import PostgresServer, find_bin_dir


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
