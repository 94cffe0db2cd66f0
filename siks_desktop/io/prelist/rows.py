"""One data row of a prelist → a ``PersonRow`` (normalised values) or the row's problems.

Errors reject the row; warnings (NIK's birth date or sex differ from the columns, NIK from another province) are
kept apart and do not stop the import. Rules are the foundation's (domain.nik.check_nik / check_kk / nik_agreement).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Callable, Sequence

from ...domain.messages import Problem
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


_EMPTY: tuple = ()  # type: ignore[type-arg]
_ID_FIELDS = ("nik", "no_kk", "nama", "jenis_kelamin", "tanggal_lahir", "hub_krt", "hub_kk", "desil", "tempat_lahir",
              "alamat", "rt", "rw", "nama_ibu_kandung", "ref", "idbdt", "idartbdt")
# The placeholder NIKs/KKs of domain.nik._looks_placeholder besides xxxxxx0000xxxxxx: one repeated digit, and the
# rising or falling digit sequences (every step +1 or every step −1 modulo 10) — 30 strings of 16 digits.
_PLACEHOLDERS = frozenset(
    [str(d) * 16 for d in range(10)]
    + ["".join(str((d + i) % 10) for i in range(16)) for d in range(10)]
    + ["".join(str((d - i) % 10) for i in range(16)) for d in range(10)])


class _Memo(dict):  # type: ignore[type-arg]
    """``memo[raw]`` → ``fn(raw)``, computed once per distinct cell value (sex words, dates, codes and addresses
    repeat across rows). Never used for ``bool`` cells: ``True == 1.0`` would share an entry with the number."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.fn(key)
        return value

    def get_value(self, raw: Any) -> Any:
        return self.fn(raw) if raw.__class__ is bool else self[raw]


class RowParser:
    """Parses rows of one layout; holds the per-file state that spans rows (NIKs already seen) and the caches.

    Speed (200k rows): the cells of a row are fetched with one ``itemgetter``; values that repeat across rows (sex,
    birth dates, relationship codes, RT/RW, addresses, name words) are normalised once per distinct raw value; a NIK
    already typed as 16 digits skips the general parser; ``check_nik`` runs once per 12-digit prefix (region and
    birth date; the serial and placeholder checks are per NIK), ``check_kk`` once per KK, ``nik_agreement`` only when the
    NIK's date digits do not spell the birth date and sex (then once per such combination). Problem objects are only built for rows that have problems. The results are
    exactly those of the plain functions (tests/prelist/test_fast_paths.py compares them).
    """

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
        self.kk_cache: dict[str, tuple[str, list[Problem]]] = {}
        self.kk_prefix_cache: dict[str, list[Problem]] = {}
        self.nik_cache: dict[str, tuple[tuple[Problem, ...], tuple[Problem, ...]]] = {}
        self.agree_cache: dict[tuple[Any, ...], tuple[Problem, ...]] = {}
        self._words: dict[str, str] = {}
        self._last_ref: tuple[Any, str | None] = (None, None)
        # Cells are fetched from ``(*row, None)`` with one itemgetter: an absent field reads the trailing None
        # (index -1), a column past the end of a short row reads None too (padding), exactly like ``_cell``.
        self._maxcol = max(self.cols.values(), default=0)
        self._get = itemgetter(*[self.cols.get(f, -1) for f in _ID_FIELDS])
        self._has_desil = "desil" in self.cols
        self._has_region = any(f in self.cols for f in REGION_FIELDS)
        self._region_get = itemgetter(*[self.cols.get(f, -1) for f in REGION_FIELDS])
        self._sex = _Memo(norm_sex)
        self._date = _Memo(lambda v: norm_date(v, today=today))
        self._hub = _Memo(lambda v: norm_code(v, range(1, 9), HUB_WORDS))
        self._desil = _Memo(lambda v: norm_code(v, range(1, 5), bad="desil_invalid"))
        self._tempat = _Memo(lambda v: norm_text(v, 80))
        self._alamat = _Memo(lambda v: norm_text(v, 250))
        self._rt = _Memo(lambda v: norm_digits(v, 3))
        self._idbdt = _Memo(norm_digits)
        self._kk = _Memo(lambda v: norm_id(v, "kk"))

    def _cell(self, row: Sequence[Any], fld: str) -> Any:
        c = self.cols.get(fld)
        if c is None or c >= len(row):
            return None
        return row[c]

    def _name(self, value: Any) -> str | None:
        """normalize.norm_name with a per-file cache of normalised words (names share their words)."""
        if value.__class__ is not str:
            return norm_name(value)
        words = value.split()  # the same whitespace as norm_name's ``\s+`` and ``strip()``
        if not words:
            return None
        cache = self._words
        out = []
        for w in words:
            t = cache.get(w)
            if t is None:
                t = cache[w] = "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
            out.append(t)
        return " ".join(out)

    def _nik(self, nik: str) -> tuple[tuple[Problem, ...], tuple[Problem, ...]]:
        """check_nik split into (errors, warnings), cached per 12-digit prefix: apart from the placeholder and the
        serial checks (done per NIK here, exactly as check_nik does them) its result depends on PPKKCC DDMMYY only."""
        if nik[6:10] == "0000" or nik in _PLACEHOLDERS or nik[12:] == "0000":
            return _split(check_nik(nik, today=self.today, known_prefix=self.known_prefix))
        key = nik[:12]
        hit = self.nik_cache.get(key)
        if hit is None:
            hit = self.nik_cache[key] = _split(check_nik(nik, today=self.today, known_prefix=self.known_prefix))
        return hit

    def _kk_rules(self, no_kk: str) -> list[Problem]:
        """check_kk (no NIK given), cached per 12-digit prefix like ``_nik``: apart from the placeholder and serial
        checks its result depends on PPKKCC DDMMYY only."""
        if no_kk[6:10] == "0000" or no_kk in _PLACEHOLDERS or no_kk[12:] == "0000" or len(no_kk) != 16:
            return check_kk(no_kk, known_prefix=self.known_prefix)
        key = no_kk[:12]
        hit = self.kk_prefix_cache.get(key)
        if hit is None:
            hit = self.kk_prefix_cache[key] = check_kk(no_kk, known_prefix=self.known_prefix)
        return hit

    def parse(self, number: int, row: Sequence[Any]) -> tuple[PersonRow | None, list[RowProblem]]:
        n = len(row)
        cells = (*row, None) if n > self._maxcol else (*row, *([None] * (self._maxcol + 1 - n)), None)
        (nik_raw, kk_raw, nama_raw, sex_raw, birth_raw, hkrt_raw, hkk_raw, desil_raw, tempat_raw, alamat_raw, rt_raw,
         rw_raw, ibu_raw, ref_raw, idbdt_raw, idart_raw) = self._get(cells)
        errors: list[RowProblem] | None = None
        warnings: list[RowProblem] | None = None
        nik_failed = False

        # NIK: a 16-digit text is already normal (norm_id would return it unchanged)
        if nik_raw.__class__ is str and len(nik_raw) == 16 and nik_raw.isdigit() and nik_raw.isascii():
            nik: str | None = nik_raw
        else:
            nik, code = norm_id(nik_raw, "nik")
            if code:
                errors = [RowProblem(number, "nik", code)]
                nik_failed = True
            elif nik is None:
                errors = [RowProblem(number, "nik", "nik_required")]
        if nik is not None:
            bad, warn = self._nik(nik)
            if bad:
                errors = [RowProblem(number, "nik", p.code, p.severity, p.params) for p in bad]
                nik_failed = True
            if warn:
                warnings = [RowProblem(number, "nik", p.code, p.severity, p.params) for p in warn]
        # Nomor KK
        if kk_raw.__class__ is str and len(kk_raw) == 16 and kk_raw.isdigit() and kk_raw.isascii():
            no_kk, code = kk_raw, None
        else:
            no_kk, code = self._kk.get_value(kk_raw)
        if code:
            errors = (errors or []) + [RowProblem(number, "no_kk", code)]
        elif no_kk is not None:
            if no_kk == nik:
                errors = (errors or []) + [RowProblem(number, "no_kk", "kk_equals_nik")]
            else:
                hit = self.kk_cache.get(no_kk)
                if hit is None:  # members of one family share the KK: check it once (and keep one string object)
                    hit = self.kk_cache[no_kk] = (no_kk, self._kk_rules(no_kk))
                no_kk, kk_problems = hit
                for p in kk_problems:
                    prob = RowProblem(number, "no_kk", p.code, p.severity, p.params)
                    if p.is_error:
                        errors = (errors or []) + [prob]
                    else:
                        warnings = (warnings or []) + [prob]
        nama = self._name(nama_raw)
        if nama is None:
            errors = (errors or []) + [RowProblem(number, "nama", "nama_required")]
        elif len(nama) > 120:
            errors = (errors or []) + [RowProblem(number, "nama", "too_long", "error", (("max_len", 120),))]
        sex, code = self._sex.get_value(sex_raw)
        if code:
            errors = (errors or []) + [RowProblem(number, "jenis_kelamin", code)]
        birth, code = self._date.get_value(birth_raw)
        if code:
            errors = (errors or []) + [RowProblem(number, "tanggal_lahir", code)]
        hub_krt, code = self._hub.get_value(hkrt_raw)
        if code:
            errors = (errors or []) + [RowProblem(number, "hub_krt", code)]
        hub_kk, code = self._hub.get_value(hkk_raw)
        if code:
            errors = (errors or []) + [RowProblem(number, "hub_kk", code)]
        desil = None
        if self._has_desil:
            desil, code = self._desil.get_value(desil_raw)
            if code:
                errors = (errors or []) + [RowProblem(number, "desil", code)]
        if self._has_region:
            code = self._check_region(self._region_get(cells))
            if code:
                errors = (errors or []) + [RowProblem(number, "kelurahan_kode", code)]
        if nik is not None and not nik_failed:
            first = self.seen.get(nik)
            if first is not None:
                errors = (errors or []) + [RowProblem(number, "nik", "nik_duplicate_in_file", "error",
                                                      (("baris_lain", first),))]
            elif not errors:
                self.seen[nik] = number
        if errors:
            return None, errors + (warnings or [])
        assert nik is not None and nama is not None
        if not (sex is not None and birth is not None and 1900 <= birth.year < 2100 and nik[6:12] == (
                f"{birth.day + 40 if sex == 2 else birth.day:02d}{birth.month:02d}{birth.year % 100:02d}")):
            # The NIK's DDMMYY and sex digits do not spell this birth date and sex (or one is missing): ask
            # nik_agreement (cached per date digits, sex and birth date). When they do, it has nothing to say.
            key = (nik[6:12], sex, birth)
            agree = self.agree_cache.get(key)
            if agree is None:
                agree = self.agree_cache[key] = tuple(
                    nik_agreement(nik, jenis_kelamin=sex, tanggal_lahir=birth, today=self.today))
            if agree:
                warnings = (warnings or []) + [RowProblem(number, "nik", p.code, p.severity, p.params)
                                               for p in agree]
        if ref_raw == self._last_ref[0] and ref_raw.__class__ is self._last_ref[0].__class__:
            ref = self._last_ref[1]  # one string object for a family's rows (P3KE's ID keluarga)
        else:
            ref = norm_digits(ref_raw)
            self._last_ref = (ref_raw, ref)
        idartbdt = norm_digits(idart_raw)
        rt = self._rt.get_value(rt_raw)
        rw = self._rt.get_value(rw_raw)
        if rt and len(rt) > 3 or rw and len(rw) > 3:
            rt = rt if rt and len(rt) <= 3 else None
            rw = rw if rw and len(rw) <= 3 else None
        person = PersonRow(
            number, nik, nama, no_kk, sex, birth, self._tempat.get_value(tempat_raw), hub_krt, hub_kk,
            self._alamat.get_value(alamat_raw), rt, rw, self._name(ibu_raw) if ibu_raw is not None else None, desil,
            ref_any[:60] if (ref_any := idartbdt or ref) else None, self._idbdt.get_value(idbdt_raw), idartbdt)
        return person, warnings or []

    def _check_region(self, raw: tuple[Any, ...]) -> str | None:
        """BPS codes of a BDT file (KDPROP 31, KDKAB 73 or 3173, KDKEC 080 or 3173080, KDDESA 003 or 3173080003)
        → the Kemendagri kelurahan through the crosswalk; it must be this database's kelurahan. None when fine
        (or no code at all), else ``region_unknown`` / ``region_outside``."""
        parts = tuple(norm_digits(v) or "" for v in raw)
        if not any(parts):
            return None
        cached = self.region_cache.get(parts)
        if cached is None:
            bps = _bps_code(parts)
            cached = self.region_cache[parts] = (bps, bps_to_kemendagri(bps) if bps else None)
        kode = cached[1]
        if kode is None:
            return "region_unknown"
        if self.kelurahan_kode and kode != self.kelurahan_kode:
            return "region_outside"
        return None


def _split(problems: list[Problem]) -> tuple[tuple[Problem, ...], tuple[Problem, ...]]:
    errors = tuple(p for p in problems if p.is_error)
    return errors, (tuple(p for p in problems if not p.is_error) if len(errors) < len(problems) else _EMPTY)


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
