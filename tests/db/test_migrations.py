"""Alembic from the first table: upgrading an empty database gives exactly the models' schema, on SQLite files and on
a real PostgreSQL server; upgrading again changes nothing; open_database seeds the reference data once."""
from __future__ import annotations

import itertools
import time
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, func, inspect, select, text, update

from siks_desktop.db.search_index import include_name, is_search_index_table
from siks_desktop import reference
from siks_desktop.db.engine import make_engine
from siks_desktop.db.migrate import (current_revision, head_revision, open_database, seed_reference_data,
                                     upgrade)
from siks_desktop.db.models import Base, Tahap, Wilayah

_db_numbers = itertools.count(1)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_target(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """An empty database of each kind: a new SQLite file, or a new database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "station.db")
    server = request.getfixturevalue("pg_server")
    return server.create_database(f"siks_migr_{next(_db_numbers)}")


@pytest.fixture
def engine(empty_target: str):  # type: ignore[no-untyped-def]
    eng = make_engine(empty_target)
    yield eng
    eng.dispose()


def _schema_from_metadata(metadata: MetaData) -> dict[str, Any]:
    schema: dict[str, Any] = {}
    for table in metadata.sorted_tables:
        schema[table.name] = {
            "columns": [(c.name, c.nullable, c.primary_key) for c in table.columns],
            "indexes": {(ix.name, tuple(c.name for c in ix.columns), bool(ix.unique)) for ix in table.indexes},
            "uniques": {(uq.name, tuple(c.name for c in uq.columns)) for uq in table.constraints
                        if uq.__class__.__name__ == "UniqueConstraint"},
            "fks": {(fk.name, tuple(fk.column_keys), fk.referred_table.name, fk.ondelete)
                    for fk in table.foreign_key_constraints},
            "pk": table.primary_key.name,
        }
    return schema


def _schema_from_database(engine: Engine) -> dict[str, Any]:
    insp = inspect(engine)
    schema: dict[str, Any] = {}
    for name in sorted(insp.get_table_names()):
        if name == "alembic_version" or is_search_index_table(name):
            continue
        pk = insp.get_pk_constraint(name)
        schema[name] = {
            "columns": [(c["name"], c["nullable"], c["name"] in pk["constrained_columns"])
                        for c in insp.get_columns(name)],
            "indexes": {(ix["name"], tuple(ix["column_names"]), bool(ix["unique"])) for ix in insp.get_indexes(name)
                        if "duplicates_constraint" not in ix},
            "uniques": {(uq["name"], tuple(uq["column_names"])) for uq in insp.get_unique_constraints(name)},
            "fks": {(fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"],
                     fk.get("options", {}).get("ondelete")) for fk in insp.get_foreign_keys(name)},
            "pk": pk["name"],
        }
    return schema


def test_upgrade_of_an_empty_database_gives_the_models_schema(engine: Engine) -> None:
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True,
                                                   "include_name": include_name})
        assert compare_metadata(ctx, Base.metadata) == []

    inspected = _schema_from_database(engine)
    expected = _schema_from_metadata(Base.metadata)
    assert set(inspected) == set(expected)
    for table, want in expected.items():
        assert inspected[table] == want, table


def test_upgrade_twice_is_a_no_op(engine: Engine) -> None:
    upgrade(engine)
    seed_reference_data(engine)
    with engine.begin() as conn:
        conn.execute(update(Tahap).where(Tahap.nomor == 1).values(nama="Tahap 1 (diubah)"))
    before = _schema_from_database(engine)
    version_query = ("PRAGMA schema_version" if engine.dialect.name == "sqlite"
                     else "SELECT count(*) FROM pg_catalog.pg_class")
    with engine.connect() as conn:
        schema_version = conn.exec_driver_sql(version_query).scalar()

    upgrade(engine)
    seed_reference_data(engine)

    assert current_revision(engine) == head_revision()
    assert _schema_from_database(engine) == before
    with engine.connect() as conn:
        assert conn.exec_driver_sql(version_query).scalar() == schema_version
        assert conn.scalar(select(func.count()).select_from(Tahap)) == 3
        assert conn.scalar(select(Tahap.nama).where(Tahap.nomor == 1)) == "Tahap 1 (diubah)"
        assert conn.scalar(select(func.count()).select_from(Wilayah)) == len(reference.all_regions())


def test_open_database_seeds_regions_and_schedule_once(empty_target: str) -> None:
    started = time.perf_counter()
    engine = open_database(empty_target)
    elapsed = time.perf_counter() - started
    try:
        with engine.connect() as conn:
            counts = dict(conn.execute(select(Wilayah.tingkat, func.count()).group_by(Wilayah.tingkat)).all())
            assert counts == {"provinsi": 38, "kabkota": 514, "kecamatan": 7285, "kelurahan": 267}
            gambir = conn.execute(select(Wilayah).where(Wilayah.kode == "31.71.01.1001")).one()
            assert (gambir.nama, gambir.tingkat, gambir.induk, gambir.kode_bps) == (
                "Gambir", "kelurahan", "31.71.01", "3173080003")
            rows = conn.execute(select(Tahap).order_by(Tahap.nomor)).all()
            assert [(r.tahun, r.nomor) for r in rows] == [(2023, 1), (2023, 2), (2023, 3)]
            assert str(rows[1].verval_mulai) == "2023-08-18" and str(rows[1].verval_selesai) == "2023-09-29"
    finally:
        engine.dispose()
    engine = open_database(empty_target)  # the next start: nothing added twice
    try:
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(Wilayah)) == 8104
            assert conn.scalar(select(func.count()).select_from(Tahap)) == 3
    finally:
        engine.dispose()
    assert elapsed < 10, f"open_database of a new database took {elapsed:.2f}s"


def test_sqlite_connections_keep_foreign_keys_on_after_an_upgrade(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """upgrade() turns foreign keys off for batch table rebuilds; every pooled connection must get them back."""
    engine = make_engine(tmp_path / "fk.db")
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def _fill_one_household(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO ruta (id, uid, kelurahan_kode, jenis, record_state, revision, created_at, "
                             "updated_at) VALUES (1, 'r1', '31.71.01.1001', 'baru', 'draf', 1, '2024-01-01', "
                             "'2024-01-01')")
        conn.exec_driver_sql("INSERT INTO keluarga (id, uid, ruta_id, nomor_urut) VALUES (1, 'k1', 1, 1)")


def test_upgrade_from_the_first_revision_keeps_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from siks_desktop.db.migrate import alembic_config
    engine = make_engine(tmp_path / "old.db")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    assert current_revision(engine) == "0001"
    seed_reference_data(engine)
    _fill_one_household(engine)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM keluarga").scalar() == 1
    engine.dispose()


_REBUILD_RUTA = '''
from alembic import op
import sqlalchemy as sa
revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None

def upgrade():
    # Batch mode on SQLite: copy ruta to a new table, DROP the old one, rename.
    with op.batch_alter_table("ruta", recreate="always") as batch:
        batch.alter_column("alamat", type_=sa.String(300))

def downgrade():
    pass
'''


def test_a_batch_rebuild_of_a_parent_table_does_not_cascade_into_children(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With foreign keys on, SQLite's DROP TABLE deletes the rows first and ON DELETE CASCADE empties the child
    tables: upgrade() must run migrations with foreign keys off. The control run shows the danger is real."""
    import shutil

    from alembic import command

    from siks_desktop.db import migrate
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "9001_rebuild_ruta.py").write_text(_REBUILD_RUTA.format(head=head))

    def prepared(name: str) -> Engine:
        eng = make_engine(tmp_path / name)
        upgrade(eng)  # to the real head, with the real scripts
        seed_reference_data(eng)
        _fill_one_household(eng)
        return eng

    control, engine = prepared("control.db"), prepared("safe.db")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    with control.begin() as conn:  # naive: Alembic on a connection with foreign keys on
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with control.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM keluarga").scalar() == 0  # the cascade happened
    control.dispose()

    upgrade(engine)
    assert current_revision(engine) == "9001"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM keluarga").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM ruta").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
