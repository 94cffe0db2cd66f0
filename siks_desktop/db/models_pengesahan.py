"""Surat Pengesahan (kota/kabupaten level): every signed letter, with the numbers it stated.

The counts per kelurahan are taken from the central store at signing time and kept here as JSON next to the signed
PDF and its sha256, so the letter and the data later submitted to SIKS-NG can be checked against each other.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, LargeBinary, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .models import new_uid, utcnow


class SuratPengesahan(Base):
    """One signed Surat Pengesahan of the Walikota/Bupati (or by delegation the Kepala Suku Dinas Sosial)."""

    __tablename__ = "surat_pengesahan"
    __table_args__ = (Index("ix_surat_pengesahan_tahap_wilayah", "tahun", "tahap_nomor", "wilayah_kode"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    doc_id: Mapped[str] = mapped_column(String(80))  # in the PDF keywords and the QR payload
    tahun: Mapped[int] = mapped_column(Integer)
    tahap_nomor: Mapped[int] = mapped_column(SmallInteger)
    wilayah_kode: Mapped[str] = mapped_column(String(13))  # kota/kabupaten (or kecamatan) Kemendagri code
    nomor: Mapped[str] = mapped_column(String(80))
    tanggal: Mapped[dt.datetime] = mapped_column(DateTime)  # date on the letter (UTC midnight of the local date)
    counts: Mapped[str] = mapped_column(Text)  # JSON: {kelurahan_kode: {ruta, keluarga, jiwa, status, keputusan, ba}}
    totals: Mapped[str] = mapped_column(Text)  # JSON: the totals printed in the letter
    counts_sha256: Mapped[str] = mapped_column(String(64))  # of the canonical counts JSON
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))  # of the signed file
    body_sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer)
    penandatangan: Mapped[str] = mapped_column(String(20))  # walikota / kasudin (delegation)
    signer_nama: Mapped[str] = mapped_column(String(200))
    signer_jabatan: Mapped[str] = mapped_column(String(200))
    signer_role: Mapped[str | None] = mapped_column(String(20))
    signer_fingerprint: Mapped[str] = mapped_column(String(64))
    paraf_nama: Mapped[str | None] = mapped_column(String(200))  # camat who initialled first, if any
    paraf_fingerprint: Mapped[str | None] = mapped_column(String(64))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)  # UTC
    signed_by: Mapped[str] = mapped_column(String(60))  # acting user


__all__ = ["SuratPengesahan"]
