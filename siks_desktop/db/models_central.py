"""Central-store (Dinsos) tables for imported bundles. New module; the lead adds the Alembic migration."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .models import utcnow


class CentralBundle(Base):
    """One ``.siks`` bundle received at Dinsos: ``imported`` or ``held`` (waiting for a sequence gap to close).

    Rejected bundles write nothing here (every failure writes nothing); duplicates are recognised by ``bundle_id``."""

    __tablename__ = "central_bundle"
    __table_args__ = (UniqueConstraint("kelurahan_kode", "sequence"),
                      Index("ix_central_bundle_kel_status", "kelurahan_kode", "status"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), unique=True)
    kelurahan_kode: Mapped[str] = mapped_column(String(13))
    sequence: Mapped[int] = mapped_column(Integer)
    previous_bundle_id: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(10))  # imported / held
    kind: Mapped[str] = mapped_column(String(12), default="incremental")
    file_sha256: Mapped[str] = mapped_column(String(64))
    held_path: Mapped[str | None] = mapped_column(Text)  # copy of a held bundle until its turn
    signer: Mapped[str] = mapped_column(String(200))
    signer_fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))  # as in the manifest
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the manifest counts
    stats: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the upsert statistics


class CentralAuditEntry(Base):
    """Audit-log segments received from kelurahan workstations, kept apart from the central store's own chain."""

    __tablename__ = "central_audit_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kelurahan_kode: Mapped[str] = mapped_column(String(13), index=True)
    bundle_id: Mapped[str] = mapped_column(String(32))
    ts: Mapped[str] = mapped_column(String(32))
    username: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str | None] = mapped_column(String(40))
    changes: Mapped[str] = mapped_column(Text, default="{}")
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class CentralConflict(Base):
    """A row a bundle wanted to write but that belongs to another kelurahan: the same member ``uid`` already held by
    another kelurahan's household, or the incoming member's NIK held by another kelurahan's member. The central store
    keeps its current row; the incoming version waits here for review (``status`` open → resolved)."""

    __tablename__ = "central_conflict"
    __table_args__ = (Index("ix_central_conflict_status", "status"),
                      Index("ix_central_conflict_entity_uid", "entity", "uid"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kelurahan_kode: Mapped[str] = mapped_column(String(13))  # of the incoming bundle
    bundle_id: Mapped[str] = mapped_column(String(32))  # the latest bundle that carried the incoming version
    entity: Mapped[str] = mapped_column(String(20))  # ruta / keluarga / anggota
    uid: Mapped[str] = mapped_column(String(32))  # incoming row's uid
    reason: Mapped[str] = mapped_column(String(30))  # uid_other_kelurahan / nik_other_kelurahan / nik_other_member
    nik: Mapped[str | None] = mapped_column(String(16))
    other_uid: Mapped[str | None] = mapped_column(String(32))  # the central row in the way
    other_kelurahan_kode: Mapped[str | None] = mapped_column(String(13))
    incoming: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the incoming row as in the bundle
    status: Mapped[str] = mapped_column(String(10), default="open")  # open / resolved
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(Text)


__all__ = ["CentralBundle", "CentralAuditEntry", "CentralConflict"]


class ExportRecord(Base):
    """Workstation side: every bundle this database wrote, so the next one continues the sequence and carries only
    the changes since (``since``), and a lost bundle can be re-sent (the file path and hash are kept)."""

    __tablename__ = "bundle_export"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), unique=True)
    kelurahan_kode: Mapped[str] = mapped_column(String(13))
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(12))  # full / incremental
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)  # rows updated after this go in the next bundle
    audit_last_id: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String(64))
    counts: Mapped[str] = mapped_column(Text, default="{}")


__all__ += ["ExportRecord"]
