"""Kecamatan and kota level over the central store (SQLite at a kecamatan office, PostgreSQL at the kota/Dinsos):

* :func:`consolidate` — per tahap, per kecamatan and kelurahan: ruta, keluarga and jiwa by verval status and by
  musyawarah decision; the bundles each kelurahan sent (sequence, date); its Berita Acara (present, signature valid
  against the CA); and the kelurahan of the wilayah that sent nothing;
* :func:`sign_pengesahan` — the Surat Pengesahan of the Walikota/Bupati: refused while any kelurahan in it lacks a
  validly signed BA; the numbers come from the store at signing time and are recorded (``surat_pengesahan``) with the
  letter's sha256, so the letter and the data can be checked against each other later;
* :func:`build_submission` — the SIKS-NG package: ``ruta.csv``/``art.csv`` (+ ``.xlsx``) in the BDT/DTKS column layout
  with the official codes, every BA, the Surat Pengesahan and ``manifest.json`` with the sha256 of each file.

Messages name kelurahan (public), never people.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import reference
from ..db.models import Anggota, Keluarga, Ruta, Setting, Tahap, Wilayah, utcnow
from ..db.models_central import CentralBundle
from ..db.models_musyawarah import BeritaAcaraDokumen, Musyawarah, MusyawarahKeputusan
from ..db.models_pengesahan import SuratPengesahan
from ..db.uow import UnitOfWorkFactory
from ..domain.codelists import CODELIST_VERSION, codelist, yes_no_code
from ..domain.instrument import ART_VARS, RUTA_VARS, Variable
from ..errors import SiksError

__all__ = [
    "ROMAWI",
    "SETTING_ALAMAT",
    "SETTING_NIP",
    "SETTING_PENANDATANGAN",
    "BaInfo",
    "BundleInfo",
    "KelurahanRekap",
    "KotaService",
    "PengesahanResult",
    "Rekap",
    "SubmissionResult",
    "build_submission",
    "consolidate",
    "list_pengesahan",
    "sign_pengesahan",
]

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}
SETTING_PENANDATANGAN = "pengesahan.penandatangan"  # walikota / kasudin
SETTING_NIP = "pengesahan.nip"
SETTING_ALAMAT = "pengesahan.alamat_kop"
SIGNED = "ditandatangani"


# ------------------------------------------------------------------------------------------------------------ view
@dataclass(frozen=True)
class BundleInfo:
    bundle_id: str
    sequence: int
    status: str  # imported / held
    created_at: str
    imported_at: str | None
    signer: str


@dataclass(frozen=True)
class BaInfo:
    doc_id: str
    nomor: str
    version: int
    musyawarah_tanggal: str
    sha256: str
    signer: str
    signed_at: str
    valid: bool | None  # None when no CA was given
    problem: str | None = None  # why not valid (code)


@dataclass
class KelurahanRekap:
    kode: str
    nama: str
    kecamatan_kode: str
    kecamatan_nama: str
    ruta: int = 0
    keluarga: int = 0
    jiwa: int = 0
    status: dict[int, int] = field(default_factory=dict)  # status_verval code (0 = belum) → ruta
    keputusan: dict[int, int] = field(default_factory=dict)  # keputusan_musyawarah code (0 = belum) → ruta
    status_jiwa: dict[int, int] = field(default_factory=dict)
    keputusan_jiwa: dict[int, int] = field(default_factory=dict)
    bundles: list[BundleInfo] = field(default_factory=list)
    berita_acara: list[BaInfo] = field(default_factory=list)

    @property
    def ba_present(self) -> bool:
        return bool(self.berita_acara)

    @property
    def ba_valid(self) -> bool | None:
        if not self.berita_acara:
            return False
        verdicts = [b.valid for b in self.berita_acara]
        if any(v is None for v in verdicts):
            return None
        return any(verdicts)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["status"] = {str(k): v for k, v in sorted(self.status.items())}
        d["keputusan"] = {str(k): v for k, v in sorted(self.keputusan.items())}
        d["status_jiwa"] = {str(k): v for k, v in sorted(self.status_jiwa.items())}
        d["keputusan_jiwa"] = {str(k): v for k, v in sorted(self.keputusan_jiwa.items())}
        d["ba_present"], d["ba_valid"] = self.ba_present, self.ba_valid
        d["last_sequence"] = max((b.sequence for b in self.bundles if b.status == "imported"), default=0)
        return d

    def counts(self) -> dict[str, Any]:
        """What the Surat Pengesahan states for this kelurahan (recorded as JSON at signing time)."""
        return {"ruta": self.ruta, "keluarga": self.keluarga, "jiwa": self.jiwa,
                "status": {str(k): v for k, v in sorted(self.status.items())},
                "keputusan": {str(k): v for k, v in sorted(self.keputusan.items())}}


@dataclass
class Rekap:
    tahun: int
    tahap: int
    tahap_nama: str
    wilayah_kode: str
    wilayah_nama: str
    kelurahan: list[KelurahanRekap]
    missing: list[dict[str, str]]  # kelurahan of the wilayah with no bundle and no data

    def totals(self) -> dict[str, Any]:
        t: dict[str, Any] = {"ruta": 0, "keluarga": 0, "jiwa": 0, "status": Counter(), "keputusan": Counter()}
        for k in self.kelurahan:
            t["ruta"] += k.ruta
            t["keluarga"] += k.keluarga
            t["jiwa"] += k.jiwa
            t["status"].update(k.status)
            t["keputusan"].update(k.keputusan)
        t["status"] = {str(k): v for k, v in sorted(t["status"].items())}
        t["keputusan"] = {str(k): v for k, v in sorted(t["keputusan"].items())}
        return t

    def as_json(self) -> dict[str, Any]:
        return {"tahun": self.tahun, "tahap": self.tahap, "tahap_nama": self.tahap_nama,
                "wilayah_kode": self.wilayah_kode, "wilayah_nama": self.wilayah_nama,
                "kelurahan": [k.as_json() for k in self.kelurahan], "missing": self.missing,
                "totals": self.totals()}


def _tahap(s: Session, nomor: int, tahun: int | None) -> Tahap:
    q = select(Tahap).where(Tahap.nomor == nomor)
    if tahun is not None:
        q = q.where(Tahap.tahun == tahun)
    rows = list(s.scalars(q.order_by(Tahap.tahun.desc())))
    if not rows:
        raise SiksError("tahap_not_found", "Tahap tidak ditemukan dalam penyimpanan pusat.", tahap=nomor, tahun=tahun)
    if tahun is None and len(rows) > 1:  # the latest year that holds data for this tahap
        with_data = {tid for (tid,) in s.execute(select(Ruta.tahap_id).where(
            Ruta.tahap_id.in_([t.id for t in rows])).distinct())}
        for t in rows:
            if t.id in with_data:
                return t
    return rows[0]


def _region_name(kode: str) -> str:
    try:
        return reference.region(kode).nama
    except Exception:  # noqa: BLE001 - a code outside the shipped reference: show the code
        return kode


def _scope(s: Session, wilayah: str | None) -> tuple[str, str]:
    """Dotted Kemendagri code and name of the wilayah (kota/kabupaten or kecamatan); default: the one kota whose
    kelurahan are in the store."""
    if wilayah:
        code = reference.normalize_code(wilayah)
        region = reference.region(code)
        if region.tingkat not in ("kabkota", "kecamatan"):
            raise SiksError("wilayah_level", "Wilayah harus kota/kabupaten atau kecamatan.", wilayah=code)
        return code, region.nama
    kels = {k for (k,) in s.execute(select(Ruta.kelurahan_kode).distinct())}
    kels |= {k for (k,) in s.execute(select(CentralBundle.kelurahan_kode).distinct())}
    kota = sorted({".".join(reference.normalize_code(k).split(".")[:2]) for k in kels})
    if not kota:
        raise SiksError("store_empty", "Penyimpanan pusat belum berisi data kelurahan mana pun.")
    if len(kota) > 1:
        raise SiksError("wilayah_required", "Penyimpanan pusat berisi data lebih dari satu kota/kabupaten: "
                                            "sebutkan --wilayah.", kota=kota)
    return kota[0], _region_name(kota[0])


def _in_scope(col, prefix: str):  # type: ignore[no-untyped-def]
    return col.like(prefix + ".%")


def _verify_ba(pdf: bytes, kel: str, ca: Any, cache: dict[str, tuple[bool, str | None]]) -> tuple[bool, str | None]:
    """A BA is valid when every signature is intact and trusted by the CA and one is by a Lurah of this kelurahan."""
    from ..io.signing import verify_pdf

    sha = hashlib.sha256(pdf).hexdigest()
    if sha in cache:
        return cache[sha]
    with tempfile.TemporaryDirectory(prefix="siks-ba-check-") as td:
        p = Path(td) / "ba.pdf"
        p.write_bytes(pdf)
        try:
            verdict = verify_pdf(p, ca)
        except SiksError as exc:
            cache[sha] = (False, exc.code)
            return cache[sha]
    plain = kel.replace(".", "")
    if not verdict.signatures:
        out: tuple[bool, str | None] = (False, "unsigned")
    elif not verdict.valid:
        out = (False, "signature_invalid")
    elif not any(v.role == "lurah" and v.kelurahan_code == plain for v in verdict.signatures):
        out = (False, "not_signed_by_lurah")
    else:
        out = (True, None)
    cache[sha] = out
    return out


def _consolidate(s: Session, *, tahap: int, tahun: int | None = None, wilayah: str | None = None,
                 ca: Any = None) -> Rekap:
    t = _tahap(s, tahap, tahun)
    scope, scope_name = _scope(s, wilayah)
    rekap: dict[str, KelurahanRekap] = {}

    def kel(code: str) -> KelurahanRekap:
        if code not in rekap:
            parts = code.split(".")
            kec = ".".join(parts[:3])
            rekap[code] = KelurahanRekap(code, _region_name(code), kec, _region_name(kec))
        return rekap[code]

    in_tahap = (Ruta.tahap_id == t.id, _in_scope(Ruta.kelurahan_kode, scope))
    for code, status, n in s.execute(select(Ruta.kelurahan_kode, Ruta.status_verval, func.count())
                                     .where(*in_tahap).group_by(Ruta.kelurahan_kode, Ruta.status_verval)):
        k = kel(code)
        k.ruta += n
        k.status[status or 0] = k.status.get(status or 0, 0) + n
    for code, n in s.execute(select(Ruta.kelurahan_kode, func.count(Keluarga.id))
                             .join(Keluarga, Keluarga.ruta_id == Ruta.id).where(*in_tahap)
                             .group_by(Ruta.kelurahan_kode)):
        kel(code).keluarga = n
    jiwa_by_ruta: dict[int, int] = {}
    for code, rid, status, n in s.execute(select(Ruta.kelurahan_kode, Ruta.id, Ruta.status_verval,
                                                 func.count(Anggota.id))
                                          .join(Anggota, Anggota.ruta_id == Ruta.id).where(*in_tahap)
                                          .group_by(Ruta.kelurahan_kode, Ruta.id, Ruta.status_verval)):
        k = kel(code)
        k.jiwa += n
        k.status_jiwa[status or 0] = k.status_jiwa.get(status or 0, 0) + n
        jiwa_by_ruta[rid] = n
    # the latest decision per household from the kelurahan's musyawarah of this tahap
    latest: dict[int, tuple[str, int]] = {}
    for code, rid, keputusan in s.execute(
            select(Ruta.kelurahan_kode, MusyawarahKeputusan.ruta_id, MusyawarahKeputusan.keputusan)
            .join(Musyawarah, Musyawarah.id == MusyawarahKeputusan.musyawarah_id)
            .join(Ruta, Ruta.id == MusyawarahKeputusan.ruta_id)
            .where(*in_tahap, (Musyawarah.tahap_id == t.id) | (Musyawarah.tahap_id.is_(None)))
            .order_by(Musyawarah.tanggal, Musyawarah.id)):
        latest[rid] = (code, keputusan)
    decided: Counter[str] = Counter()
    for rid, (code, keputusan) in latest.items():
        k = kel(code)
        k.keputusan[keputusan] = k.keputusan.get(keputusan, 0) + 1
        k.keputusan_jiwa[keputusan] = k.keputusan_jiwa.get(keputusan, 0) + jiwa_by_ruta.get(rid, 0)
        decided[code] += 1
    for k in rekap.values():
        if k.ruta - decided[k.kode] > 0:
            k.keputusan[0] = k.ruta - decided[k.kode]
    for b in s.scalars(select(CentralBundle).where(_in_scope(CentralBundle.kelurahan_kode, scope))
                       .order_by(CentralBundle.kelurahan_kode, CentralBundle.sequence)):
        kel(b.kelurahan_kode).bundles.append(BundleInfo(
            b.bundle_id, b.sequence, b.status, b.created_at,
            b.imported_at.isoformat() if b.imported_at else None, b.signer))
    cache: dict[str, tuple[bool, str | None]] = {}
    for doc, m in s.execute(select(BeritaAcaraDokumen, Musyawarah)
                            .join(Musyawarah, Musyawarah.id == BeritaAcaraDokumen.musyawarah_id)
                            .where(_in_scope(Musyawarah.kelurahan_kode, scope),
                                   (Musyawarah.tahap_id == t.id) | (Musyawarah.tahap_id.is_(None)),
                                   BeritaAcaraDokumen.superseded.is_(False))
                            .order_by(Musyawarah.tanggal, BeritaAcaraDokumen.version)):
        valid, problem = (None, None) if ca is None else _verify_ba(doc.pdf, m.kelurahan_kode, ca, cache)
        kel(m.kelurahan_kode).berita_acara.append(BaInfo(
            doc.doc_id, m.nomor_ba, doc.version, m.tanggal.isoformat(), doc.sha256, doc.signer_nama,
            doc.signed_at.isoformat(), valid, problem))
    # kelurahan of the wilayah that sent nothing: from the wilayah table, else the shipped reference
    known = [(w.kode, w.nama, w.induk) for w in s.scalars(select(Wilayah).where(
        Wilayah.tingkat == "kelurahan", _in_scope(Wilayah.kode, scope)))]
    if not known:
        known = [(r.kode, r.nama, r.induk) for r in reference.all_regions()
                 if r.tingkat == "kelurahan" and r.kode.startswith(scope + ".")]
    missing = [{"kode": code, "nama": nama, "kecamatan_kode": induk or "", "kecamatan_nama": _region_name(induk or "")}
               for code, nama, induk in sorted(known) if code not in rekap]
    ordered = sorted(rekap.values(), key=lambda k: (k.kecamatan_nama, k.nama, k.kode))
    return Rekap(t.tahun, t.nomor, t.nama, scope, scope_name, ordered, missing)


def consolidate(uow: UnitOfWorkFactory, *, tahap: int, tahun: int | None = None, wilayah: str | None = None,
                ca: Any = None) -> Rekap:
    """The consolidated view (read only). ``ca`` (certificate or PEM path) makes each BA's signature checked."""
    from ..io import pki

    if ca is not None and not hasattr(ca, "public_bytes"):
        ca = pki.load_cert(ca)
    with uow.read() as s:
        return _consolidate(s, tahap=tahap, tahun=tahun, wilayah=wilayah, ca=ca)


# ------------------------------------------------------------------------------------------------------ pengesahan
@dataclass(frozen=True)
class PengesahanResult:
    id: int
    path: Path
    nomor: str
    pages: int
    sha256: str
    counts_sha256: str
    kelurahan: int
    totals: dict[str, Any]


def _canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _counts_of(rekap: Rekap) -> dict[str, Any]:
    return {k.kode: k.counts() for k in rekap.kelurahan}


def _require_valid_ba(rekap: Rekap, only: Sequence[str] | None) -> list[KelurahanRekap]:
    chosen = rekap.kelurahan
    if only:
        want = {reference.normalize_code(c) for c in only}
        chosen = [k for k in chosen if k.kode in want]
        unknown = want - {k.kode for k in chosen}
        if unknown:
            names = ", ".join(_region_name(c) for c in sorted(unknown))
            raise SiksError("kelurahan_no_data", f"Kelurahan {names} tidak memiliki data tahap ini di penyimpanan "
                                                 "pusat.", kelurahan=sorted(unknown))
    chosen = [k for k in chosen if k.ruta]
    if not chosen:
        raise SiksError("nothing_to_endorse", "Tidak ada data kelurahan untuk tahap ini di penyimpanan pusat.")
    bad = [k for k in chosen if k.ba_valid is not True]
    if bad:
        names = ", ".join(f"{k.nama} (Kec. {k.kecamatan_nama})" for k in bad)
        raise SiksError("ba_not_valid",
                        f"Surat Pengesahan tidak dapat dibuat: Berita Acara Musyawarah Kelurahan {names} belum ada "
                        "atau tanda tangan elektroniknya tidak sah.",
                        kelurahan=[k.kode for k in bad],
                        reasons={k.kode: ([b.problem for b in k.berita_acara] or ["missing"]) for k in bad})
    return chosen


def _setting(s: Session, key: str) -> str | None:
    row = s.get(Setting, key)
    return row.value if row else None


def _kop(wilayah_kode: str, wilayah_nama: str) -> tuple[str, str, str]:
    """(kop provinsi line, kop instansi line, pemda) of the kota/kabupaten."""
    kota_kode = ".".join(wilayah_kode.split(".")[:2])
    kota = _region_name(kota_kode)
    prov = _region_name(kota_kode.split(".")[0])
    if kota_kode.startswith("31"):
        return ("PEMERINTAH PROVINSI " + prov.upper(), kota.upper(), f"Pemerintah {kota}")
    return ("", f"PEMERINTAH {kota.upper()}", f"Pemerintah {kota}")


def sign_pengesahan(uow: UnitOfWorkFactory, *, tahap: int, out_path: str | Path, p12_path: str | Path,
                    passphrase: bytes, ca: Any = None, tahun: int | None = None, wilayah: str | None = None,
                    kelurahan: Sequence[str] | None = None, penandatangan: str | None = None,
                    nip: str | None = None, nomor: str | None = None, paraf_p12: str | Path | None = None,
                    paraf_passphrase: bytes | None = None, paper: str = "A4", actor: str = "system",
                    today: dt.date | None = None, alamat_kop: str | None = None) -> PengesahanResult:
    """Render, (initial by the camat,) sign by the walikota, record. All or nothing: the file appears and the row is
    written only after both signatures succeeded and the store still holds the numbers the letter states."""
    from ..io import pki
    from ..io.documents import surat_pengesahan as SP
    from ..io.documents.engine import format_nomor
    from ..io.signing import sign_pdf

    key, cert, chain = pki.load_p12(p12_path, passphrase)
    ident = pki.read_identity(cert)
    if ca is None:  # the CA that issued the signer's certificate (it travels in the PKCS#12)
        roots = [c for c in chain if c.subject == c.issuer]
        if not roots:
            raise SiksError("ca_required", "Sertifikat CA diperlukan untuk memeriksa Berita Acara: --ca CA.pem.")
        ca = roots[0]
    elif not hasattr(ca, "public_bytes"):
        ca = pki.load_cert(ca)
    today = today or dt.date.today()
    with uow.read() as s:
        rekap = _consolidate(s, tahap=tahap, tahun=tahun, wilayah=wilayah, ca=ca)
        penandatangan = penandatangan or _setting(s, SETTING_PENANDATANGAN) or "walikota"
        nip = nip if nip is not None else _setting(s, SETTING_NIP)
        alamat_kop = alamat_kop if alamat_kop is not None else (_setting(s, SETTING_ALAMAT) or "")
        seq = (s.scalar(select(func.count()).select_from(SuratPengesahan)
                        .where(SuratPengesahan.tanggal >= dt.datetime(today.year, 1, 1),
                               SuratPengesahan.tanggal < dt.datetime(today.year + 1, 1, 1))) or 0) + 1
    if penandatangan not in ("walikota", "kasudin"):
        raise SiksError("invalid_signer", "Penandatangan harus walikota atau kasudin.")
    allowed = ("walikota",) if penandatangan == "walikota" else ("walikota", "dinsos")
    if ident.role not in allowed:
        raise SiksError("wrong_signer_role", "Surat Pengesahan harus ditandatangani dengan sertifikat Walikota"
                        + (" (atau Dinas Sosial atas nama Walikota)." if penandatangan == "kasudin" else "."),
                        role=ident.role)
    paraf_ident = None
    if paraf_p12 is not None:
        _pk, paraf_cert, _pc = pki.load_p12(paraf_p12, paraf_passphrase or b"")
        paraf_ident = pki.read_identity(paraf_cert)
        if paraf_ident.role != "camat":
            raise SiksError("wrong_paraf_role", "Paraf harus dengan sertifikat Camat.", role=paraf_ident.role)
    chosen = _require_valid_ba(rekap, kelurahan)
    counts = {k.kode: k.counts() for k in chosen}
    counts_sha = hashlib.sha256(_canonical(counts).encode()).hexdigest()
    rows = []
    for k in chosen:
        st, kp = k.status, k.keputusan
        rows.append(SP.RecapRow(
            kecamatan=k.kecamatan_nama, kelurahan=k.nama, ruta=k.ruta, keluarga=k.keluarga, jiwa=k.jiwa,
            ditemukan=st.get(1, 0), tidak_ditemukan=st.get(2, 0), pindah=st.get(3, 0), usulan_baru=st.get(7, 0),
            lainnya=sum(v for c, v in st.items() if c not in (1, 2, 3, 7)),
            layak=kp.get(1, 0), tidak_layak=kp.get(2, 0), verval_ulang=kp.get(3, 0), usulan_hapus=kp.get(4, 0),
            nomor_ba="; ".join(dict.fromkeys(b.nomor for b in k.berita_acara if b.valid))))
    kop_prov, kop_inst, pemda = _kop(rekap.wilayah_kode, rekap.wilayah_nama)
    kota_kode = ".".join(rekap.wilayah_kode.split(".")[:2])
    kota_nama = _region_name(kota_kode)
    wilayah_text = kota_nama if kota_kode == rekap.wilayah_kode else \
        f"Kecamatan {rekap.wilayah_nama} {kota_nama}"
    nomor = nomor or format_nomor(seq, tahun=today.year, klasifikasi="400.9.3", kode="SP-DTKS")
    doc_id = f"SP-{rekap.wilayah_kode.replace('.', '')}-{rekap.tahun}T{rekap.tahap}-{uuid.uuid4().hex[:8]}"
    paraf = ()
    if paraf_ident is not None:
        kec_names = sorted({k.kecamatan_nama for k in chosen})
        paraf = (f"Camat {kec_names[0]}" if len(kec_names) == 1 else "Camat",)
    data = SP.SuratPengesahanData(
        doc_id=doc_id, nomor=nomor, tanggal=today, tahap=f"Tahap {ROMAWI.get(rekap.tahap, rekap.tahap)} Tahun "
                                                         f"{rekap.tahun}",
        wilayah=wilayah_text, rows=tuple(rows), signer_nama=ident.name,
        signer_jabatan=SP.signer_heading(penandatangan, kota_nama), signer_nip=nip or None, pemda=pemda,
        kop_provinsi=kop_prov, kop_instansi=kop_inst, kop_alamat=alamat_kop, paraf=paraf, paper=paper,
        gubernur=("Gubernur " + _region_name(kota_kode.split(".")[0])))
    out = Path(out_path)
    with tempfile.TemporaryDirectory(prefix="siks-sp-") as td:
        rendered = SP.render_surat_pengesahan(data, Path(td) / "sp.pdf")
        current = rendered.path
        if paraf_ident is not None:
            paraf_out = Path(td) / "sp-paraf.pdf"
            sign_pdf(current, paraf_out, paraf_p12, paraf_passphrase or b"", field_name="Paraf_Camat",
                     box=rendered.signature_boxes["paraf_1"], reason=f"Paraf Surat Pengesahan {nomor}",
                     location=paraf[0], doc_id=doc_id)
            current = paraf_out
        signed = Path(td) / "sp-signed.pdf"
        res = sign_pdf(current, signed, p12_path, passphrase, field_name="TTD_Walikota",
                       box=rendered.signature_boxes["penandatangan"],
                       reason=f"Mengesahkan hasil verifikasi dan validasi DTKS, Surat {nomor}",
                       location=kota_nama, doc_id=doc_id)
        pdf = signed.read_bytes()
    totals = {"ruta": sum(r.ruta for r in rows), "keluarga": sum(r.keluarga for r in rows),
              "jiwa": sum(r.jiwa for r in rows), "kelurahan": len(rows)}
    with uow() as s:
        # the numbers must still be those in the letter (another import may have run meanwhile)
        again = _consolidate(s, tahap=tahap, tahun=rekap.tahun, wilayah=rekap.wilayah_kode, ca=None)
        now_counts = {k.kode: k.counts() for k in again.kelurahan if k.kode in counts}
        if _canonical(now_counts) != _canonical(counts):
            raise SiksError("store_changed", "Data di penyimpanan pusat berubah selama penandatanganan; ulangi.")
        row = SuratPengesahan(
            doc_id=doc_id, tahun=rekap.tahun, tahap_nomor=rekap.tahap, wilayah_kode=rekap.wilayah_kode, nomor=nomor,
            tanggal=dt.datetime(today.year, today.month, today.day), counts=_canonical(counts),
            totals=_canonical(totals), counts_sha256=counts_sha, pdf=pdf, sha256=res.sha256,
            body_sha256=res.body_sha256, pages=rendered.pages, penandatangan=penandatangan,
            signer_nama=ident.name, signer_jabatan=" ".join(data.signer_jabatan).rstrip(","),
            signer_role=ident.role, signer_fingerprint=ident.fingerprint,
            paraf_nama=paraf_ident.name if paraf_ident else None,
            paraf_fingerprint=paraf_ident.fingerprint if paraf_ident else None, signed_at=utcnow(),
            signed_by=actor)
        s.add(row)
        s.flush()
        row_id = row.id
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_bytes(pdf)
        os.replace(tmp, out)
    return PengesahanResult(row_id, out, nomor, rendered.pages, res.sha256, counts_sha, len(rows), totals)


def list_pengesahan(uow: UnitOfWorkFactory, *, tahap: int | None = None, tahun: int | None = None) -> list[dict]:
    with uow.read() as s:
        q = select(SuratPengesahan).order_by(SuratPengesahan.id)
        if tahap is not None:
            q = q.where(SuratPengesahan.tahap_nomor == tahap)
        if tahun is not None:
            q = q.where(SuratPengesahan.tahun == tahun)
        return [{"id": r.id, "nomor": r.nomor, "tahun": r.tahun, "tahap": r.tahap_nomor, "wilayah": r.wilayah_kode,
                 "tanggal": r.tanggal.date().isoformat(), "sha256": r.sha256, "counts_sha256": r.counts_sha256,
                 "signer": r.signer_nama, "penandatangan": r.penandatangan, "paraf": r.paraf_nama,
                 "totals": json.loads(r.totals), "counts": json.loads(r.counts)} for r in s.scalars(q)]


# ------------------------------------------------------------------------------------------------------ submission
@dataclass(frozen=True)
class SubmissionResult:
    out_dir: Path
    files: list[dict[str, Any]]
    households: int
    members: int
    pengesahan_nomor: str


def _bps_parts(kelurahan_kode: str) -> tuple[str, str, str, str]:
    bps = reference.kemendagri_to_bps(kelurahan_kode)
    if not bps or len(bps) != 10:
        raise SiksError("bps_code_missing", f"Kode BPS kelurahan {_region_name(kelurahan_kode)} tidak ada dalam "
                                            "tabel padanan Kemendagri–BPS.", kelurahan=kelurahan_kode)
    return bps[:2], bps[2:4], bps[4:7], bps[7:]


def _official(v: Variable, value: Any) -> str:
    """A value as written in the BDT/DTKS file: codes zero-padded, Ya/Tidak by the item's 1/2 or 3/4 pair."""
    if value is None:
        return ""
    if v.kind == "yesno":
        return str(yes_no_code(bool(value), v.pair or (1, 2)))
    if v.kind == "code" and v.codelist:
        return codelist(v.codelist).format(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


REGION_COLUMNS = ("KDPROP", "KDKAB", "KDKEC", "KDDESA")
_RUTA_DATA = [v for v in RUTA_VARS if v.bdt and v.name != "kelurahan_kode"]
_ART_DATA = [v for v in ART_VARS if v.bdt]
RUTA_COLUMNS = ("IDBDT", *REGION_COLUMNS, *(v.bdt for v in _RUTA_DATA), "ID_SIKS", "Keputusan_Musyawarah")
ART_COLUMNS = ("IDBDT", "IDARTBDT", *REGION_COLUMNS, *(v.bdt for v in _ART_DATA), "NoKK", "ID_SIKS",
               "ID_SIKS_RUTA")
TEXT_COLUMNS = frozenset({"IDBDT", "IDARTBDT", "NIK", "NoKK", *REGION_COLUMNS, "ID_SIKS", "ID_SIKS_RUTA"})


def _sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _write_table(base: Path, columns: Sequence[str], rows: Iterable[Sequence[str]], sheet: str) -> list[Path]:
    """CSV (UTF-8, every value as text) and an .xlsx whose cells are text (NIK/KK never become numbers)."""
    from openpyxl import Workbook

    rows = list(rows)
    csv_path = base.with_suffix(".csv")
    with open(csv_path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        w.writerow(columns)
        w.writerows(rows)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.append(list(columns))
    for r in rows:  # every cell text: codes keep their padding ("03"), NIK/KK never become numbers
        ws.append(list(r))
    xlsx_path = base.with_suffix(".xlsx")
    wb.save(xlsx_path)
    return [csv_path, xlsx_path]


@dataclass(frozen=True)
class _TahapKey:
    id: int
    tahun: int
    nomor: int


def build_submission(uow: UnitOfWorkFactory, *, tahap: int, out_dir: str | Path, tahun: int | None = None,
                     wilayah: str | None = None) -> SubmissionResult:
    """Write the SIKS-NG package of the latest Surat Pengesahan of this tahap and wilayah into ``out_dir`` (created;
    written beside it and renamed at the end, so a failure leaves nothing). Refused when no letter is recorded, or
    when the store's numbers differ from those the letter states."""
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise SiksError("out_not_empty", "Folder tujuan sudah berisi berkas; pilih folder baru.")
    with uow.read() as s:
        t_obj = _tahap(s, tahap, tahun)
        t = _TahapKey(t_obj.id, t_obj.tahun, t_obj.nomor)
        scope, _name = _scope(s, wilayah)
        letter = s.scalar(select(SuratPengesahan).where(
            SuratPengesahan.tahun == t.tahun, SuratPengesahan.tahap_nomor == t.nomor,
            SuratPengesahan.wilayah_kode == scope).order_by(SuratPengesahan.id.desc()).limit(1))
        if letter is None:
            raise SiksError("pengesahan_missing", "Belum ada Surat Pengesahan yang ditandatangani untuk tahap dan "
                                                  "wilayah ini: jalankan dulu central pengesahan.")
        stated = json.loads(letter.counts)
        rekap = _consolidate(s, tahap=t.nomor, tahun=t.tahun, wilayah=scope, ca=None)
        now = {k.kode: k.counts() for k in rekap.kelurahan if k.kode in stated}
        if _canonical(now) != _canonical(stated):
            changed = sorted(c for c in stated if now.get(c) != stated[c])
            names = ", ".join(_region_name(c) for c in changed)
            raise SiksError("data_changed", f"Data kelurahan {names} berubah sejak Surat Pengesahan Nomor "
                                            f"{letter.nomor} ditandatangani; buat Surat Pengesahan baru.",
                            kelurahan=changed)
        kels = sorted(stated)
        latest_dec: dict[int, int] = {}
        for rid, keputusan in s.execute(
                select(MusyawarahKeputusan.ruta_id, MusyawarahKeputusan.keputusan)
                .join(Musyawarah, Musyawarah.id == MusyawarahKeputusan.musyawarah_id)
                .join(Ruta, Ruta.id == MusyawarahKeputusan.ruta_id)
                .where(Ruta.tahap_id == t.id, Ruta.kelurahan_kode.in_(kels))
                .order_by(Musyawarah.tanggal, Musyawarah.id)):
            latest_dec[rid] = keputusan
        ruta_rows: list[list[str]] = []
        art_rows: list[list[str]] = []
        idbdt_of: dict[int, tuple[str, str]] = {}
        regions = {k: _bps_parts(k) for k in kels}
        kep = codelist("keputusan_musyawarah")
        for r in s.scalars(select(Ruta).where(Ruta.tahap_id == t.id, Ruta.kelurahan_kode.in_(kels))
                           .order_by(Ruta.kelurahan_kode, Ruta.id)):
            idbdt_of[r.id] = (r.idbdt or "", r.uid)
            dec = latest_dec.get(r.id)
            ruta_rows.append([r.idbdt or "", *regions[r.kelurahan_kode],
                              *(_official(v, getattr(r, v.name)) for v in _RUTA_DATA), r.uid,
                              kep.format(dec) if dec else ""])
        kk_of = {k.id: k for k in s.scalars(select(Keluarga).join(Ruta, Keluarga.ruta_id == Ruta.id)
                                            .where(Ruta.tahap_id == t.id, Ruta.kelurahan_kode.in_(kels)))}
        for a, kel_code in s.execute(select(Anggota, Ruta.kelurahan_kode).join(Ruta, Anggota.ruta_id == Ruta.id)
                                     .where(Ruta.tahap_id == t.id, Ruta.kelurahan_kode.in_(kels))
                                     .order_by(Ruta.kelurahan_kode, Ruta.id, Anggota.no_urut)):
            kk = kk_of.get(a.keluarga_id) if a.keluarga_id else None
            vals = []
            for v in _ART_DATA:
                if v.stored_as == "keluarga.nomor_urut":
                    vals.append(str(kk.nomor_urut) if kk else "")
                else:
                    vals.append(_official(v, getattr(a, v.name)))
            idbdt, ruta_uid = idbdt_of[a.ruta_id]
            art_rows.append([idbdt, a.idartbdt or "", *regions[kel_code], *vals, (kk.no_kk or "") if kk else "",
                             a.uid, ruta_uid])
        bas = [(m.kelurahan_kode, d.version, d.pdf, d.sha256) for d, m in s.execute(
            select(BeritaAcaraDokumen, Musyawarah).join(Musyawarah, Musyawarah.id == BeritaAcaraDokumen.musyawarah_id)
            .where(Musyawarah.kelurahan_kode.in_(kels), BeritaAcaraDokumen.superseded.is_(False),
                   (Musyawarah.tahap_id == t.id) | (Musyawarah.tahap_id.is_(None)))
            .order_by(Musyawarah.kelurahan_kode, Musyawarah.tanggal, BeritaAcaraDokumen.version))]
        letter_pdf, letter_meta = letter.pdf, {
            "nomor": letter.nomor, "sha256": letter.sha256, "counts_sha256": letter.counts_sha256,
            "signer": letter.signer_nama, "tanggal": letter.tanggal.date().isoformat(),
            "totals": json.loads(letter.totals)}
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=out.name + ".", dir=out.parent))
    try:
        files: list[tuple[Path, str]] = []
        (work / "data").mkdir()
        for p in _write_table(work / "data" / "ruta", RUTA_COLUMNS, ruta_rows, "ruta"):
            files.append((p, "data_ruta"))
        for p in _write_table(work / "data" / "art", ART_COLUMNS, art_rows, "art"):
            files.append((p, "data_art"))
        (work / "berita-acara").mkdir()
        for i, (kel_code, version, pdf, sha) in enumerate(bas, 1):
            p = work / "berita-acara" / f"BA_{kel_code.replace('.', '')}_v{version}_{i:02d}.pdf"
            p.write_bytes(pdf)
            if _sha(p) != sha:
                raise SiksError("ba_hash_mismatch", "Berkas Berita Acara di penyimpanan pusat tidak utuh.")
            files.append((p, "berita_acara"))
        p = work / "surat-pengesahan.pdf"
        p.write_bytes(letter_pdf)
        files.append((p, "surat_pengesahan"))
        listing = [{"path": f.relative_to(work).as_posix(), "kind": kind, "sha256": _sha(f),
                    "size": f.stat().st_size} for f, kind in files]
        manifest = {"type": "siks-ng-submission", "format": 1, "tahun": t.tahun, "tahap": t.nomor,
                    "wilayah_kode": scope, "wilayah_kode_bps": reference.kemendagri_to_bps(scope),
                    "wilayah_nama": _region_name(scope), "created_at": utcnow().isoformat() + "Z",
                    "codelist_version": CODELIST_VERSION, "households": len(ruta_rows), "members": len(art_rows),
                    "kelurahan": [{"kode": k, "kode_bps": "".join(regions[k]), "nama": _region_name(k),
                                   **{n: stated[k][n] for n in ("ruta", "keluarga", "jiwa")}} for k in kels],
                    "surat_pengesahan": letter_meta, "files": listing}
        (work / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
        if out.exists():
            out.rmdir()
        os.replace(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    final = [dict(f, path=f["path"]) for f in listing] + [
        {"path": "manifest.json", "kind": "manifest", "sha256": _sha(out / "manifest.json"),
         "size": (out / "manifest.json").stat().st_size}]
    return SubmissionResult(out, final, len(ruta_rows), len(art_rows), letter_meta["nomor"])


# --------------------------------------------------------------------------------------------------------- service
VIEW_ROLES = ("kecamatan", "dinsos")
SIGN_ROLES = ("kecamatan", "dinsos")


class KotaService:
    """Role-checked facade over the module functions (the window pages and ``siks central`` use it)."""

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        from .base import AreaService

        self._area = AreaService(ctx)
        self.ctx = ctx

    def consolidate(self, **kw: Any) -> Rekap:
        self._area.require(VIEW_ROLES, "kota.view")
        return consolidate(self.ctx.uow, **kw)

    def sign_pengesahan(self, **kw: Any) -> PengesahanResult:
        self._area.require(SIGN_ROLES, "kota.pengesahan")
        kw.setdefault("actor", self.ctx.actor.username)
        kw.setdefault("today", self.ctx.today())
        return sign_pengesahan(self.ctx.uow, **kw)

    def pengesahan_list(self, **kw: Any) -> list[dict]:
        self._area.require(VIEW_ROLES, "kota.view")
        return list_pengesahan(self.ctx.uow, **kw)

    def pengesahan_pdf(self, letter_id: int, out: str | Path) -> Path:
        """Write a recorded Surat Pengesahan's signed PDF to ``out``."""
        self._area.require(VIEW_ROLES, "kota.view")
        from sqlalchemy import select as _select

        from ..db.models_pengesahan import SuratPengesahan
        from ..errors import NotFound

        with self.ctx.uow.read() as s:
            pdf = s.scalar(_select(SuratPengesahan.pdf).where(SuratPengesahan.id == letter_id))
        if pdf is None:
            raise NotFound("pengesahan_not_found", "Surat Pengesahan tidak ditemukan.")
        target = Path(out)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pdf)
        return target

    def submission(self, **kw: Any) -> SubmissionResult:
        self._area.require(SIGN_ROLES, "kota.submission")
        return build_submission(self.ctx.uow, **kw)
