"""Full-text (trigram) search index of names and addresses, SQLite only.

Two external-content FTS5 tables with the ``trigram`` tokenizer (SQLite ≥ 3.34) kept current by triggers
(migration 0003): ``anggota_fts(nama)`` over ``anggota`` and ``ruta_fts(alamat, nama_krt)`` over ``ruta``. A name
fragment of three or more characters is then found among a million people in ~10–20 ms instead of a ~400 ms LIKE
scan. PostgreSQL (the central store) has no such index and uses ILIKE. They are not ORM models: Alembic's
comparison skips them (``is_search_index_table``).
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Connection

FTS_TABLES = ("anggota_fts", "ruta_fts")
MIN_FRAGMENT = 3  # trigram needs three characters; shorter fragments fall back to LIKE


def is_search_index_table(name: str | None) -> bool:
    if not name:
        return False
    return any(name == t or name.startswith(t + "_") for t in FTS_TABLES)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:  # noqa: ARG001 - Alembic hook
    """Alembic ``include_name`` hook: leave the FTS tables and their shadow tables alone."""
    return not (type_ == "table" and is_search_index_table(name))


def fts_phrase(text: str) -> str:
    """An FTS5 query matching ``text`` as a substring (one quoted phrase; quotes doubled)."""
    return '"' + text.replace('"', '""') + '"'


_TRIGGERS = ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
             "AND (name LIKE 'anggota\\_fts\\_%' ESCAPE '\\' OR name LIKE 'ruta\\_fts\\_%' ESCAPE '\\')")


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Suspend the index triggers around a bulk insert, then index the new rows with one statement per table.

    Per-row triggers make a 250,000-household load ~2.5× slower. Must run inside the caller's transaction: the
    trigger DDL is then part of it, so an error, a cancel or a crash rolls the triggers back along with the rows.
    Only appends are indexed afterwards (rows with ids above the current maximum); don't update rows inside.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    # pysqlite opens its transaction lazily, at the first DML statement; a DDL statement before that would be
    # committed on its own. This no-op DML makes the transaction start now.
    conn.exec_driver_sql("DELETE FROM tombstone WHERE 0")
    triggers = conn.exec_driver_sql(_TRIGGERS).all()
    if not triggers:
        yield
        return
    max_anggota = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM anggota").scalar_one()
    max_ruta = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM ruta").scalar_one()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    conn.exec_driver_sql("INSERT INTO anggota_fts(rowid, nama) SELECT id, nama FROM anggota WHERE id > ?",
                         (max_anggota,))
    conn.exec_driver_sql("INSERT INTO ruta_fts(rowid, alamat, nama_krt) SELECT id, alamat, nama_krt FROM ruta "
                         "WHERE id > ?", (max_ruta,))
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
