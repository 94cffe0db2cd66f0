"""Musyawarah Kelurahan/Desa (Muskel/Musdes): the meeting, its participants, the decision per household, and the
signed Berita Acara PDFs (every version kept).

A signed BA locks the record (``status = "ditandatangani"``, ``locked_at``); a change needs
``MusyawarahService.unlock_for_revision`` and a new BA version, and the old document stays, marked ``superseded``.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .models import new_uid, utcnow


class Musyawarah(Base):
    """One Muskel/Musdes: a dated event of one kelurahan (several per tahap allowed), held before or after verval."""

    __tablename__ = "musyawarah"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    kelurahan_kode: Mapped[str] = mapped_column(ForeignKey("wilayah.kode"), index=True)
    tahap_id: Mapped[int | None] = mapped_column(ForeignKey("tahap.id"))
    jenis: Mapped[str] = mapped_column(String(8), default="muskel")  # muskel / musdes
    timing: Mapped[str] = mapped_column(String(16), default="sesudah_verval")  # sebelum_verval / sesudah_verval
    tanggal: Mapped[dt.date] = mapped_column(Date)
    waktu_mulai: Mapped[str] = mapped_column(String(5), default="09.00")  # "09.00" as printed
    waktu_selesai: Mapped[str | None] = mapped_column(String(5))
    tempat: Mapped[str] = mapped_column(String(200), default="")
    pimpinan_nama: Mapped[str] = mapped_column(String(120), default="")
    pimpinan_jabatan: Mapped[str] = mapped_column(String(120), default="")
    pimpinan_nip: Mapped[str | None] = mapped_column(String(30))
    notulen_nama: Mapped[str] = mapped_column(String(120), default="")
    notulen_jabatan: Mapped[str] = mapped_column(String(120), default="")
    nomor_ba: Mapped[str] = mapped_column(String(80), default="")
    kesimpulan: Mapped[str] = mapped_column(Text, default="")  # one point per line; empty → generated from counts
    status: Mapped[str] = mapped_column(String(16), default="draf")  # draf / ditandatangani
    locked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    peserta: Mapped[list[MusyawarahPeserta]] = relationship(
        back_populates="musyawarah", cascade="all, delete-orphan", order_by="MusyawarahPeserta.no_urut")
    keputusan: Mapped[list[MusyawarahKeputusan]] = relationship(
        back_populates="musyawarah", cascade="all, delete-orphan", order_by="MusyawarahKeputusan.id")
    dokumen: Mapped[list[BeritaAcaraDokumen]] = relationship(
        back_populates="musyawarah", order_by="BeritaAcaraDokumen.version")


class MusyawarahPeserta(Base):
    """A participant (invited; ``hadir`` says whether present). ``unsur`` is a code of services.musyawarah.UNSUR;
    ``wakil`` marks a wakil peserta who signs the BA beside the Lurah."""

    __tablename__ = "musyawarah_peserta"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    musyawarah_id: Mapped[int] = mapped_column(ForeignKey("musyawarah.id", ondelete="CASCADE"), index=True)
    no_urut: Mapped[int] = mapped_column(SmallInteger)
    nama: Mapped[str] = mapped_column(String(120))
    unsur: Mapped[str] = mapped_column(String(20))
    jabatan: Mapped[str] = mapped_column(String(120), default="")  # as printed, e.g. "Ketua RW 003"
    hadir: Mapped[bool] = mapped_column(Boolean, default=True)
    alamat: Mapped[str | None] = mapped_column(String(250))
    rt: Mapped[str | None] = mapped_column(String(3))
    rw: Mapped[str | None] = mapped_column(String(3))
    wakil: Mapped[bool] = mapped_column(Boolean, default=False)

    musyawarah: Mapped[Musyawarah] = relationship(back_populates="peserta")


class MusyawarahKeputusan(Base):
    """The decision about one household (codelists ``keputusan_musyawarah``), with its reason. One per household per
    musyawarah. A household with a decision cannot be deleted (the foreign key has no cascade)."""

    __tablename__ = "musyawarah_keputusan"
    __table_args__ = (UniqueConstraint("musyawarah_id", "ruta_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    musyawarah_id: Mapped[int] = mapped_column(ForeignKey("musyawarah.id", ondelete="CASCADE"))
    ruta_id: Mapped[int] = mapped_column(ForeignKey("ruta.id"), index=True)
    keputusan: Mapped[int] = mapped_column(SmallInteger)
    alasan: Mapped[str | None] = mapped_column(Text)

    musyawarah: Mapped[Musyawarah] = relationship(back_populates="keputusan")


class BeritaAcaraDokumen(Base):
    """One signed version of the Berita Acara: the PDF bytes as signed, and who signed it. Never deleted; a revision
    marks the older versions ``superseded``."""

    __tablename__ = "berita_acara_dokumen"
    __table_args__ = (UniqueConstraint("musyawarah_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    musyawarah_id: Mapped[int] = mapped_column(ForeignKey("musyawarah.id"))
    version: Mapped[int] = mapped_column(Integer)
    doc_id: Mapped[str] = mapped_column(String(80))  # id in the PDF keywords and the QR payload
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))  # of the signed file
    body_sha256: Mapped[str] = mapped_column(String(64))  # of the rendered body (first revision), as in the QR
    pages: Mapped[int] = mapped_column(Integer)
    households: Mapped[int] = mapped_column(Integer)
    paper: Mapped[str] = mapped_column(String(4), default="A4")
    signer_nama: Mapped[str] = mapped_column(String(200))
    signer_role: Mapped[str | None] = mapped_column(String(20))
    signer_fingerprint: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC
    signed_by: Mapped[str] = mapped_column(String(60))  # username of the acting user
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    superseded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    superseded_reason: Mapped[str | None] = mapped_column(Text)

    musyawarah: Mapped[Musyawarah] = relationship(back_populates="dokumen")
