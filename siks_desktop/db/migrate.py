"""Schema migrations run from code at every start, and the reference-data seed of a new database.

The Alembic scripts ship inside the package (``siks_desktop/db/migrations``); the ``Config`` is built here, so no
alembic.ini is needed at run time.

Adding a migration: change ``models.py``, run ``scripts/new_migration.sh "what changed" 0003`` (next number), read
the generated ``migrations/versions/0003_*.py`` (renames come out as drop + add; data moves need hand-written
``op.execute``), then run tests/db/test_migrations.py, which fails while models and migrations disagree. Never edit
a revision that has been released: databases stamped with it would not get the change.
"""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, func, insert, select

from .. import reference
from ..errors import SiksError
from .engine import database_url, make_engine
from .models import Tahap, Wilayah

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class MigrationFailed(SiksError):
    code = "migration_failed"
    default_message = "Pembaruan struktur basis data gagal."


def alembic_config(url: str | None = None) -> Config:
    """An Alembic ``Config`` pointing at the packaged scripts (``url`` only for offline SQL or the CLI)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migration scripts found"
    return head


def _current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def current_revision(engine: Engine) -> str | None:
    """Revision stamped in the database, None for an empty (never migrated) one."""
    with engine.connect() as conn:
        return _current(conn)


def upgrade(engine: Engine) -> None:
    """Bring the schema to head in one transaction; a no-op (one small query) when already there."""
    head = head_revision()
    if current_revision(engine) == head:
        return
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # Batch mode rebuilds a table by copy + DROP; with foreign keys on, the DROP would cascade into child
            # rows. The PRAGMA only takes effect outside a transaction, so switch it before BEGIN (Alembic docs,
            # "Dealing with Referencing Foreign Keys").
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationFailed(violations=len(broken))
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def seed_reference_data(engine: Engine) -> None:
    """Fill ``wilayah`` (national provinsi/kabkota/kecamatan + DKI kelurahan) and ``tahap`` (DKI 2023 schedule)
    when they are empty; one executemany each. Tables that already hold rows are left alone (users edit them)."""
    with engine.begin() as conn:
        if not conn.scalar(select(func.count()).select_from(Wilayah)):
            conn.execute(insert(Wilayah), [asdict(r) for r in reference.all_regions()])
        if not conn.scalar(select(func.count()).select_from(Tahap)):
            conn.execute(insert(Tahap), [asdict(r) for r in reference.default_schedule()])


def open_database(target: str | Path) -> Engine:
    """Engine for a database file or URL, migrated to head and seeded: what every start-up calls."""
    engine = make_engine(target)
    upgrade(engine)
    seed_reference_data(engine)
    return engine


def make_revision(message: str, rev_id: str, url: str) -> None:
    """Developer helper: autogenerate a new revision against a database at the current head.

    ``scripts/new_migration.sh "add x" 0002`` calls this with a scratch SQLite file; check the file by eye.
    """
    cfg = alembic_config(database_url(url))
    engine = make_engine(url)
    if ScriptDirectory.from_config(cfg).get_current_head() is not None:
        upgrade(engine)
    engine.dispose()
    command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
