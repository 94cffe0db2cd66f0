"""Reference data shipped in ``resources/reference/``: Kemendagri regions, the DKI BPS crosswalk, the default schedule.

Pure and cached: every CSV is read once per process (``functools.lru_cache``), so callers may ask freely.
Region codes here are **Kemendagri** codes, dotted (``31.71.01.1001``), unless a name says BPS; NIK and KK prefixes
use Kemendagri codes, old BDT files use BPS codes, and in Jakarta the two differ (see resources/reference/README.md).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .errors import UnknownRegion
from .resources import resource_path

TINGKAT = ("provinsi", "kabkota", "kecamatan", "kelurahan")
_PART_LENGTHS = (2, 2, 2, 4)  # PP.KK.CC.NNNN
_PLAIN = {2: 1, 4: 2, 6: 3, 10: 4}  # plain digit count -> number of dotted parts
_DOTTED_RE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")


@dataclass(frozen=True)
class Region:
    """One Kemendagri region. ``kode_bps`` is the plain BPS code where the crosswalk knows it (DKI only)."""

    kode: str
    nama: str
    tingkat: str
    induk: str | None
    kode_bps: str | None = None


@dataclass(frozen=True)
class ScheduleRow:
    """One tahap of the default schedule (Instruksi Sekda DKI e-0036/2023); seeded into table ``tahap``."""

    tahun: int
    nomor: int
    nama: str
    pengolahan_data: dt.date | None
    verval_mulai: dt.date | None
    verval_selesai: dt.date | None
    pengolahan_hasil: dt.date | None
    input_mulai: dt.date | None
    input_selesai: dt.date | None


def _read_csv(name: str) -> list[dict[str, str]]:
    with resource_path("reference", name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def normalize_code(text: str) -> str:
    """Dotted Kemendagri code from a dotted or plain form (2/4/6/10 digits); ``UnknownRegion`` for anything else.

    Only the shape is checked here; ``region()`` checks that the code exists.
    """
    if not isinstance(text, str):
        raise UnknownRegion(length=0)
    s = text.strip()
    if _DOTTED_RE.match(s):
        return s
    if s.isdigit() and s.isascii() and len(s) in _PLAIN:
        parts, pos = [], 0
        for length in _PART_LENGTHS[: _PLAIN[len(s)]]:
            parts.append(s[pos: pos + length])
            pos += length
        return ".".join(parts)
    # No echo of the input: a mistyped NIK must not end up in an error message or a log.
    raise UnknownRegion(length=len(s))


@lru_cache(maxsize=1)
def _crosswalk() -> tuple[dict[str, str], dict[str, str]]:
    """(kemendagri -> bps, bps -> kemendagri) for DKI; rows without a unique BPS match are left out."""
    to_bps: dict[str, str] = {}
    to_kemendagri: dict[str, str] = {}
    for row in _read_csv("wilayah_dki_kemendagri_bps.csv"):
        bps = row["kode_bps"].strip()
        if bps:
            to_bps[row["kode_kemendagri"]] = bps
            to_kemendagri[bps] = row["kode_kemendagri"]
    return to_bps, to_kemendagri


def _region(row: dict[str, str], kode_bps: str | None = None) -> Region:
    return Region(kode=row["kode"], nama=row["nama"].strip(), tingkat=row["tingkat"], induk=row["induk"] or None,
                  kode_bps=kode_bps)


@lru_cache(maxsize=1)
def dki_regions() -> tuple[Region, ...]:
    """DKI Jakarta: 1 provinsi, 6 kab/kota, 44 kecamatan, 267 kelurahan, with BPS codes where known."""
    to_bps = _crosswalk()[0]
    return tuple(_region(row, to_bps.get(row["kode"])) for row in _read_csv("wilayah_dki_kemendagri.csv"))


@lru_cache(maxsize=1)
def national_regions() -> tuple[Region, ...]:
    """Every provinsi, kab/kota and kecamatan of Indonesia (no kelurahan outside DKI)."""
    return tuple(_region(row) for row in _read_csv("wilayah_nasional_kecamatan_kemendagri.csv"))


@lru_cache(maxsize=1)
def _index() -> dict[str, Region]:
    index = {r.kode: r for r in national_regions()}
    index.update({r.kode: r for r in dki_regions()})  # DKI rows carry BPS codes and kelurahan
    return index


def all_regions() -> tuple[Region, ...]:
    """National provinsi/kabkota/kecamatan plus DKI kelurahan, each code once (DKI rows win): the ``wilayah`` seed."""
    return tuple(_index().values())


def region(kode: str) -> Region:
    """The region with this code (dotted or plain); ``UnknownRegion`` when the shape is wrong or it is not listed."""
    norm = normalize_code(kode)
    found = _index().get(norm)
    if found is None:
        raise UnknownRegion(kode=norm)
    return found


def kelurahan(code: str) -> Region:
    """A kelurahan/desa (tingkat ``kelurahan``); any other level is an ``UnknownRegion`` too."""
    found = region(code)
    if found.tingkat != "kelurahan":
        raise UnknownRegion(kode=found.kode, tingkat=found.tingkat)
    return found


def lineage(kode: str) -> tuple[Region, ...]:
    """provinsi → kab/kota → kecamatan → kelurahan, ending at the region itself."""
    chain = [region(kode)]
    while chain[-1].induk:
        chain.append(region(chain[-1].induk))
    return tuple(reversed(chain))


@lru_cache(maxsize=1)
def _kecamatan_prefixes() -> frozenset[str]:
    return frozenset(r.kode.replace(".", "") for r in national_regions() if r.tingkat == "kecamatan")


def known_nik_prefix(prefix6: str) -> bool:
    """True when ``PPKKCC`` (a NIK's or KK's first six digits) is a kecamatan of the national list."""
    return isinstance(prefix6, str) and len(prefix6) == 6 and prefix6 in _kecamatan_prefixes()


def bps_to_kemendagri(kode_bps: str) -> str | None:
    """Dotted Kemendagri code for a plain BPS code (DKI only); None when the crosswalk has no unique match."""
    return _crosswalk()[1].get(str(kode_bps).strip())


def kemendagri_to_bps(kode: str) -> str | None:
    """Plain BPS code for a Kemendagri code (dotted or plain, DKI only); None when unknown or malformed."""
    try:
        norm = normalize_code(kode)
    except UnknownRegion:
        return None
    return _crosswalk()[0].get(norm)


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text.strip() else None


@lru_cache(maxsize=1)
def default_schedule() -> tuple[ScheduleRow, ...]:
    """DKI 2023 tahap 1–3 (``jadwal_tahap_dki_2023.csv``); the app seeds it and users may edit it."""
    rows = []
    for row in _read_csv("jadwal_tahap_dki_2023.csv"):
        dates = {k: _date(v) for k, v in row.items() if k not in ("tahun", "nomor", "nama")}
        rows.append(ScheduleRow(tahun=int(row["tahun"]), nomor=int(row["nomor"]), nama=row["nama"], **dates))
    return tuple(rows)


@lru_cache(maxsize=1)
def reference_version() -> dict[str, Any]:
    """Contents of ``VERSION.json``: the version of this reference set and each file's source and date."""
    with resource_path("reference", "VERSION.json").open(encoding="utf-8") as fh:
        return json.load(fh)
