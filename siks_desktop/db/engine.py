"""Engines for the workstation (SQLite file) and the central store (any SQLAlchemy URL, PostgreSQL in production)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event


def database_url(target: str | Path) -> str:
    """A plain path means an SQLite file; anything with ``://`` is taken as an SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_connection.cursor()
    # WAL: readers never block the one writer, and a power cut loses at most the last transaction.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB page cache
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def make_engine(target: str | Path, *, echo: bool = False) -> Engine:
    url = database_url(target)
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)
