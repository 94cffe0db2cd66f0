"""Column presets per prelist source, with tolerant header matching.

A header cell matches a field when its *key* — upper case, punctuation and spaces removed — equals the key of one of
the field's synonyms. So ``No. KK``, ``NO KK``, ``Nomor  K.K.`` and ``NOKK`` are one key. Synonyms hold what the
agencies' sheets actually say (domain.md §1.2/§1.4 for the BDT names: ``IDBDT``, ``IDARTBDT``, ``NIK``, ``NoKK``,
``Nama``, ``JnsKel``, ``TglLahir``, ``Hub_KRT``, ``KDPROP``/``KDKAB``/``KDKEC``/``KDDESA``).

A saved custom mapping (``--mapping FILE``, JSON ``{"field": "header text", ...}``, optional ``"header_row": N``,
1-based as Excel shows it) overrides the preset for unknown layouts.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from ...errors import SiksError

_NON_ALNUM = re.compile(r"[^0-9A-Z]+")

# field → synonyms shared by every source
COMMON: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "NO NIK", "NOMOR NIK", "NOMOR INDUK KEPENDUDUKAN", "NIK ART", "NIK KTP", "NO KTP", "NIK ANGGOTA"),
    "no_kk": ("NO KK", "NOMOR KK", "NKK", "NOKK", "NO KARTU KELUARGA", "NOMOR KARTU KELUARGA", "KK", "NO KK ART"),
    "nama": ("NAMA", "NAMA LENGKAP", "NAMA ART", "NAMA ANGGOTA", "NAMA ANGGOTA KELUARGA", "NAMA SESUAI KTP",
             "NAMA PENERIMA"),
    "jenis_kelamin": ("JK", "JENIS KELAMIN", "JNSKEL", "JNS KEL", "L P", "KELAMIN", "SEX", "JENKEL"),
    "tanggal_lahir": ("TGL LAHIR", "TANGGAL LAHIR", "TGLLAHIR", "TGL LHR", "TANGGAL LHR", "TGL_LAHIR"),
    "tempat_lahir": ("TEMPAT LAHIR", "TMP LAHIR", "TMPLAHIR", "TPT LAHIR"),
    "hub_krt": ("HUB KRT", "HUBUNGAN DENGAN KRT", "HUBUNGAN DENGAN KEPALA RUMAH TANGGA", "HUB DGN KRT"),
    "hub_kk": ("HUBKEL", "HUB KK", "HUBUNGAN KELUARGA", "HUBUNGAN DALAM KELUARGA", "HUBUNGAN DENGAN KEPALA KELUARGA",
               "STATUS DALAM KELUARGA", "SHDK", "STATUS HUBUNGAN DALAM KELUARGA", "HUBUNGAN"),
    "alamat": ("ALAMAT", "ALAMAT LENGKAP", "ALAMAT DOMISILI", "ALAMAT KTP", "JALAN"),
    "rt": ("RT",),
    "rw": ("RW",),
    "nama_ibu_kandung": ("NAMA IBU KANDUNG", "NAMA GADIS IBU KANDUNG", "NAMAGADIS IBUKANDUNG", "IBU KANDUNG"),
    "ref": (),
}

SOURCE_FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "p3ke": {
        "desil": ("DESIL", "DESIL KESEJAHTERAAN", "DESIL P3KE", "KATEGORI DESIL", "PERINGKAT DESIL"),
        "ref": ("ID KELUARGA P3KE", "ID P3KE", "ID KELUARGA", "NO URUT P3KE"),
    },
    "kjp": {
        "nik": ("NIK SISWA", "NIK PESERTA DIDIK", "NIK PENERIMA"),
        "nama": ("NAMA SISWA", "NAMA PESERTA DIDIK"),
        "ref": ("NISN",),
    },
    "kjmu": {
        "nik": ("NIK MAHASISWA",),
        "nama": ("NAMA MAHASISWA",),
        "ref": ("NIM",),
    },
    "stunting": {
        "nik": ("NIK ANAK", "NIK BALITA"),
        "nama": ("NAMA ANAK", "NAMA BALITA"),
        "nama_ibu_kandung": ("NAMA IBU", "NAMA ORANG TUA", "NAMA ORTU"),
    },
    "dtks": {
        "idbdt": ("IDBDT", "ID BDT", "ID DTKS", "IDDTKS"),
        "idartbdt": ("IDARTBDT", "ID ART BDT", "ID ART DTKS"),
        "kdprop": ("KDPROP", "KODE PROVINSI", "KD PROP"),
        "kdkab": ("KDKAB", "KODE KABUPATEN", "KD KAB"),
        "kdkec": ("KDKEC", "KODE KECAMATAN", "KD KEC"),
        "kddesa": ("KDDESA", "KODE DESA", "KODE KELURAHAN", "KD DESA"),
    },
}

SOURCES = tuple(SOURCE_FIELDS)
# fields every file must map; the rest are optional
REQUIRED_FIELDS = ("nik", "nama")
# Field names as the report shows them (instrument names where one exists).
REPORT_FIELD = {"kdprop": "kelurahan_kode", "kdkab": "kelurahan_kode", "kdkec": "kelurahan_kode",
                "kddesa": "kelurahan_kode"}


def header_key(text: object) -> str:
    """``No. K.K`` → ``NOKK``: the form under which headers and synonyms are compared."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    return _NON_ALNUM.sub("", str(text).upper())


@dataclass(frozen=True)
class Preset:
    source: str
    synonyms: Mapping[str, tuple[str, ...]]
    header_row: int | None = None  # forced by a custom mapping (Excel row number)
    custom: Mapping[str, str] = field(default_factory=dict)  # field → header text from a mapping file

    def keys(self) -> dict[str, str]:
        """header key → field; source-specific synonyms win over common ones, custom mapping over both."""
        out: dict[str, str] = {}
        for fld, names in COMMON.items():
            for n in names:
                out.setdefault(header_key(n), fld)
        for fld, names in self.synonyms.items():
            for n in names:
                out[header_key(n)] = fld
        for fld, header in self.custom.items():
            out[header_key(header)] = fld
        return out


def preset(source: str, mapping: Mapping[str, object] | None = None) -> Preset:
    if source not in SOURCE_FIELDS:
        raise SiksError("bad_source", "Sumber prelist tidak dikenal; pilih p3ke, kjp, kjmu, stunting atau dtks.",
                        source=source)
    custom: dict[str, str] = {}
    header_row = None
    for k, v in (mapping or {}).items():
        if k == "header_row":
            if not isinstance(v, int) or v < 1:
                raise SiksError("bad_mapping", "header_row pada berkas pemetaan harus bilangan bulat ≥ 1.")
            header_row = v
        elif k in known_fields(source) and isinstance(v, str):
            custom[k] = v
        else:
            raise SiksError("bad_mapping", "Berkas pemetaan memuat kolom yang tidak dikenal.", field=str(k)[:40])
    return Preset(source, SOURCE_FIELDS[source], header_row, custom)


def known_fields(source: str) -> frozenset[str]:
    return frozenset(COMMON) | frozenset(SOURCE_FIELDS.get(source, {}))


def load_mapping(path: str | Path) -> dict[str, object]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SiksError("bad_mapping", "Berkas pemetaan kolom tidak dapat dibaca (JSON).") from exc
    if not isinstance(data, dict):
        raise SiksError("bad_mapping", "Berkas pemetaan kolom harus objek JSON {kolom: judul}.")
    return data
