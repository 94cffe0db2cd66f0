"""Alembic environment, run from code by siks_desktop.db.migrate (no alembic.ini at run time).

``render_as_batch=True`` in both modes: SQLite cannot ALTER most things, and without it autogenerate silently writes
non-batch operations (pitfalls.md). The caller's connection comes in ``config.attributes["connection"]`` so that the
upgrade runs in the caller's transaction and on its engine (SQLite PRAGMAs, PostgreSQL URL).
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from siks_desktop.db.models import Base
from siks_desktop.db.search_index import include_name

config = context.config
target_metadata = Base.metadata

_COMMON = dict(target_metadata=target_metadata, render_as_batch=True, compare_type=True,
               compare_server_default=True, include_name=include_name)


def run_migrations_offline() -> None:
    """``--sql`` mode: emit SQL for a URL without connecting."""
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True,
                      dialect_opts={"paramstyle": "named"}, **_COMMON)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, **_COMMON)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"), poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
