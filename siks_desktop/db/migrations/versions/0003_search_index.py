"""search indexes: IDBDT index; trigram index of names and addresses (SQLite only)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

See siks_desktop/db/search_index.py. External-content FTS5 tables kept current by triggers; built from the existing
rows on upgrade. PostgreSQL: nothing to do (the central store searches with ILIKE).
"""
from __future__ import annotations

from typing import Sequence, Union

from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

UPGRADE = [
    "CREATE VIRTUAL TABLE anggota_fts USING fts5(nama, content='anggota', content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE ruta_fts USING fts5(alamat, nama_krt, content='ruta', content_rowid='id', "
    "tokenize='trigram')",
    """CREATE TRIGGER anggota_fts_ai AFTER INSERT ON anggota BEGIN
         INSERT INTO anggota_fts(rowid, nama) VALUES (new.id, new.nama); END""",
    """CREATE TRIGGER anggota_fts_ad AFTER DELETE ON anggota BEGIN
         INSERT INTO anggota_fts(anggota_fts, rowid, nama) VALUES ('delete', old.id, old.nama); END""",
    """CREATE TRIGGER anggota_fts_au AFTER UPDATE OF nama ON anggota BEGIN
         INSERT INTO anggota_fts(anggota_fts, rowid, nama) VALUES ('delete', old.id, old.nama);
         INSERT INTO anggota_fts(rowid, nama) VALUES (new.id, new.nama); END""",
    """CREATE TRIGGER ruta_fts_ai AFTER INSERT ON ruta BEGIN
         INSERT INTO ruta_fts(rowid, alamat, nama_krt) VALUES (new.id, new.alamat, new.nama_krt); END""",
    """CREATE TRIGGER ruta_fts_ad AFTER DELETE ON ruta BEGIN
         INSERT INTO ruta_fts(ruta_fts, rowid, alamat, nama_krt) VALUES ('delete', old.id, old.alamat, old.nama_krt);
       END""",
    """CREATE TRIGGER ruta_fts_au AFTER UPDATE OF alamat, nama_krt ON ruta BEGIN
         INSERT INTO ruta_fts(ruta_fts, rowid, alamat, nama_krt) VALUES ('delete', old.id, old.alamat, old.nama_krt);
         INSERT INTO ruta_fts(rowid, alamat, nama_krt) VALUES (new.id, new.alamat, new.nama_krt); END""",
    "INSERT INTO anggota_fts(anggota_fts) VALUES ('rebuild')",
    "INSERT INTO ruta_fts(ruta_fts) VALUES ('rebuild')",
]
DOWNGRADE = [
    "DROP TRIGGER IF EXISTS anggota_fts_ai", "DROP TRIGGER IF EXISTS anggota_fts_ad",
    "DROP TRIGGER IF EXISTS anggota_fts_au", "DROP TRIGGER IF EXISTS ruta_fts_ai", "DROP TRIGGER IF EXISTS ruta_fts_ad",
    "DROP TRIGGER IF EXISTS ruta_fts_au", "DROP TABLE IF EXISTS anggota_fts", "DROP TABLE IF EXISTS ruta_fts",
]


def upgrade() -> None:
    with op.batch_alter_table("ruta", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ruta_idbdt"), ["idbdt"], unique=False)
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in DOWNGRADE:
            op.execute(statement)
    with op.batch_alter_table("ruta", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ruta_idbdt"))
