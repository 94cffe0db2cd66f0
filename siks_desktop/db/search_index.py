"""Full-text (trigram) search index of names and addresses, SQLite only.

Two external-content FTS5 tables with the ``trigram`` tokenizer (SQLite ≥ 3.34) kept current by triggers
(migration 0003): ``anggota_fts(nama)`` over ``anggota`` and ``ruta_fts(alamat, nama_krt)`` over ``ruta``. A name
fragment of three or more characters is then found among a million people in ~10–20 ms instead of a ~400 ms LIKE
scan. PostgreSQL (the central store) has no such index and uses ILIKE. They are not ORM models: Alembic's
comparison skips them (``is_search_index_table``).
"""
from __future__ import annotations

FTS_TABLES = ("anggota_fts", "ruta_fts")
MIN_FRAGMENT = 3  # trigram needs three characters; shorter fragments fall back to LIKE


def is_search_index_table(name: str | None) -> bool:
    return bool(name) and any(name == t or name.startswith(t + "_") for t in FTS_TABLES)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:  # noqa: ARG001 - Alembic hook
    """Alembic ``include_name`` hook: leave the FTS tables and their shadow tables alone."""
    return not (type_ == "table" and is_search_index_table(name))


def fts_phrase(text: str) -> str:
    """An FTS5 query matching ``text`` as a substring (one quoted phrase; quotes doubled)."""
    return '"' + text.replace('"', '""') + '"'
