"""Value normalisation of messy cells (python-calamine types: float for every number, date for date cells)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from siks_desktop.io.prelist.normalize import norm_date, norm_id, norm_name, norm_sex
from siks_desktop.io.prelist.presets import header_key

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("cell", [3171011708800001.0, "3171011708800001", "'3171011708800001", " 3171 0117 0880 0001 ",
                                  "3171.0117.0880.0001", "3171-0117-0880-0001", "3171011708800001.0"])
def test_nik_forms(cell: object) -> None:
    assert norm_id(cell, "nik") == ("3171011708800001", None)


@pytest.mark.parametrize("cell", [9471012345678903.0, float(2 ** 53), "9.47101E+15", "3,17101E+15",
                                  "317101170880001", 317101170880001.0])
def test_nik_precision_lost(cell: object) -> None:
    assert norm_id(cell, "nik") == (None, "nik_precision_lost")
    assert norm_id(cell, "kk") == (None, "kk_precision_lost")


@pytest.mark.parametrize("cell", ["31710117088", "ABCDEFGHIJKLMNOP", 3.5, True])
def test_nik_format(cell: object) -> None:
    assert norm_id(cell, "nik") == (None, "nik_format")


@given(st.integers(min_value=10 ** 15, max_value=2 ** 53 - 1))
def test_exact_numbers_below_2_53_survive(n: int) -> None:
    assert norm_id(float(n), "nik") == (str(n), None)


@pytest.mark.parametrize("cell,expected", [
    (dt.date(1980, 8, 17), dt.date(1980, 8, 17)), (dt.datetime(1980, 8, 17), dt.date(1980, 8, 17)),
    (29450.0, dt.date(1980, 8, 17)), ("17-08-1980", dt.date(1980, 8, 17)), ("17/08/1980", dt.date(1980, 8, 17)),
    ("1980-08-17", dt.date(1980, 8, 17)), ("17 Agustus 1980", dt.date(1980, 8, 17)),
    ("17 AGT 1980", dt.date(1980, 8, 17)), ("5 Mei 2023", dt.date(2023, 5, 5)), ("", None)])
def test_dates(cell: object, expected: dt.date | None) -> None:
    assert norm_date(cell, today=TODAY) == (expected, None)


@pytest.mark.parametrize("cell,code", [("31-02-1990", "date_invalid"), ("kemarin", "date_invalid"),
                                       ("17 Agustus 2030", "date_future"), (-3.0, "date_invalid")])
def test_bad_dates(cell: object, code: str) -> None:
    assert norm_date(cell, today=TODAY) == (None, code)


@pytest.mark.parametrize("cell,code", [("L", 1), ("p", 2), ("LAKI-LAKI", 1), ("Laki laki", 1), ("PEREMPUAN", 2),
                                       (1.0, 1), (2.0, 2), ("2", 2), ("Pria", 1), ("wanita", 2)])
def test_sex(cell: object, code: int) -> None:
    assert norm_sex(cell) == (code, None)


def test_sex_invalid() -> None:
    assert norm_sex("X") == (None, "sex_invalid")
    assert norm_sex(3.0) == (None, "sex_invalid")


def test_names_consistent() -> None:
    assert norm_name("  budi   SANTOSO ") == "Budi Santoso"
    assert norm_name("siti\u00a0nur'AINI") == "Siti Nur'aini"
    assert norm_name("ABDUL-RAHMAN  bin  yusuf") == "Abdul-Rahman Bin Yusuf"
    assert norm_name(norm_name("x  Y z")) == norm_name("x  Y z")


def test_header_keys_tolerant() -> None:
    assert header_key("No. K.K") == header_key("NO KK") == header_key("nokk") == "NOKK"
    assert header_key(" Tgl. Lahir ") == header_key("TGL_LAHIR")
