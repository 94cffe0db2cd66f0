"""One data row of a prelist → a ``PersonRow`` (normalised values) or the row's problems.

Errors reject the row; warnings (NIK's birth date or sex differ from the columns, NIK from another province) are
kept apart and do not stop the import. Rules are the foundation's (domain.nik.check_nik / check_kk / nik_agreement).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ...domain.nik import check_kk, check_nik, nik_agreement
from ...reference import bps_to_kemendagri
from .normalize import (HUB_WORDS, is_blank, norm_code, norm_date, norm_digits, norm_id, norm_name, norm_sex,
                        norm_text)
from .reader import Layout
from .report import RowProblem

REGION_FIELDS = ("kdprop", "kdkab", "kdkec", "kddesa")


@dataclass(slots=True)
class PersonRow:
    row: int
    nik: str
    nama: str
    no_kk: str | None = None
    jenis_kelamin: int | None = None
    tanggal_lahir: dt.date | None = None
    tempat_lahir: str | None = None
    hub_krt: int | None = None
    hub_kk: int | None = None
    alamat: str | None = None
    rt: str | None = None
    rw: str | None = None
    nama_ibu_kandung: str | None = None
    desil: int | None = None
    ref: str | None = None
    idbdt: str | None = None
    idartbdt: str | None = None


class RowParser:
    """Parses rows of one layout; holds the per-file state that spans rows (NIKs already seen)."""

    def __init__(self, layout: Layout, source: str, *, today: dt.date, kelurahan_kode: str | None,
                 known_prefix: Callable[[str], bool] | None) -> None:
        self.layout = layout
        self.source = source
        self.today = today
        self.kelurahan_kode = kelurahan_kode
        self.known_prefix = known_prefix
        self.cols = dict(layout.columns)
        self.seen: dict[str, int] = {}  # NIK → first Excel row (duplicates inside the file)
        self.region_cache: dict[tuple[str, ...], tuple[str | None, str | None]] = {}
        self._intern: dict[str, str] = {}
        self.kk_cache: dict[str, list] = {}  # type: ignore[type-arg]

    def _cell(self, row: Sequence[Any], fld: str) -> Any:
        c = self.cols.get(fld)
        if c is None or c >= len(row):
            return None
        return row[c]

    def _share(self, text: str | None) -> str | None:
        """One string object for values repeated across rows (KK, alamat, RT/RW): less memory on 200k rows."""
        if text is None:
            return None
        return self._intern.setdefault(text, text)

    def parse(self, number: int, row: Sequence[Any]) -> tuple[PersonRow | None, list[RowProblem]]:
        errors: list[RowProblem] = []
        warnings: list[RowProblem] = []

        def err(fld: str, code: str, *params: tuple[str, str | int]) -> None:
            errors.append(RowProblem(number, fld, code, "error", tuple(params)))

        nik, code = norm_id(self._cell(row, "nik"), "nik")
        if code:
            err("nik", code)
        elif nik is None:
            err("nik", "nik_required")
        else:
            for p in check_nik(nik, today=self.today, known_prefix=self.known_prefix):
                (errors if p.is_error else warnings).append(RowProblem(number, "nik", p.code, p.severity, p.params))
        no_kk, code = norm_id(self._cell(row, "no_kk"), "kk")
        if code:
            err("no_kk", code)
        elif no_kk is not None:
            if no_kk == nik:
                err("no_kk", "kk_equals_nik")
            else:
                kk_problems = self.kk_cache.get(no_kk)
                if kk_problems is None:  # members of one family share the KK: check it once
                    kk_problems = self.kk_cache[no_kk] = check_kk(no_kk, known_prefix=self.known_prefix)
                for p in kk_problems:
                    (errors if p.is_error else warnings).append(
                        RowProblem(number, "no_kk", p.code, p.severity, p.params))
        nama = norm_name(self._cell(row, "nama"))
        if nama is None:
            err("nama", "nama_required")
        elif len(nama) > 120:
            err("nama", "too_long", ("max_len", 120))
        sex, code = norm_sex(self._cell(row, "jenis_kelamin"))
        if code:
            err("jenis_kelamin", code)
        birth, code = norm_date(self._cell(row, "tanggal_lahir"), today=self.today)
        if code:
            err("tanggal_lahir", code)
        hub_krt, code = norm_code(self._cell(row, "hub_krt"), range(1, 9), HUB_WORDS)
        if code:
            err("hub_krt", code)
        hub_kk, code = norm_code(self._cell(row, "hub_kk"), range(1, 9), HUB_WORDS)
        if code:
            err("hub_kk", code)
        desil = None
        if "desil" in self.cols:
            desil, code = norm_code(self._cell(row, "desil"), range(1, 5), bad="desil_invalid")
            if code:
                err("desil", code)
        if any(f in self.cols for f in REGION_FIELDS):
            self._check_region(row, err)
        if nik is not None and not any(p.field == "nik" for p in errors):
            first = self.seen.get(nik)
            if first is not None:
                err("nik", "nik_duplicate_in_file", ("baris_lain", first))
            elif not errors:
                self.seen[nik] = number
        if nik is not None and not errors:
            for p in nik_agreement(nik, jenis_kelamin=sex, tanggal_lahir=birth, today=self.today):
                warnings.append(RowProblem(number, "nik", p.code, p.severity, p.params))
        if errors:
            return None, errors + warnings
        assert nik is not None and nama is not None
        ref = norm_digits(self._cell(row, "ref"))
        idartbdt = norm_digits(self._cell(row, "idartbdt"))
        person = PersonRow(
            row=number, nik=nik, nama=nama, no_kk=self._share(no_kk), jenis_kelamin=sex, tanggal_lahir=birth,
            tempat_lahir=self._share(norm_text(self._cell(row, "tempat_lahir"), 80)),
            hub_krt=hub_krt, hub_kk=hub_kk, alamat=self._share(norm_text(self._cell(row, "alamat"), 250)),
            rt=self._share(norm_digits(self._cell(row, "rt"), 3)), rw=self._share(norm_digits(self._cell(row, "rw"), 3)),
            nama_ibu_kandung=norm_name(self._cell(row, "nama_ibu_kandung")), desil=desil,
            ref=(idartbdt or ref)[:60] if (idartbdt or ref) else None,
            idbdt=self._share(norm_digits(self._cell(row, "idbdt"))), idartbdt=idartbdt)
        if person.rt and len(person.rt) > 3 or person.rw and len(person.rw) > 3:
            person.rt = person.rt if person.rt and len(person.rt) <= 3 else None
            person.rw = person.rw if person.rw and len(person.rw) <= 3 else None
        return person, warnings

    def _check_region(self, row: Sequence[Any], err: Callable[..., None]) -> None:
        """BPS codes of a BDT file (KDPROP 31, KDKAB 73 or 3173, KDKEC 080 or 3173080, KDDESA 003 or 3173080003)
        → the Kemendagri kelurahan through the crosswalk; it must be this database's kelurahan."""
        parts = tuple(norm_digits(self._cell(row, f)) or "" for f in REGION_FIELDS)
        if not any(parts):
            return
        cached = self.region_cache.get(parts)
        if cached is None:
            cached = (_bps_code(parts), None)
            kode = bps_to_kemendagri(cached[0]) if cached[0] else None
            cached = (cached[0], kode)
            self.region_cache[parts] = cached
        bps, kode = cached
        if kode is None:
            err("kelurahan_kode", "region_unknown")
        elif self.kelurahan_kode and kode != self.kelurahan_kode:
            err("kelurahan_kode", "region_outside")


def _bps_code(parts: tuple[str, ...]) -> str | None:
    prop, kab, kec, desa = parts
    if len(desa) == 10:
        return desa
    if not (prop and kab and kec and desa):
        return None
    prop = prop.zfill(2)
    kab = kab[-2:].zfill(2) if len(kab) in (1, 2, 4) else ""
    kec = kec[-3:].zfill(3) if len(kec) in (1, 2, 3, 7) else ""
    desa = desa[-3:].zfill(3) if len(desa) in (1, 2, 3) else ""
    if not (kab and kec and desa):
        return None
    return prop + kab + kec + desa


def row_is_blank(row: Sequence[Any]) -> bool:
    return all(is_blank(c) for c in row)
