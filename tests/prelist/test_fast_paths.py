"""The fast row parser (caches, fast paths, itemgetter) gives exactly what the plain per-row code gives.

``reference_parse`` and ``reference_skip`` are the straightforward implementations the import used before it was
made fast (one call of each normalisation and rule function per cell, no caches). Hypothesis feeds both the same
rows — drawn from messy cell values, with repeats so the caches are hit — and every result must be identical.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siks_desktop.domain.nik import (
    _looks_placeholder,
    check_kk,
    check_nik,
    nik_agreement,
)
from siks_desktop.io.prelist.normalize import (
    HUB_WORDS,
    is_blank,
    norm_code,
    norm_date,
    norm_digits,
    norm_id,
    norm_name,
    norm_sex,
    norm_text,
)
from siks_desktop.io.prelist.presets import header_key, preset
from siks_desktop.io.prelist.reader import _NOTE, _TOTALS, Layout, skip_kind
from siks_desktop.io.prelist.report import RowProblem
from siks_desktop.io.prelist.rows import (
    _PLACEHOLDERS,
    REGION_FIELDS,
    PersonRow,
    RowParser,
    _bps_code,
)
from siks_desktop.reference import bps_to_kemendagri, known_nik_prefix

TODAY = dt.date(2026, 11, 23)
KEL = "31.71.01.1001"


def reference_parse(state: dict[str, Any], cols: dict[str, int], number: int, row: list[Any]
                    ) -> tuple[PersonRow | None, list[RowProblem]]:
    def cell(f: str) -> Any:
        c = cols.get(f)
        return None if c is None or c >= len(row) else row[c]

    errors: list[RowProblem] = []
    warnings: list[RowProblem] = []

    def err(fld: str, code: str, *params: tuple[str, str | int]) -> None:
        errors.append(RowProblem(number, fld, code, "error", tuple(params)))

    nik, code = norm_id(cell("nik"), "nik")
    if code:
        err("nik", code)
    elif nik is None:
        err("nik", "nik_required")
    else:
        for p in check_nik(nik, today=TODAY, known_prefix=known_nik_prefix):
            (errors if p.is_error else warnings).append(RowProblem(number, "nik", p.code, p.severity, p.params))
    no_kk, code = norm_id(cell("no_kk"), "kk")
    if code:
        err("no_kk", code)
    elif no_kk is not None:
        if no_kk == nik:
            err("no_kk", "kk_equals_nik")
        else:
            for p in check_kk(no_kk, known_prefix=known_nik_prefix):
                (errors if p.is_error else warnings).append(RowProblem(number, "no_kk", p.code, p.severity, p.params))
    nama = norm_name(cell("nama"))
    if nama is None:
        err("nama", "nama_required")
    elif len(nama) > 120:
        err("nama", "too_long", ("max_len", 120))
    sex, code = norm_sex(cell("jenis_kelamin"))
    if code:
        err("jenis_kelamin", code)
    birth, code = norm_date(cell("tanggal_lahir"), today=TODAY)
    if code:
        err("tanggal_lahir", code)
    hub_krt, code = norm_code(cell("hub_krt"), range(1, 9), HUB_WORDS)
    if code:
        err("hub_krt", code)
    hub_kk, code = norm_code(cell("hub_kk"), range(1, 9), HUB_WORDS)
    if code:
        err("hub_kk", code)
    desil = None
    if "desil" in cols:
        desil, code = norm_code(cell("desil"), range(1, 5), bad="desil_invalid")
        if code:
            err("desil", code)
    if any(f in cols for f in REGION_FIELDS):
        parts = tuple(norm_digits(cell(f)) or "" for f in REGION_FIELDS)
        if any(parts):
            bps = _bps_code(parts)
            kode = bps_to_kemendagri(bps) if bps else None
            if kode is None:
                err("kelurahan_kode", "region_unknown")
            elif kode != KEL:
                err("kelurahan_kode", "region_outside")
    seen = state.setdefault("seen", {})
    if nik is not None and not any(p.field == "nik" for p in errors):
        first = seen.get(nik)
        if first is not None:
            err("nik", "nik_duplicate_in_file", ("baris_lain", first))
        elif not errors:
            seen[nik] = number
    if nik is not None and not errors:
        for p in nik_agreement(nik, jenis_kelamin=sex, tanggal_lahir=birth, today=TODAY):
            warnings.append(RowProblem(number, "nik", p.code, p.severity, p.params))
    if errors:
        return None, errors + warnings
    assert nik is not None and nama is not None
    ref, idartbdt = norm_digits(cell("ref")), norm_digits(cell("idartbdt"))
    person = PersonRow(
        row=number, nik=nik, nama=nama, no_kk=no_kk, jenis_kelamin=sex, tanggal_lahir=birth,
        tempat_lahir=norm_text(cell("tempat_lahir"), 80), hub_krt=hub_krt, hub_kk=hub_kk,
        alamat=norm_text(cell("alamat"), 250), rt=norm_digits(cell("rt"), 3), rw=norm_digits(cell("rw"), 3),
        nama_ibu_kandung=norm_name(cell("nama_ibu_kandung")), desil=desil,
        ref=(idartbdt or ref)[:60] if (idartbdt or ref) else None, idbdt=norm_digits(cell("idbdt")),
        idartbdt=idartbdt)
    if person.rt and len(person.rt) > 3 or person.rw and len(person.rw) > 3:
        person.rt = person.rt if person.rt and len(person.rt) <= 3 else None
        person.rw = person.rw if person.rw and len(person.rw) <= 3 else None
    return person, warnings


# skip_kind as it was, verbatim
def reference_skip(row: Sequence[Any], layout: Layout, header_keys: frozenset[str]) -> str | None:
    nik_col, name_col = layout.columns.get("nik"), layout.columns.get("nama")
    if nik_col is not None and name_col is not None and nik_col < len(row) and name_col < len(row):
        nik, name = row[nik_col], row[name_col]
        # fast path for the 99% case, an ordinary data row: an identity and no totals/header word in it
        if not is_blank(nik) and not is_blank(name) and not (
                isinstance(name, str) and (_TOTALS.match(name.strip().upper()) or header_key(name) in header_keys
                                           or header_key(name).isdigit())) and not isinstance(name, float):
            return None
    cells = [c for c in row if not is_blank(c)]
    if not cells:
        return "blank"
    texts = [header_key(c) for c in cells]
    if len(cells) >= 3 and all(t.isdigit() for t in texts):
        nums = [int(t) for t in texts]
        if nums == list(range(nums[0], nums[0] + len(nums))) and nums[0] <= 2:
            return "numbering"
    if sum(1 for t in texts if t in header_keys) >= 2:
        return "header"
    first_texts = [" ".join(str(c).upper().split()) for c in cells if isinstance(c, str)]
    identity = [row[c] for c in (nik_col, name_col) if c is not None and c < len(row)]
    no_identity = all(is_blank(v) or (isinstance(v, str) and _TOTALS.match(v.strip().upper())) for v in identity)
    if any(_TOTALS.match(t) for t in first_texts) and (no_identity or len(cells) <= 3):
        return "totals"
    if no_identity and (any(_NOTE.match(t) for t in first_texts) or len(cells) <= 2):
        return "note"
    return None


NIKS = ["3171011708800001", "3171015708820002", "'3171011708800001", " 3171 0117 0880 0001 ", 3171011708800001.0,
        "3171011708800001.0", "9471012345678903", 9471012345678903.0, "317101170880001", "9.47101E+15",
        "1111111111111111", "1234567890123456", "3171010000000001", "3171011708800000", "3171019999990001",
        "3271011708800001", "3171994108800001", "0171011708800001", "3171014108000001", "3171011708801234",
        "3171010101000001", "3171015708800002", "3171011205100003", "3171015205100004", "3171010101800001",
        "", None, "  ", True, 3.5, "31710117088000011", "３１７１０１１７０８８０００１"]
KKS = ["3171020101200001", "3171020101200001", 3171020101200001.0, "3171011708800001", "1111111111111111",
       "3171023202200001", "'3171020202200002", "", None, "abc", "3171020101200000"]
NAMES = ["budi  SANTOSO", " siti\u00a0nur'AINI ", "ABDUL-RAHMAN  bin  yusuf", "", None, "  ", 12.0, 3.5,
         "JUMLAH", "Total", "nama", "NIK", "123", "x\x1cy", "a\u2003b", "ǆemal ǈuka", "ﬀ straße", "x" * 130,
         "Sub Total RT 03", "(1)", "Ali-", "-", "  Ṡiti  "]
SEXES = ["L", "p", "LAKI-LAKI", "Laki laki", 1.0, 2.0, 3.0, "2", "X", "", None, True, False, 1, "Pria."]
DATES = [dt.date(1980, 8, 17), dt.datetime(1980, 8, 17, 0, 0), dt.date(1980, 8, 17), 29450.0, "17-08-1980",
         "17 Agustus 1980", "31-02-1990", "2030-01-01", "", None, True, 1.0, -3.0, "1880-01-01", "1879-12-31",
         dt.date(2010, 5, 12), "12/05/2010", dt.date(1950, 1, 1), dt.date(2050, 1, 1), "29450"]
HUBS = ["KEPALA KELUARGA", "ANAK", 1.0, 3.0, "1 - Kepala rumah tangga", "1. KRT", 9.0, "x", "", None, True, "03"]
DESILS = [1.0, 2.0, 4.0, 5.0, "3", "", None, True, "x"]
RTS = [3.0, "003", "'003", 12.0, "1234", 1.5, "", None, "'", "abc", True]
ADDR = ["Jl. Contoh No. 1", "  Jl.  Contoh  ", 12.0, "", None, "x" * 300, True]
CODES = ["31", "73", "080", "003", "3173080003", 31.0, 73.0, 80.0, 3.0, "", None, "3173", "9999", "3173080"]


def _layout(source: str, fields: list[str]) -> Layout:
    cols = {f: i for i, f in enumerate(fields)}
    return Layout(sheet="s", sheet_names=("s",), header_row=1, columns=cols, headers=tuple(fields), unmapped=(),
                  last_row=100)


POOLS = {"nik": NIKS, "no_kk": KKS, "nama": NAMES, "jenis_kelamin": SEXES, "tanggal_lahir": DATES, "hub_krt": HUBS,
         "hub_kk": HUBS, "desil": DESILS, "rt": RTS, "rw": RTS, "alamat": ADDR, "tempat_lahir": ADDR,
         "nama_ibu_kandung": NAMES, "ref": ["P-1", 12.0, "", None, "x" * 70], "idbdt": ["3173080003000101", 5.0, ""],
         "idartbdt": ["3173080003000101001", "", None], "kdprop": CODES, "kdkab": CODES, "kdkec": CODES,
         "kddesa": CODES}
LAYOUTS = [
    ("p3ke", ["no", "ref", "no_kk", "nik", "nama", "jenis_kelamin", "tanggal_lahir", "hub_kk", "alamat", "rt", "rw",
              "desil"]),
    ("dtks", ["idbdt", "idartbdt", "kdprop", "kdkab", "kdkec", "kddesa", "nik", "no_kk", "nama", "jenis_kelamin",
              "tanggal_lahir", "hub_krt", "hub_kk", "tempat_lahir", "nama_ibu_kandung", "rt", "rw", "alamat"]),
    ("stunting", ["nik", "nama", "tanggal_lahir"]),
]


@st.composite
def sheets(draw: Any) -> tuple[str, list[str], list[list[Any]]]:
    source, fields = LAYOUTS[draw(st.integers(0, len(LAYOUTS) - 1))]
    n = draw(st.integers(1, 40))
    rows = []
    for _ in range(n):
        row = [draw(st.sampled_from(POOLS.get(f, ["", None, 1.0]))) for f in fields]
        row += [draw(st.sampled_from(["", None, "KET", 1.0]))] * draw(st.integers(0, 2))  # unmapped columns
        if draw(st.integers(0, 9)) == 0:
            row = row[:draw(st.integers(0, len(row)))]  # a short row
        rows.append(row)
    return source, fields, rows


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets())
def test_fast_parser_equals_reference(sheet: tuple[str, list[str], list[list[Any]]]) -> None:
    source, fields, rows = sheet
    layout = _layout(source, fields)
    parser = RowParser(layout, source, today=TODAY, kelurahan_kode=KEL, known_prefix=known_nik_prefix)
    state: dict[str, Any] = {}
    for number, row in enumerate(rows, 2):
        before = list(row)
        assert parser.parse(number, row) == reference_parse(state, layout.columns, number, before)
        assert row == before  # the parser never changes the caller's row


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets())
def test_fast_skip_equals_reference(sheet: tuple[str, list[str], list[list[Any]]]) -> None:
    source, fields, rows = sheet
    layout = _layout(source, fields)
    keys = frozenset(preset(source).keys())
    for row in rows:
        assert skip_kind(row, layout, keys) == reference_skip(row, layout, keys), row


def test_placeholders_are_those_of_the_domain_rule() -> None:
    import random

    rnd = random.Random(4)
    samples = list(_PLACEHOLDERS) + ["".join(rnd.choice("0123456789") for _ in range(16)) for _ in range(20000)]
    samples += ["0123456789012345", "9876543210987654", "1234567890123457", "3171010000000001"]
    for text in samples:
        assert (text[6:10] == "0000" or text in _PLACEHOLDERS) == _looks_placeholder(text), text


def test_names_split_like_the_regex() -> None:
    spaces = re.compile(r"\s+")
    for cp in range(0x3000 + 1):
        ch = chr(cp)
        assert (ch.isspace()) == bool(spaces.fullmatch(ch)), hex(cp)
