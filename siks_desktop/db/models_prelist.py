"""Prelist import batches (issue 4): one row per imported file — who, when, which file (name + sha256), source and
counts. Every person or source tag the file added carries the batch's ``uid`` in ``sumber_tag.batch``.

A batch row exists only for a committed import: the whole file is one transaction, so a crashed, cancelled or failed
import leaves neither the batch nor any of its rows.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class ImportBatch(Base):
    """One imported prelist workbook (P3KE, KJP Plus, KJMU, stunting, DTKS)."""

    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)  # written to sumber_tag.batch
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)
    username: Mapped[str] = mapped_column(String(60))
    file_name: Mapped[str] = mapped_column(String(255))  # base name only, never a full path
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(String(12))  # codelists.SOURCES
    sheet: Mapped[str | None] = mapped_column(String(120))
    header_row: Mapped[int | None] = mapped_column(Integer)  # Excel row number of the header
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_merged: Mapped[int] = mapped_column(Integer, default=0)
    rows_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    households_created: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="imported")
