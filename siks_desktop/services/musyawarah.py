"""Musyawarah Kelurahan/Desa: the record (date, place, pimpinan, notulen, participants, a decision per household),
the advisory eligibility indicators, and the Berita Acara rendered and signed as a PDF.

Rules (issue 5, domain.md "Decisions"):
* a musyawarah is a dated event held before or after verval (``timing``); a kelurahan may hold several per tahap;
* one decision per household per musyawarah; a reason is required for *tidak layak* and *usulan hapus*;
* operators prepare, the Lurah signs, admin may do everything;
* a signed BA locks the record (error ``musyawarah_locked``); a change needs ``unlock_for_revision`` (with a reason),
  after which a new BA version is signed and the old PDF stays in the database, marked superseded.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import Ruta, utcnow
from ..db.models_musyawarah import (
    BeritaAcaraDokumen,
    Musyawarah,
    MusyawarahKeputusan,
    MusyawarahPeserta,
)
from ..domain import eligibility
from ..domain.codelists import codelist
from ..errors import NotFound, SiksError
from . import audit
from .base import AreaService
from .households import _load as load_household
from .households import household_dto
from .settings import kelurahan_info

PREPARE_ROLES = ("operator",)
SIGN_ROLES = ("lurah",)

JENIS: Mapping[str, str] = {"muskel": "Musyawarah Kelurahan", "musdes": "Musyawarah Desa"}
TIMING: Mapping[str, str] = {"sebelum_verval": "Sebelum verval (menetapkan prelist akhir)",
                             "sesudah_verval": "Sesudah verval (memutuskan kelayakan)"}
#: Unsur peserta (domain.md §3.3): code → label printed in the BA.
UNSUR: Mapping[str, str] = {
    "lurah": "Lurah/Kepala Desa",
    "sekel": "Sekretaris Kelurahan",
    "kasi_kesos": "Kasi Kesejahteraan Sosial",
    "lmk": "LMK/BPD",
    "ketua_rw": "Ketua RW",
    "ketua_rt": "Ketua RT",
    "tksk": "TKSK",
    "psm_pkh": "PSM/Pendamping PKH",
    "tokoh": "Tokoh masyarakat",
    "lainnya": "Lainnya",
}
KEPUTUSAN = codelist("keputusan_musyawarah")
LAYAK, TIDAK_LAYAK, VERVAL_ULANG, USULAN_HAPUS = 1, 2, 3, 4
REASON_REQUIRED = frozenset({TIDAK_LAYAK, USULAN_HAPUS})
STATUS_DRAF, STATUS_SIGNED = "draf", "ditandatangani"


# ------------------------------------------------------------------------------------------------------------ DTOs
@dataclass(frozen=True)
class MusyawarahInput:
    """What the form edits (``create``/``update``). ``kelurahan_kode``/``tahap_id`` default to the bound kelurahan
    and the active tahap. ``kesimpulan`` is one point per line; empty → generated from the decision counts."""

    tanggal: dt.date
    tempat: str
    pimpinan_nama: str
    pimpinan_jabatan: str
    jenis: str = "muskel"
    timing: str = "sesudah_verval"
    waktu_mulai: str = "09.00"
    waktu_selesai: str | None = None
    pimpinan_nip: str | None = None
    notulen_nama: str = ""
    notulen_jabatan: str = ""
    nomor_ba: str = ""
    kesimpulan: str = ""
    kelurahan_kode: str | None = None
    tahap_id: int | None = None


@dataclass(frozen=True)
class PesertaDTO:
    nama: str
    unsur: str  # key of UNSUR
    jabatan: str = ""  # as printed; defaults to the unsur label
    hadir: bool = True
    alamat: str | None = None
    rt: str | None = None
    rw: str | None = None
    wakil: bool = False  # signs the BA as wakil peserta
    id: int | None = None


@dataclass(frozen=True)
class KeputusanDTO:
    ruta_id: int
    keputusan: int  # codelists keputusan_musyawarah
    alasan: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class BaDocumentDTO:
    """One signed BA version (without the PDF bytes: ``document_pdf(id)``)."""

    id: int
    musyawarah_id: int
    version: int
    doc_id: str
    sha256: str
    body_sha256: str
    pages: int
    households: int
    paper: str
    signer_nama: str
    signer_role: str | None
    signer_fingerprint: str
    signed_at: dt.datetime
    signed_by: str
    superseded: bool
    superseded_at: dt.datetime | None = None
    superseded_reason: str | None = None


@dataclass(frozen=True)
class MusyawarahDTO:
    id: int
    uid: str
    kelurahan_kode: str
    tahap_id: int | None
    jenis: str
    timing: str
    tanggal: dt.date
    waktu_mulai: str
    waktu_selesai: str | None
    tempat: str
    pimpinan_nama: str
    pimpinan_jabatan: str
    pimpinan_nip: str | None
    notulen_nama: str
    notulen_jabatan: str
    nomor_ba: str
    kesimpulan: str
    status: str
    locked_at: dt.datetime | None
    peserta: tuple[PesertaDTO, ...] = ()
    keputusan: tuple[KeputusanDTO, ...] = ()
    documents: tuple[BaDocumentDTO, ...] = ()

    @property
    def locked(self) -> bool:
        return self.locked_at is not None

    def as_input(self) -> MusyawarahInput:
        """The editable fields, e.g. ``svc.update(id, replace(m.as_input(), tempat="…"))``."""
        return MusyawarahInput(**{f: getattr(self, f) for f in MusyawarahInput.__dataclass_fields__})


@dataclass(frozen=True)
class MusyawarahSummary:
    """One line of the musyawarah list."""

    id: int
    jenis: str
    timing: str
    tanggal: dt.date
    tempat: str
    nomor_ba: str
    status: str
    tahap_id: int | None
    households: int
    peserta_hadir: int
    versions: int


@dataclass(frozen=True)
class HouseholdIndicators:
    ruta_id: int
    items: tuple[eligibility.Indicator, ...]
    summary: Mapping[str, eligibility.IndicatorSummary] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------------- ORM → DTO
def _doc_dto(d: BeritaAcaraDokumen) -> BaDocumentDTO:
    return BaDocumentDTO(id=d.id, musyawarah_id=d.musyawarah_id, version=d.version, doc_id=d.doc_id, sha256=d.sha256,
                         body_sha256=d.body_sha256, pages=d.pages, households=d.households, paper=d.paper,
                         signer_nama=d.signer_nama, signer_role=d.signer_role,
                         signer_fingerprint=d.signer_fingerprint, signed_at=d.signed_at, signed_by=d.signed_by,
                         superseded=d.superseded, superseded_at=d.superseded_at,
                         superseded_reason=d.superseded_reason)


def _dto(m: Musyawarah) -> MusyawarahDTO:
    return MusyawarahDTO(
        id=m.id, uid=m.uid, kelurahan_kode=m.kelurahan_kode, tahap_id=m.tahap_id, jenis=m.jenis, timing=m.timing,
        tanggal=m.tanggal, waktu_mulai=m.waktu_mulai, waktu_selesai=m.waktu_selesai, tempat=m.tempat,
        pimpinan_nama=m.pimpinan_nama, pimpinan_jabatan=m.pimpinan_jabatan, pimpinan_nip=m.pimpinan_nip,
        notulen_nama=m.notulen_nama, notulen_jabatan=m.notulen_jabatan, nomor_ba=m.nomor_ba,
        kesimpulan=m.kesimpulan, status=m.status, locked_at=m.locked_at,
        peserta=tuple(PesertaDTO(nama=p.nama, unsur=p.unsur, jabatan=p.jabatan, hadir=p.hadir, alamat=p.alamat,
                                 rt=p.rt, rw=p.rw, wakil=p.wakil, id=p.id) for p in m.peserta),
        keputusan=tuple(KeputusanDTO(ruta_id=k.ruta_id, keputusan=k.keputusan, alasan=k.alasan, id=k.id)
                        for k in m.keputusan),
        documents=tuple(_doc_dto(d) for d in m.dokumen))


def _load(s: Session, musyawarah_id: int) -> Musyawarah:
    m = s.scalar(select(Musyawarah).where(Musyawarah.id == musyawarah_id).options(
        selectinload(Musyawarah.peserta), selectinload(Musyawarah.keputusan), selectinload(Musyawarah.dokumen)))
    if m is None:
        raise NotFound("musyawarah_not_found", "Musyawarah tidak ditemukan.", id=musyawarah_id)
    return m


def _ensure_unlocked(m: Musyawarah) -> None:
    if m.locked_at is not None:
        raise SiksError("musyawarah_locked", "Berita Acara musyawarah ini sudah ditandatangani; buka revisi dahulu "
                        "untuk mengubahnya.", id=m.id)


def _text(value: str | None, limit: int, name: str, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise SiksError("field_required", f"Isian {name} wajib diisi.", field=name)
    if len(value) > limit:
        raise SiksError("field_too_long", f"Isian {name} terlalu panjang (maks. {limit}).", field=name)
    return value


def _check_time(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    v = value.strip().replace(":", ".")
    try:
        h, m = (int(x) for x in v.split("."))
    except ValueError:
        raise SiksError("invalid_time", f"Waktu {name} harus berbentuk JJ.MM (contoh 09.00).", field=name) from None
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise SiksError("invalid_time", f"Waktu {name} harus berbentuk JJ.MM (contoh 09.00).", field=name)
    return f"{h:02d}.{m:02d}"


def _status_label(code: int | None) -> str:
    if code is None:
        return "Belum diverval"
    return codelist("status_ruta").label(code).split(" (")[0]


class MusyawarahService(AreaService):
    # ------------------------------------------------------------------------------------------------- writing
    def _apply(self, s: Session, m: Musyawarah, data: MusyawarahInput) -> dict[str, tuple[Any, Any]]:
        if data.jenis not in JENIS:
            raise SiksError("invalid_code", "Jenis musyawarah harus muskel atau musdes.", field="jenis")
        if data.timing not in TIMING:
            raise SiksError("invalid_code", "Waktu musyawarah harus sebelum_verval atau sesudah_verval.",
                            field="timing")
        if not isinstance(data.tanggal, dt.date):
            raise SiksError("field_required", "Tanggal musyawarah wajib diisi.", field="tanggal")
        kel = data.kelurahan_kode or m.kelurahan_kode
        if kel is None:
            from ..db.models import Setting
            from .settings import KELURAHAN_KEY

            row = s.get(Setting, KELURAHAN_KEY)
            if row is None:
                raise SiksError("not_initialised", "Basis data belum diikat ke kelurahan (siks init).")
            kel = row.value
        kel = kelurahan_info(kel).kelurahan_code
        values: dict[str, Any] = {
            "kelurahan_kode": kel, "tahap_id": data.tahap_id if data.tahap_id is not None else m.tahap_id,
            "jenis": data.jenis, "timing": data.timing, "tanggal": data.tanggal,
            "waktu_mulai": _check_time(data.waktu_mulai, "mulai") or "09.00",
            "waktu_selesai": _check_time(data.waktu_selesai, "selesai"),
            "tempat": _text(data.tempat, 200, "tempat", required=True),
            "pimpinan_nama": _text(data.pimpinan_nama, 120, "pimpinan", required=True),
            "pimpinan_jabatan": _text(data.pimpinan_jabatan, 120, "jabatan pimpinan", required=True),
            "pimpinan_nip": _text(data.pimpinan_nip, 30, "NIP") or None,
            "notulen_nama": _text(data.notulen_nama, 120, "notulen"),
            "notulen_jabatan": _text(data.notulen_jabatan, 120, "jabatan notulen"),
            "nomor_ba": _text(data.nomor_ba, 80, "nomor BA"),
            "kesimpulan": (data.kesimpulan or "").strip(),
        }
        changes = {}
        for key, value in values.items():
            old = getattr(m, key, None)
            if old != value:
                changes[key] = (old, value)
                setattr(m, key, value)
        return changes

    def create(self, data: MusyawarahInput) -> MusyawarahDTO:
        self.require(PREPARE_ROLES, "musyawarah.create")
        with self.ctx.uow() as s:
            m = Musyawarah(status=STATUS_DRAF, kelurahan_kode=None, tahap_id=None)
            changes = self._apply(s, m, data)
            if m.tahap_id is None:
                m.tahap_id = self._tahap_for(m.tanggal)
            s.add(m)
            s.flush()
            if not m.nomor_ba:
                m.nomor_ba = self._default_nomor(s, m)
            audit.append(s, username=self.actor.username, action="musyawarah.create", entity="musyawarah",
                         entity_id=m.id, changes=changes)
            s.flush()
            return _dto(_load(s, m.id))

    def _tahap_for(self, day: dt.date) -> int | None:
        """The tahap whose schedule contains the meeting date, else the active one."""
        from .settings import SettingsService

        settings = SettingsService(self.ctx)
        for t in settings.tahap_list():
            start, end = t.pengolahan_data or t.verval_mulai, t.input_selesai or t.verval_selesai
            if start and end and start <= day <= end:
                return t.id
        active = settings.active_tahap()
        return active.id if active else None

    def _default_nomor(self, s: Session, m: Musyawarah) -> str:
        from ..io.documents.engine import format_nomor

        seq = s.scalar(select(func.count()).select_from(Musyawarah).where(
            Musyawarah.kelurahan_kode == m.kelurahan_kode,
            func.extract("year", Musyawarah.tanggal) == m.tanggal.year)) or 1
        return format_nomor(seq, tahun=m.tanggal.year)

    def update(self, musyawarah_id: int, data: MusyawarahInput) -> MusyawarahDTO:
        self.require(PREPARE_ROLES, "musyawarah.update")
        with self.ctx.uow() as s:
            m = _load(s, musyawarah_id)
            _ensure_unlocked(m)
            changes = self._apply(s, m, data)
            if changes:
                audit.append(s, username=self.actor.username, action="musyawarah.update", entity="musyawarah",
                             entity_id=m.id, changes=changes)
            s.flush()
            return _dto(m)

    def set_participants(self, musyawarah_id: int, peserta: Sequence[PesertaDTO]) -> MusyawarahDTO:
        """Replace the participant list (order = no urut of the daftar hadir)."""
        self.require(PREPARE_ROLES, "musyawarah.set_participants")
        rows = []
        for i, p in enumerate(peserta, 1):
            if p.unsur not in UNSUR:
                raise SiksError("invalid_code", "Unsur peserta tidak dikenal.", field="unsur", row=i)
            rows.append(MusyawarahPeserta(
                no_urut=i, nama=_text(p.nama, 120, "nama peserta", required=True), unsur=p.unsur,
                jabatan=_text(p.jabatan, 120, "jabatan peserta") or UNSUR[p.unsur], hadir=bool(p.hadir),
                alamat=_text(p.alamat, 250, "alamat peserta") or None, rt=_text(p.rt, 3, "RT") or None,
                rw=_text(p.rw, 3, "RW") or None, wakil=bool(p.wakil)))
        with self.ctx.uow() as s:
            m = _load(s, musyawarah_id)
            _ensure_unlocked(m)
            old = len(m.peserta)
            m.peserta.clear()
            s.flush()
            m.peserta.extend(rows)
            audit.append(s, username=self.actor.username, action="musyawarah.peserta", entity="musyawarah",
                         entity_id=m.id, changes={"peserta": (old, len(rows)),
                                                  "hadir": (None, sum(1 for r in rows if r.hadir))})
            s.flush()
            return _dto(m)

    def _check_decision(self, s: Session, d: KeputusanDTO, row: int) -> MusyawarahKeputusan:
        if d.keputusan not in KEPUTUSAN:
            raise SiksError("invalid_code", "Kode keputusan musyawarah tidak dikenal.", field="keputusan", row=row)
        alasan = _text(d.alasan, 2000, "alasan") or None
        if d.keputusan in REASON_REQUIRED and not alasan:
            raise SiksError("reason_required", "Alasan wajib diisi untuk keputusan tidak layak dan usulan hapus.",
                            row=row, keputusan=d.keputusan)
        if s.get(Ruta, d.ruta_id) is None:
            raise NotFound("household_not_found", "Rumah tangga tidak ditemukan.", id=d.ruta_id, row=row)
        return MusyawarahKeputusan(ruta_id=d.ruta_id, keputusan=d.keputusan, alasan=alasan)

    def set_decisions(self, musyawarah_id: int, decisions: Sequence[KeputusanDTO]) -> MusyawarahDTO:
        """Replace every decision of the musyawarah (one per household: a household twice is ``duplicate_decision``)."""
        self.require(PREPARE_ROLES, "musyawarah.set_decisions")
        seen: set[int] = set()
        for i, d in enumerate(decisions, 1):
            if d.ruta_id in seen:
                raise SiksError("duplicate_decision", "Satu rumah tangga hanya boleh mendapat satu keputusan dalam "
                                "satu musyawarah.", row=i, id=d.ruta_id)
            seen.add(d.ruta_id)
        with self.ctx.uow() as s:
            m = _load(s, musyawarah_id)
            _ensure_unlocked(m)
            rows = [self._check_decision(s, d, i) for i, d in enumerate(decisions, 1)]
            old = {k.ruta_id: k.keputusan for k in m.keputusan}
            m.keputusan.clear()
            s.flush()
            m.keputusan.extend(rows)
            new = {k.ruta_id: k.keputusan for k in rows}
            changed = sum(1 for r in set(old) | set(new) if old.get(r) != new.get(r))
            audit.append(s, username=self.actor.username, action="musyawarah.keputusan", entity="musyawarah",
                         entity_id=m.id, changes={"keputusan": (len(old), len(new)), "berubah": (None, changed)})
            s.flush()
            return _dto(m)

    def decide(self, musyawarah_id: int, decision: KeputusanDTO) -> MusyawarahDTO:
        """Add or change the decision for one household (what the window does row by row)."""
        self.require(PREPARE_ROLES, "musyawarah.decide")
        with self.ctx.uow() as s:
            m = _load(s, musyawarah_id)
            _ensure_unlocked(m)
            row = self._check_decision(s, decision, 1)
            current = next((k for k in m.keputusan if k.ruta_id == decision.ruta_id), None)
            old = (current.keputusan, current.alasan) if current else (None, None)
            if current is None:
                m.keputusan.append(row)
            else:
                current.keputusan, current.alasan = row.keputusan, row.alasan
            audit.append(s, username=self.actor.username, action="musyawarah.keputusan", entity="musyawarah",
                         entity_id=m.id, changes={f"ruta:{decision.ruta_id}": (old[0], row.keputusan)},
                         reason=row.alasan)
            s.flush()
            return _dto(m)

    def remove_decision(self, musyawarah_id: int, ruta_id: int) -> MusyawarahDTO:
        self.require(PREPARE_ROLES, "musyawarah.decide")
        with self.ctx.uow() as s:
            m = _load(s, musyawarah_id)
            _ensure_unlocked(m)
            current = next((k for k in m.keputusan if k.ruta_id == ruta_id), None)
            if current is not None:
                m.keputusan.remove(current)
                audit.append(s, username=self.actor.username, action="musyawarah.keputusan", entity="musyawarah",
                             entity_id=m.id, changes={f"ruta:{ruta_id}": (current.keputusan, None)})
            s.flush()
            return _dto(m)

    # ------------------------------------------------------------------------------------------------- reading
    def get(self, musyawarah_id: int) -> MusyawarahDTO:
        with self.ctx.uow.read() as s:
            return _dto(_load(s, musyawarah_id))

    def latest(self) -> MusyawarahDTO | None:
        """The most recent musyawarah (by date, then creation)."""
        with self.ctx.uow.read() as s:
            mid = s.scalar(select(Musyawarah.id).order_by(Musyawarah.tanggal.desc(), Musyawarah.id.desc()).limit(1))
            return _dto(_load(s, mid)) if mid is not None else None

    def list(self, *, tahap_id: int | None = None) -> tuple[MusyawarahSummary, ...]:
        with self.ctx.uow.read() as s:
            q = select(Musyawarah).options(selectinload(Musyawarah.peserta), selectinload(Musyawarah.dokumen))
            if tahap_id is not None:
                q = q.where(Musyawarah.tahap_id == tahap_id)
            counts = dict(s.execute(select(MusyawarahKeputusan.musyawarah_id, func.count())
                                    .group_by(MusyawarahKeputusan.musyawarah_id)).all())
            return tuple(MusyawarahSummary(
                id=m.id, jenis=m.jenis, timing=m.timing, tanggal=m.tanggal, tempat=m.tempat, nomor_ba=m.nomor_ba,
                status=m.status, tahap_id=m.tahap_id, households=counts.get(m.id, 0),
                peserta_hadir=sum(1 for p in m.peserta if p.hadir), versions=len(m.dokumen))
                for m in s.scalars(q.order_by(Musyawarah.tanggal.desc(), Musyawarah.id.desc())))

    def indicators(self, ruta_id: int) -> HouseholdIndicators:
        """Advisory Kepmensos 262/HUK/2022 and BPS-14 indicators of one household (never a decision)."""
        with self.ctx.uow.read() as s:
            hh = household_dto(load_household(s, ruta_id))
        items = eligibility.indicators(hh)
        return HouseholdIndicators(ruta_id=ruta_id, items=items, summary=eligibility.summarize(items))

    def documents(self, musyawarah_id: int) -> tuple[BaDocumentDTO, ...]:
        with self.ctx.uow.read() as s:
            _load(s, musyawarah_id)
            return tuple(_doc_dto(d) for d in s.scalars(
                select(BeritaAcaraDokumen).where(BeritaAcaraDokumen.musyawarah_id == musyawarah_id)
                .order_by(BeritaAcaraDokumen.version)))

    def document_pdf(self, document_id: int) -> bytes:
        """The signed PDF exactly as stored."""
        with self.ctx.uow.read() as s:
            d = s.get(BeritaAcaraDokumen, document_id)
            if d is None:
                raise NotFound("document_not_found", "Dokumen Berita Acara tidak ditemukan.", id=document_id)
            return bytes(d.pdf)

    def export_document(self, document_id: int, out_path: str | Path) -> Path:
        """Write a stored signed BA to a file (atomic) — e.g. to open it in the system PDF viewer."""
        data = self.document_pdf(document_id)
        out = Path(out_path)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, out)
        return out

    # ------------------------------------------------------------------------------------------- Berita Acara
    def ba_data(self, musyawarah_id: int, paper: str = "A4", *, version: int | None = None):
        """The record mapped to :class:`~siks_desktop.io.documents.berita_acara.BeritaAcaraData`."""
        with self.ctx.uow.read() as s:
            m = _load(s, musyawarah_id)
            return self._ba_data(s, m, paper, version or self._next_version(m))

    @staticmethod
    def _next_version(m: Musyawarah) -> int:
        return max((d.version for d in m.dokumen), default=0) + 1

    def _ba_data(self, s: Session, m: Musyawarah, paper: str, version: int):
        from ..io.documents import berita_acara as ba

        info = kelurahan_info(m.kelurahan_kode)
        decisions = {k.ruta_id: k for k in m.keputusan}
        rutas = list(s.scalars(select(Ruta).where(Ruta.id.in_(decisions)).options(
            selectinload(Ruta.keluarga), selectinload(Ruta.anggota)))) if decisions else []
        rutas.sort(key=lambda r: (r.rw or "", r.rt or "", r.alamat or "", r.id))
        rows = []
        status_count: dict[int | None, int] = {}
        art = meninggal = usulan_baru = 0
        for no, r in enumerate(rutas, 1):
            k = decisions[r.id]
            krt = next((a for a in r.anggota if a.hub_krt == 1), r.anggota[0] if r.anggota else None)
            kk = next((f.no_kk for f in r.keluarga if f.no_kk), None)
            status_count[r.status_verval] = status_count.get(r.status_verval, 0) + 1
            if r.status_verval is not None:
                art += len(r.anggota)
            meninggal += sum(1 for a in r.anggota if a.status_art == 2)
            usulan_baru += 1 if (r.status_verval == 7 or r.jenis == "usulan_baru") else 0
            rows.append(ba.HouseholdRow(
                no=no, id_dtks=r.idbdt or "-", nik=(krt.nik if krt and krt.nik else "-"), no_kk=kk or "-",
                nama_krt=r.nama_krt or (krt.nama if krt else "-"), alamat=r.alamat or "-", rt=r.rt or "-",
                rw=r.rw or "-", status_verval=_status_label(r.status_verval),
                keputusan=ba.KEPUTUSAN_LABELS[k.keputusan], alasan=k.alasan or "", keputusan_code=k.keputusan))
        kep = ba.count_keputusan(rows)
        counts = ba.BeritaAcaraCounts(
            ruta_diverifikasi=sum(n for st, n in status_count.items() if st is not None), art_diverifikasi=art,
            ditemukan=status_count.get(1, 0), tidak_ditemukan=status_count.get(2, 0), pindah=status_count.get(3, 0),
            meninggal=meninggal, ganda=status_count.get(5, 0), usulan_baru=usulan_baru, **kep)
        kesimpulan = tuple(line.strip() for line in m.kesimpulan.splitlines() if line.strip()) or \
            self._default_kesimpulan(counts)
        hadir = [p for p in m.peserta if p.hadir]
        wakil = tuple(ba.Pejabat(p.nama, p.jabatan) for p in hadir if p.wakil)[:3]
        tahap = None
        if m.tahap_id is not None:
            from ..db.models import Tahap

            t = s.get(Tahap, m.tahap_id)
            tahap = f"Tahap {t.nomor} Tahun {t.tahun}" if t else None
        kel10 = m.kelurahan_kode.replace(".", "")
        return ba.BeritaAcaraData(
            doc_id=f"BA-{kel10}-{m.uid[:12]}-v{version}", nomor=m.nomor_ba, kota=info.kota_name,
            kecamatan=info.kecamatan_name, kelurahan=info.kelurahan_name, kelurahan_code=kel10,
            tanggal=m.tanggal, waktu=m.waktu_mulai, tempat=m.tempat,
            pimpinan=ba.Pejabat(m.pimpinan_nama, m.pimpinan_jabatan, m.pimpinan_nip),
            notulen=ba.Pejabat(m.notulen_nama or "-", m.notulen_jabatan or "-"),
            peserta=tuple(ba.Peserta(p.nama, p.jabatan, UNSUR.get(p.unsur, p.unsur), p.hadir) for p in m.peserta),
            households=tuple(rows), counts=counts, kesimpulan=kesimpulan, wakil_peserta=wakil,
            tahap=tahap or "", paper=paper)

    @staticmethod
    def _default_kesimpulan(c: Any) -> tuple[str, ...]:
        out = [(f"Sebanyak {c.layak_diusulkan} rumah tangga dinyatakan layak dan diusulkan masuk DTKS melalui Dinas "
                "Sosial.")]
        if c.tidak_layak:
            out.append(f"Sebanyak {c.tidak_layak} rumah tangga dinyatakan tidak layak (mampu).")
        if c.verval_ulang:
            out.append(f"Sebanyak {c.verval_ulang} rumah tangga akan diverifikasi ulang oleh petugas.")
        if c.usulan_hapus:
            out.append(f"Sebanyak {c.usulan_hapus} rumah tangga diusulkan untuk dihapus dari DTKS.")
        return tuple(out)

    def render_ba(self, musyawarah_id: int, out_path: str | Path, paper: str = "A4"):
        """Render the (unsigned) BA — for preview and print. Returns ``RenderResult``."""
        from ..io.documents.berita_acara import render_berita_acara

        data = self.ba_data(musyawarah_id, paper)
        return render_berita_acara(data, out_path)

    def sign_ba(self, musyawarah_id: int, p12_path: str | Path, passphrase: bytes | str, out_path: str | Path,
                *, paper: str = "A4") -> BaDocumentDTO:
        """Render, sign with the Lurah's key (PAdES, visible box + QR), keep the signed PDF in the database as the
        next version, lock the record; all or nothing. The certificate must carry the role ``lurah`` and this
        kelurahan's code."""
        from ..io import pki
        from ..io.documents.berita_acara import render_berita_acara
        from ..io.signing import sign_pdf

        self.require(SIGN_ROLES, "musyawarah.sign")
        if isinstance(passphrase, str):
            passphrase = passphrase.encode("utf-8")
        _key, cert, _chain = pki.load_p12(p12_path, passphrase)
        ident = pki.read_identity(cert)
        out = Path(out_path)
        with self.ctx.uow() as s:
            m = _load(s, musyawarah_id)
            _ensure_unlocked(m)
            if ident.role != "lurah":
                raise SiksError("wrong_signer_role", "Berita Acara harus ditandatangani dengan sertifikat Lurah.",
                                role=ident.role)
            if ident.kelurahan_code != m.kelurahan_kode.replace(".", ""):
                raise SiksError("wrong_kelurahan", "Sertifikat Lurah bukan untuk kelurahan musyawarah ini.")
            version = self._next_version(m)
            data = self._ba_data(s, m, paper, version)
            with tempfile.TemporaryDirectory(prefix="siks-ba-") as td:
                rendered = render_berita_acara(data, Path(td) / "ba.pdf")
                signed_tmp = Path(td) / "ba-signed.pdf"
                res = sign_pdf(rendered.path, signed_tmp, p12_path, passphrase, field_name="TTD_Lurah",
                               box=rendered.signature_boxes["lurah"],
                               reason=f"Menyetujui Berita Acara {data.nomor}",
                               location=f"Kelurahan {data.kelurahan}", doc_id=data.doc_id)
                pdf = signed_tmp.read_bytes()
            now = utcnow()
            doc = BeritaAcaraDokumen(
                musyawarah_id=m.id, version=version, doc_id=data.doc_id, pdf=pdf, sha256=res.sha256,
                body_sha256=res.body_sha256, pages=rendered.pages, households=rendered.households, paper=paper,
                signer_nama=ident.name, signer_role=ident.role, signer_fingerprint=ident.fingerprint,
                signed_at=now, signed_by=self.actor.username, superseded=False)
            s.add(doc)
            m.status, m.locked_at = STATUS_SIGNED, now
            audit.append(s, username=self.actor.username, action="musyawarah.sign", entity="musyawarah",
                         entity_id=m.id, changes={"versi": (version - 1 or None, version), "sha256": (None, res.sha256),
                                                  "status": (STATUS_DRAF, STATUS_SIGNED)},
                         reason=f"ditandatangani oleh sertifikat {ident.fingerprint[:16]}")
            s.flush()
            # The file appears only when the database row is ready; a failed commit after this leaves a signed file
            # that is also not in the database, which the user can simply sign again.
            tmp = out.with_name(out.name + ".tmp")
            tmp.write_bytes(pdf)
            assert hashlib.sha256(pdf).hexdigest() == res.sha256
            os.replace(tmp, out)
            return _doc_dto(doc)

    def unlock_for_revision(self, musyawarah_id: int, reason: str) -> MusyawarahDTO:
        """Open a signed musyawarah for changes: its signed BAs stay, marked superseded; the next signing makes a new
        version."""
        self.require(SIGN_ROLES, "musyawarah.unlock")
        reason = (reason or "").strip()
        if not reason:
            raise SiksError("reason_required", "Alasan revisi Berita Acara wajib diisi.")
        with self.ctx.uow() as s:
            m = _load(s, musyawarah_id)
            if m.locked_at is None:
                raise SiksError("not_locked", "Musyawarah ini belum ditandatangani; tidak perlu dibuka revisi.")
            now = utcnow()
            for d in m.dokumen:
                if not d.superseded:
                    d.superseded, d.superseded_at, d.superseded_reason = True, now, reason
            m.status, m.locked_at = STATUS_DRAF, None
            audit.append(s, username=self.actor.username, action="musyawarah.unlock", entity="musyawarah",
                         entity_id=m.id, changes={"status": (STATUS_SIGNED, STATUS_DRAF)}, reason=reason)
            s.flush()
            return _dto(m)


__all__ = [
    "JENIS",
    "KEPUTUSAN",
    "TIMING",
    "UNSUR",
    "BaDocumentDTO",
    "HouseholdIndicators",
    "KeputusanDTO",
    "MusyawarahDTO",
    "MusyawarahInput",
    "MusyawarahService",
    "MusyawarahSummary",
    "PesertaDTO",
]


# ------------------------------------------------------------------------------------------------------------- demo
_DEMO_PESERTA = (
    ("sekel", "Dra. Endang Kusumawati", "Sekretaris Kelurahan", False),
    ("kasi_kesos", "Hendra Gunawan, S.E.", "Kasi Kesejahteraan Sosial", False),
    ("lmk", "H. Abdul Rachman", "Ketua LMK", True),
    ("ketua_rw", "Bambang Setiawan", "Ketua RW 001", False),
    ("ketua_rw", "Slamet Riyadi", "Ketua RW 002", False),
    ("ketua_rw", "Yanti Kurniawati", "Ketua RW 003", False),
    ("ketua_rt", "Joko Pratama", "Ketua RT 001/RW 001", False),
    ("ketua_rt", "Fitri Handayani", "Ketua RT 002/RW 002", False),
    ("tksk", "Yusuf Maulana", "TKSK Kecamatan", False),
    ("psm_pkh", "Rina Wulandari", "Pendamping PKH", False),
    ("psm_pkh", "Dedi Hakim", "PSM Kelurahan", False),
    ("tokoh", "Ustaz Hasanuddin", "Tokoh Agama", False),
    ("tokoh", "Maria Simanjuntak", "Tokoh Perempuan", False),
    ("lainnya", "Siti Aminah", "Operator SIKS Kelurahan", False),
)


def create_demo_musyawarah(services: Any, *, households: int = 40) -> MusyawarahDTO | None:
    """One finished Muskel for ``siks demo``: held after the tahap 1 verval, participants of every unsur (one absent),
    decisions for about ``households`` households with a mix of keputusan and reasons. Not signed: signing needs a
    certificate the user makes with ``siks pki``. Returns None when the database has no households."""
    from ..dto import HouseholdQuery

    kel = services.settings.kelurahan()
    tahap = next((t for t in services.settings.tahap_list() if t.nomor == 1), None)
    rows = services.households.search(HouseholdQuery(), limit=1000, with_total=False).items
    if kel is None or not rows:
        return None
    tanggal = tahap.pengolahan_hasil if tahap and tahap.pengolahan_hasil else dt.date(2023, 7, 31)
    svc: MusyawarahService = services.musyawarah
    m = svc.create(MusyawarahInput(
        tanggal=tanggal, tempat=f"Aula Kantor Kelurahan {kel.kelurahan_name}",
        pimpinan_nama="Budi Santoso, S.Sos", pimpinan_jabatan=f"Lurah {kel.kelurahan_name}",
        pimpinan_nip="19780512 200312 1 004", notulen_nama="Siti Aminah", notulen_jabatan="Operator SIKS Kelurahan",
        jenis="muskel", timing="sesudah_verval", waktu_mulai="09.00", waktu_selesai="12.00",
        tahap_id=tahap.id if tahap else None))
    peserta = [PesertaDTO("Budi Santoso, S.Sos", "lurah", f"Lurah {kel.kelurahan_name}")]
    peserta += [PesertaDTO(nama, unsur, jabatan, hadir=(nama != "Maria Simanjuntak"), wakil=wakil)
                for unsur, nama, jabatan, wakil in _DEMO_PESERTA]
    svc.set_participants(m.id, peserta)

    # A spread over the verval outcomes: found households decided by the meeting, missing ones sent back to verval,
    # moved/duplicate ones proposed for removal, new proposals judged like found ones.
    wanted = {1: int(households * 0.7), 7: max(1, households // 10), None: max(1, households // 20),
              2: max(1, households // 20), 3: max(1, households // 20), 5: max(1, households // 20)}
    decisions: list[KeputusanDTO] = []
    for row in rows:
        st = row.status_verval if row.status_verval in wanted else None
        if wanted.get(st, 0) <= 0:
            continue
        wanted[st] -= 1
        if st in (1, 7):
            summary = svc.indicators(row.id).summary
            k262, bps = summary[eligibility.KEPMENSOS_262].met, summary[eligibility.BPS_14].met
            if k262 >= 2 or (k262 >= 1 and bps >= 2):
                decisions.append(KeputusanDTO(row.id, LAYAK, f"Memenuhi {k262} indikator Kepmensos 262/HUK/2022 "
                                                              f"dan {bps} kriteria BPS"))
            else:
                decisions.append(KeputusanDTO(row.id, TIDAK_LAYAK, "Rumah layak huni, KRT bekerja tetap dan "
                                                                   "memiliki kendaraan bermotor"))
        elif st in (None, 2):
            decisions.append(KeputusanDTO(row.id, VERVAL_ULANG, "Belum ditemui petugas; kunjungan ulang"))
        else:
            decisions.append(KeputusanDTO(row.id, USULAN_HAPUS, "Pindah domisili ke luar kelurahan" if st == 3
                                          else "Data ganda dengan rumah tangga lain"))
        if len(decisions) >= households:
            break
    return svc.set_decisions(m.id, decisions)
