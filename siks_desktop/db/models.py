"""ORM models of the workstation and central store (one schema for both; SQLite and PostgreSQL).

Instrument variables are columns named as in ``domain.instrument``; tests/db/test_instrument_mapping.py checks the
two against each other. Region codes are Kemendagri codes (dotted ``31.71.01.1001``) unless a column says BPS.
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, Index, Integer, SmallInteger, String, Text,
                        UniqueConstraint, func)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


def new_uid() -> str:
    return uuid.uuid4().hex


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Wilayah(Base):
    """Kemendagri region (provinsi, kab/kota, kecamatan, kelurahan/desa) with its BPS code where known."""

    __tablename__ = "wilayah"
    kode: Mapped[str] = mapped_column(String(13), primary_key=True)  # dotted Kemendagri code
    nama: Mapped[str] = mapped_column(String(120))
    tingkat: Mapped[str] = mapped_column(String(10))  # provinsi / kabkota / kecamatan / kelurahan
    induk: Mapped[str | None] = mapped_column(String(13), index=True)
    kode_bps: Mapped[str | None] = mapped_column(String(10))  # BPS code (differs from Kemendagri in DKI)


class Setting(Base):
    """Key/value settings of this database: bound kelurahan, current tahap, code-list version, ..."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Tahap(Base):
    """One round of the process with its schedule (DKI 2023 tahap 1–3 by default, editable)."""

    __tablename__ = "tahap"
    __table_args__ = (UniqueConstraint("tahun", "nomor"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tahun: Mapped[int] = mapped_column(Integer)
    nomor: Mapped[int] = mapped_column(SmallInteger)
    nama: Mapped[str] = mapped_column(String(80))
    pengolahan_data: Mapped[dt.date | None] = mapped_column(Date)
    verval_mulai: Mapped[dt.date | None] = mapped_column(Date)
    verval_selesai: Mapped[dt.date | None] = mapped_column(Date)
    pengolahan_hasil: Mapped[dt.date | None] = mapped_column(Date)
    input_mulai: Mapped[dt.date | None] = mapped_column(Date)
    input_selesai: Mapped[dt.date | None] = mapped_column(Date)


class User(Base):
    __tablename__ = "pengguna"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    nama_lengkap: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20))  # domain.codelists.ROLES
    password_hash: Mapped[str] = mapped_column(String(200))
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)
    kelurahan_kode: Mapped[str | None] = mapped_column(String(13))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Ruta(Base):
    """Rumah tangga (household): Blok I–III and V of the instrument, verval status, tahap, record state."""

    __tablename__ = "ruta"
    __table_args__ = (
        Index("ix_ruta_wilayah_rw_rt", "kelurahan_kode", "rw", "rt"),
        Index("ix_ruta_status", "status_verval"),
        Index("ix_ruta_tahap", "tahap_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)  # stable across stations/bundles
    kelurahan_kode: Mapped[str] = mapped_column(ForeignKey("wilayah.kode"))  # I.1–4 (Kemendagri)
    tahap_id: Mapped[int | None] = mapped_column(ForeignKey("tahap.id"))
    idbdt: Mapped[str | None] = mapped_column(String(40), index=True)  # IDBDT / ID DTKS of an existing record
    jenis: Mapped[str] = mapped_column(String(12), default="perbaikan")  # codelists.RECORD_KINDS
    record_state: Mapped[str] = mapped_column(String(10), default="draf")  # codelists.RECORD_STATES
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    nama_sls: Mapped[str | None] = mapped_column(String(120))  # I.5 Nama SLS
    rw: Mapped[str | None] = mapped_column(String(3))  # I.5a RW
    rt: Mapped[str | None] = mapped_column(String(3))  # I.5b RT
    alamat: Mapped[str | None] = mapped_column(String(250))  # I.6 Alamat
    nomor_urut_prelist: Mapped[int | None] = mapped_column(Integer)  # I.7 Nomor urut rumah tangga (dari prelist)
    nama_krt: Mapped[str | None] = mapped_column(String(120))  # I.8 Nama kepala rumah tangga
    jumlah_art: Mapped[int | None] = mapped_column(Integer)  # I.9 Jumlah ART
    jumlah_keluarga: Mapped[int | None] = mapped_column(Integer)  # I.10 Jumlah keluarga
    tanggal_verval: Mapped[dt.date | None] = mapped_column(Date)  # II.1 Tanggal verivali
    nama_petugas: Mapped[str | None] = mapped_column(String(120))  # II.2 Nama petugas verivali
    tanggal_pemeriksaan: Mapped[dt.date | None] = mapped_column(Date)  # II.3 Tanggal pemeriksaan
    nama_pemeriksa: Mapped[str | None] = mapped_column(String(120))  # II.4 Nama pemeriksa
    status_verval: Mapped[int | None] = mapped_column(SmallInteger)  # II.5 Hasil verivali
    sta_bangunan: Mapped[int | None] = mapped_column(SmallInteger)  # III.1a Status penguasaan bangunan tempat tinggal
    sta_lahan: Mapped[int | None] = mapped_column(SmallInteger)  # III.1b Status lahan tempat tinggal
    luas_lantai: Mapped[int | None] = mapped_column(Integer)  # III.2 Luas lantai (m²)
    lantai: Mapped[int | None] = mapped_column(SmallInteger)  # III.3 Jenis lantai terluas
    dinding: Mapped[int | None] = mapped_column(SmallInteger)  # III.4a Jenis dinding terluas
    kondisi_dinding: Mapped[int | None] = mapped_column(SmallInteger)  # III.4b Kondisi dinding
    atap: Mapped[int | None] = mapped_column(SmallInteger)  # III.5a Jenis atap terluas
    kondisi_atap: Mapped[int | None] = mapped_column(SmallInteger)  # III.5b Kondisi atap
    jumlah_kamar: Mapped[int | None] = mapped_column(Integer)  # III.6 Jumlah kamar tidur
    sumber_airminum: Mapped[int | None] = mapped_column(SmallInteger)  # III.7 Sumber air minum
    nomor_meter_air: Mapped[str | None] = mapped_column(String(40))  # III.7a Nomor meter air
    cara_peroleh_airminum: Mapped[int | None] = mapped_column(SmallInteger)  # III.8 Cara memperoleh air minum
    sumber_penerangan: Mapped[int | None] = mapped_column(SmallInteger)  # III.9a Sumber penerangan utama
    daya: Mapped[int | None] = mapped_column(SmallInteger)  # III.9b Daya terpasang
    nomor_pln: Mapped[str | None] = mapped_column(String(20))  # III.9c ID pelanggan PLN
    bb_masak: Mapped[int | None] = mapped_column(SmallInteger)  # III.10 Bahan bakar/energi utama memasak
    nomor_gas: Mapped[str | None] = mapped_column(String(40))  # III.10a Nomor pelanggan gas
    fasbab: Mapped[int | None] = mapped_column(SmallInteger)  # III.11a Penggunaan fasilitas BAB
    kloset: Mapped[int | None] = mapped_column(SmallInteger)  # III.11b Jenis kloset
    buang_tinja: Mapped[int | None] = mapped_column(SmallInteger)  # III.12 Tempat pembuangan akhir tinja
    ada_tabung_gas: Mapped[bool | None] = mapped_column(Boolean)  # V.1a Tabung gas 5,5 kg atau lebih
    ada_lemari_es: Mapped[bool | None] = mapped_column(Boolean)  # V.1b Lemari es/kulkas
    ada_ac: Mapped[bool | None] = mapped_column(Boolean)  # V.1c AC
    ada_pemanas: Mapped[bool | None] = mapped_column(Boolean)  # V.1d Pemanas air (water heater)
    ada_telepon: Mapped[bool | None] = mapped_column(Boolean)  # V.1e Telepon
    ada_tv: Mapped[bool | None] = mapped_column(Boolean)  # V.1f Televisi
    ada_emas: Mapped[bool | None] = mapped_column(Boolean)  # V.1g Emas/perhiasan & tabungan (senilai 10 gram emas)
    ada_laptop: Mapped[bool | None] = mapped_column(Boolean)  # V.1h Komputer/laptop
    ada_sepeda: Mapped[bool | None] = mapped_column(Boolean)  # V.1i Sepeda
    ada_motor: Mapped[bool | None] = mapped_column(Boolean)  # V.1j Sepeda motor
    ada_mobil: Mapped[bool | None] = mapped_column(Boolean)  # V.1k Mobil
    ada_perahu: Mapped[bool | None] = mapped_column(Boolean)  # V.1l Perahu
    ada_motor_tempel: Mapped[bool | None] = mapped_column(Boolean)  # V.1m Motor tempel
    ada_perahu_motor: Mapped[bool | None] = mapped_column(Boolean)  # V.1n Perahu motor
    ada_kapal: Mapped[bool | None] = mapped_column(Boolean)  # V.1o Kapal
    aset_tak_bergerak: Mapped[bool | None] = mapped_column(Boolean)  # V.2a Memiliki aset tidak bergerak (lahan)
    luas_atb: Mapped[int | None] = mapped_column(Integer)  # V.2a1 Luas aset tidak bergerak (m²)
    rumah_lain: Mapped[bool | None] = mapped_column(Boolean)  # V.2b Rumah di tempat lain
    jumlah_sapi: Mapped[int | None] = mapped_column(Integer)  # V.2c1 Jumlah sapi
    jumlah_kerbau: Mapped[int | None] = mapped_column(Integer)  # V.2c2 Jumlah kerbau
    jumlah_kuda: Mapped[int | None] = mapped_column(Integer)  # V.2c3 Jumlah kuda
    jumlah_babi: Mapped[int | None] = mapped_column(Integer)  # V.2c4 Jumlah babi
    jumlah_kambing: Mapped[int | None] = mapped_column(Integer)  # V.2c5 Jumlah kambing/domba
    sta_art_usaha: Mapped[bool | None] = mapped_column(Boolean)  # V.2d ART memiliki usaha sendiri/bersama
    sta_kks: Mapped[bool | None] = mapped_column(Boolean)  # V.3a KKS/KPS
    sta_kip: Mapped[bool | None] = mapped_column(Boolean)  # V.3b KIP/BSM
    sta_kis: Mapped[bool | None] = mapped_column(Boolean)  # V.3c KIS/BPJS Kesehatan PBI
    sta_bpjs_mandiri: Mapped[bool | None] = mapped_column(Boolean)  # V.3d BPJS Kesehatan mandiri
    sta_jamsostek: Mapped[bool | None] = mapped_column(Boolean)  # V.3e Jamsostek/BPJS Ketenagakerjaan
    sta_asuransi: Mapped[bool | None] = mapped_column(Boolean)  # V.3f Asuransi kesehatan lainnya
    sta_pkh: Mapped[bool | None] = mapped_column(Boolean)  # V.3g PKH
    sta_rastra: Mapped[bool | None] = mapped_column(Boolean)  # V.3h Raskin/Rastra/BPNT
    sta_kur: Mapped[bool | None] = mapped_column(Boolean)  # V.3i KUR

    keluarga: Mapped[list[Keluarga]] = relationship(back_populates="ruta", cascade="all, delete-orphan",
                                                    order_by="Keluarga.nomor_urut")
    anggota: Mapped[list[Anggota]] = relationship(back_populates="ruta", cascade="all, delete-orphan",
                                                  order_by="Anggota.no_urut")
    sumber: Mapped[list[SumberTag]] = relationship(back_populates="ruta", cascade="all, delete-orphan")


class Keluarga(Base):
    """Keluarga (family) inside a ruta, with its Kartu Keluarga number (Blok I.11)."""

    __tablename__ = "keluarga"
    __table_args__ = (UniqueConstraint("ruta_id", "nomor_urut"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    ruta_id: Mapped[int] = mapped_column(ForeignKey("ruta.id", ondelete="CASCADE"), index=True)
    nomor_urut: Mapped[int] = mapped_column(SmallInteger)  # NUK
    no_kk: Mapped[str | None] = mapped_column(String(16), index=True)

    ruta: Mapped[Ruta] = relationship(back_populates="keluarga")
    anggota: Mapped[list[Anggota]] = relationship(back_populates="keluarga")


class Anggota(Base):
    """Anggota rumah tangga (ART, household member): every Blok IV variable and ART-level programmes."""

    __tablename__ = "anggota"
    __table_args__ = (Index("ix_anggota_nama", "nama"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    ruta_id: Mapped[int] = mapped_column(ForeignKey("ruta.id", ondelete="CASCADE"), index=True)
    keluarga_id: Mapped[int | None] = mapped_column(ForeignKey("keluarga.id", ondelete="SET NULL"), index=True)
    idartbdt: Mapped[str | None] = mapped_column(String(40))  # IDARTBDT of an existing DTKS member
    no_urut: Mapped[int] = mapped_column(SmallInteger)  # IV.1
    nama: Mapped[str] = mapped_column(String(120))  # IV.2
    nik: Mapped[str | None] = mapped_column(String(16), unique=True)  # IV.3 — a NIK only once per database
    hub_krt: Mapped[int | None] = mapped_column(SmallInteger)  # IV.4 Hubungan dengan kepala rumah tangga
    hub_kk: Mapped[int | None] = mapped_column(SmallInteger)  # IV.6 Hubungan dengan kepala keluarga
    jenis_kelamin: Mapped[int | None] = mapped_column(SmallInteger)  # IV.7 Jenis kelamin
    tempat_lahir: Mapped[str | None] = mapped_column(String(80))  # IV.8a Tempat lahir
    tanggal_lahir: Mapped[dt.date | None] = mapped_column(Date)  # IV.8b Tanggal lahir
    status_kawin: Mapped[int | None] = mapped_column(SmallInteger)  # IV.9 Status perkawinan
    akta_nikah: Mapped[int | None] = mapped_column(SmallInteger)  # IV.10 Kepemilikan akta/buku nikah atau cerai
    tercantum_kk: Mapped[int | None] = mapped_column(SmallInteger)  # IV.11 Tercantum dalam Kartu Keluarga
    kartu_identitas: Mapped[int | None] = mapped_column(SmallInteger)  # IV.12 Kepemilikan kartu identitas
    hamil: Mapped[int | None] = mapped_column(SmallInteger)  # IV.13 Sedang hamil
    jenis_cacat: Mapped[int | None] = mapped_column(SmallInteger)  # IV.14 Jenis cacat/disabilitas
    penyakit_kronis: Mapped[int | None] = mapped_column(SmallInteger)  # IV.15 Penyakit kronis/menahun
    partisipasi_sekolah: Mapped[int | None] = mapped_column(SmallInteger)  # IV.16 Partisipasi sekolah
    pendidikan: Mapped[int | None] = mapped_column(SmallInteger)  # IV.17 Jenjang pendidikan tertinggi
    kelas: Mapped[int | None] = mapped_column(SmallInteger)  # IV.18 Kelas tertinggi
    ijazah: Mapped[int | None] = mapped_column(SmallInteger)  # IV.19 Ijazah tertinggi
    bekerja: Mapped[int | None] = mapped_column(SmallInteger)  # IV.20 Bekerja/membantu bekerja seminggu lalu
    jam_kerja: Mapped[int | None] = mapped_column(Integer)  # IV.21 Jumlah jam kerja seminggu lalu
    lapangan_usaha: Mapped[int | None] = mapped_column(SmallInteger)  # IV.22 Lapangan usaha pekerjaan utama
    status_pekerjaan: Mapped[int | None] = mapped_column(SmallInteger)  # IV.23 Status kedudukan dalam pekerjaan
    status_art: Mapped[int | None] = mapped_column(SmallInteger)  # IV.24 Keberadaan ART (hasil verval)
    nama_ibu_kandung: Mapped[str | None] = mapped_column(String(120))  # IV.25 Nama gadis ibu kandung
    domisili_sesuai_ktp: Mapped[int | None] = mapped_column(SmallInteger)  # IV.26 Domisili sesuai alamat KTP/KK
    ada_kks: Mapped[bool | None] = mapped_column(Boolean)  # V.4a ART memiliki KKS
    ada_pbi: Mapped[bool | None] = mapped_column(Boolean)  # V.4b ART peserta PBI-JK
    ada_kip: Mapped[bool | None] = mapped_column(Boolean)  # V.4c ART penerima KIP/PIP
    ada_pkh: Mapped[bool | None] = mapped_column(Boolean)  # V.4d ART peserta PKH
    ada_bpnt: Mapped[bool | None] = mapped_column(Boolean)  # V.4e ART penerima BPNT/Sembako (dahulu Rastra)
    kjp_plus: Mapped[bool | None] = mapped_column(Boolean)  # X.1 Penerima KJP Plus
    kjmu: Mapped[bool | None] = mapped_column(Boolean)  # X.2 Penerima KJMU
    kaj: Mapped[bool | None] = mapped_column(Boolean)  # X.3 Penerima Kartu Anak Jakarta (KAJ)

    ruta: Mapped[Ruta] = relationship(back_populates="anggota")
    keluarga: Mapped[Keluarga | None] = relationship(back_populates="anggota")


class SumberTag(Base):
    """Where a household or person came from: prelist source (P3KE with desil, KJP Plus, KJMU, stunting, DTKS) or
    usulan baru. A person already present gets the new source added here instead of being duplicated."""

    __tablename__ = "sumber_tag"
    __table_args__ = (Index("ix_sumber_tag_ruta_sumber", "ruta_id", "sumber"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ruta_id: Mapped[int] = mapped_column(ForeignKey("ruta.id", ondelete="CASCADE"))
    anggota_id: Mapped[int | None] = mapped_column(ForeignKey("anggota.id", ondelete="CASCADE"), index=True)
    sumber: Mapped[str] = mapped_column(String(12))  # codelists.SOURCES
    desil: Mapped[int | None] = mapped_column(SmallInteger)  # P3KE desil 1–4
    ref: Mapped[str | None] = mapped_column(String(60))  # id in the source file (IDBDT, no. urut P3KE, ...)
    batch: Mapped[str | None] = mapped_column(String(40))  # import batch id
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    ruta: Mapped[Ruta] = relationship(back_populates="sumber")


class Tombstone(Base):
    """A deleted household or member, remembered so the deletion travels in the next bundle."""

    __tablename__ = "tombstone"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))  # ruta / keluarga / anggota
    uid: Mapped[str] = mapped_column(String(32), index=True)
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """Hash-chained audit log: who, when, what entity, old → new values, reason.

    ``hash = sha256(prev_hash || canonical JSON of this row's fields)``; see services/audit.py.
    """

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ts: Mapped[str] = mapped_column(String(32))  # ISO-8601 UTC, stored as text so the hash input is exact
    username: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str | None] = mapped_column(String(40))
    changes: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON {field: [old, new]}
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


__all__ = ["Base", "Wilayah", "Setting", "Tahap", "User", "Ruta", "Keluarga", "Anggota", "SumberTag", "Tombstone", "AuditEntry",
           "new_uid", "utcnow", "func"]


def _load_area_models() -> None:
    """Areas keep their tables in ``db/models_<area>.py``; load them so Base.metadata is always complete."""
    import importlib
    import pkgutil

    from . import __name__ as package, __path__ as path

    for module in pkgutil.iter_modules(path):
        if module.name.startswith("models_"):
            importlib.import_module(f"{package}.{module.name}")


_load_area_models()
