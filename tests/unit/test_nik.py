"""NIK / Nomor KK rules (domain.md §4)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siks_desktop.domain.nik import (PROVINCE_CODES, NikInfo, age_on, check_kk, check_nik, nik_agreement, parse_nik,
                                     resolve_century)
from siks_desktop.domain.rules import has_errors

TODAY = date(2026, 11, 23)


def make_nik(birth: date, sex: int = 1, prefix: str = "317101", serial: str = "0001") -> str:
    day = birth.day + (40 if sex == 2 else 0)
    return f"{prefix}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial}"


def codes(problems) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in problems]


def test_province_list_has_38_codes() -> None:
    assert len(PROVINCE_CODES) == 38
    assert {"31", "11", "96", "21"} <= PROVINCE_CODES
    assert "20" not in PROVINCE_CODES and "97" not in PROVINCE_CODES


@pytest.mark.parametrize("birth, on, age", [
    (date(2000, 1, 1), date(2026, 11, 23), 26),
    (date(2000, 11, 23), date(2026, 11, 23), 26),   # birthday today
    (date(2000, 11, 24), date(2026, 11, 23), 25),   # birthday tomorrow
    (date(2004, 2, 29), date(2025, 2, 28), 20),     # 29 Feb in a common year: not yet
    (date(2004, 2, 29), date(2025, 3, 1), 21),
    (date(2026, 11, 23), date(2026, 11, 23), 0),
])
def test_age_on(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


@pytest.mark.parametrize("yy, month, day, hint, expected", [
    (10, 5, 15, None, date(2010, 5, 15)),        # a child born 2010 is not 1910 (stdnum's answer)
    (50, 6, 1, None, date(1950, 6, 1)),          # 2050 is in the future
    (26, 11, 23, None, date(2026, 11, 23)),      # born today: 20YY is not in the future
    (26, 11, 24, None, date(1926, 11, 24)),      # tomorrow in 2026 → 1926
    (0, 2, 29, None, date(2000, 2, 29)),         # 2000 is a leap year, 1900 is not
    (1, 2, 29, None, None),                      # 29 Feb 2001/1901 does not exist
    (20, 2, 30, None, None),
    (20, 1, 1, date(1920, 1, 1), date(1920, 1, 1)),    # agreeing hint gives its century (a centenarian)
    (10, 5, 15, date(2010, 5, 15), date(2010, 5, 15)),
    (24, 3, 10, date(1925, 3, 10), date(1924, 3, 10)),  # disagreeing hint: the nearest century
    (20, 1, 1, date(2030, 1, 1), date(2020, 1, 1)),     # a future hint is ignored
    (99, 12, 31, None, date(1999, 12, 31)),
])
def test_resolve_century(yy: int, month: int, day: int, hint: date | None, expected: date | None) -> None:
    assert resolve_century(yy, month, day, today=TODAY, hint=hint) == expected


def test_parse_nik_female_day_plus_40() -> None:
    info = parse_nik("3171015505100001", today=TODAY)
    assert info == NikInfo(prefix="317101", province="31", birth_date=date(2010, 5, 15), sex=2, serial="0001")


@pytest.mark.parametrize("nik, birth, sex", [
    ("3171011505100003", date(2010, 5, 15), 1),   # child born 2010 → 2010, not 1910
    ("3174060106500002", date(1950, 6, 1), 1),    # born 1950 → 1950
    ("3174067112990001", date(1999, 12, 31), 2),  # day 71 = 31 + 40
    ("3201014101010001", date(2001, 1, 1), 2),    # day 41 = 1 + 40, outside DKI still decodes
])
def test_parse_nik_birth_and_sex(nik: str, birth: date, sex: int) -> None:
    info = parse_nik(nik, today=TODAY)
    assert info is not None and info.birth_date == birth and info.sex == sex


@pytest.mark.parametrize("nik", [
    "3171013102900001",   # 31 Feb
    "3171017102900001",   # 31 Feb for a woman
    "3171011500900001",   # month 00
    "3171011513900001",   # month 13
    "3171010001900001",   # day 00
    "3171013201900001",   # day 32
    "3171014001900001",   # day 40
    "3171017201900001",   # day 72
    "317101150190000",    # 15 digits
    "31710115019000012",  # 17 digits
    "31710115019O0001",   # letter O
    "",
])
def test_parse_nik_rejects_structurally_invalid(nik: str) -> None:
    assert parse_nik(nik, today=TODAY) is None


@pytest.mark.parametrize("nik, expected", [
    ("3171011505100001", []),
    (" 3171011505100001 ", []),              # surrounding spaces are tolerated
    (None, []),
    ("", []),
    ("317101150510001", ["nik_format"]),
    ("317101150510000A", ["nik_format"]),
    ("3171 011505100001", ["nik_format"]),
    ("٣١٧١٠١١٥٠٥١٠٠٠٠١", ["nik_format"]),     # Arabic-Indic digits are not ASCII digits
    ("2071011505100001", ["nik_province"]),
    ("9971011505100001", ["nik_province"]),
    ("3171013102900001", ["nik_birth_date"]),  # 31 Feb
    ("3171011500900001", ["nik_birth_date"]),  # month 00
    ("3171011513900001", ["nik_birth_date"]),  # month 13
    ("3171013501900001", ["nik_birth_date"]),  # day 35
    ("3171017201900001", ["nik_birth_date"]),  # day 72
    ("3171011505100000", ["nik_serial"]),
    ("3171010000001234", ["nik_placeholder"]),  # digits 7–10 zero
    ("3171010000000000", ["nik_placeholder"]),
    ("3333333333333333", ["nik_placeholder"]),
    ("1234567890123456", ["nik_placeholder"]),
    ("2071013102900000", ["nik_province", "nik_birth_date", "nik_serial"]),
])
def test_check_nik_codes(nik: str | None, expected: list[str]) -> None:
    assert codes(check_nik(nik, today=TODAY)) == expected


def test_non_dki_nik_is_valid_with_a_warning() -> None:
    problems = check_nik("3201011505100001", today=TODAY)
    assert codes(problems) == ["nik_outside_region"]
    assert problems[0].severity == "warning" and problems[0].param("provinsi") == "32"
    assert not has_errors(problems)
    assert check_nik("3201011505100001", today=TODAY, local_province="32") == []


def test_check_nik_known_prefix() -> None:
    known = {"317101", "317406"}.__contains__
    assert check_nik("3171011505100001", today=TODAY, known_prefix=known) == []
    problems = check_nik("3171991505100001", today=TODAY, known_prefix=known)
    assert codes(problems) == ["nik_region"] and problems[0].severity == "error"
    # an unknown province is reported once, not also as an unknown region
    assert codes(check_nik("2071011505100001", today=TODAY, known_prefix=known)) == ["nik_province"]


def test_check_nik_problems_carry_no_personal_data() -> None:
    nik = "3171013102900000"
    for p in check_nik(nik, today=TODAY):
        assert nik not in p.message and all(nik not in str(v) for _, v in p.params)
        assert p.field == "nik"


@pytest.mark.parametrize("kk, expected", [
    ("3171010101200001", []),
    (None, []),
    ("", []),
    ("317101010120001", ["kk_format"]),
    ("31710101012000x1", ["kk_format"]),
    ("2071010101200001", ["kk_region"]),
    ("3171013202200001", ["kk_date"]),   # 32 Feb
    ("3171014101200001", ["kk_date"]),   # no +40 on a KK
    ("3171010113200001", ["kk_date"]),   # month 13
    ("3171012902010001", ["kk_date"]),   # 29 Feb 2001
    ("3171012902000001", []),            # 29 Feb 2000
    ("3171010101200000", ["kk_serial"]),
    ("3171010000001111", ["kk_placeholder"]),
    ("1111111111111111", ["kk_placeholder"]),
])
def test_check_kk_codes(kk: str | None, expected: list[str]) -> None:
    assert codes(check_kk(kk)) == expected


def test_check_kk_region_and_nik() -> None:
    assert codes(check_kk("3171990101200001", known_prefix={"317101"}.__contains__)) == ["kk_region"]
    assert check_kk("3171010101200001", known_prefix={"317101"}.__contains__) == []
    assert codes(check_kk("3171011505100001", nik="3171011505100001")) == ["kk_equals_nik"]
    assert codes(check_kk("3171011505100001", nik=[None, "3171015505100001", "3171011505100001"])) == ["kk_equals_nik"]
    assert check_kk("3171011505100001", nik=["3171015505100001"]) == []


@pytest.mark.parametrize("nik, sex, birth, expected", [
    ("3171011505100001", 1, date(2010, 5, 15), []),
    ("3171015505100001", 2, date(2010, 5, 15), []),
    ("3171015505100001", 1, date(2010, 5, 15), ["nik_sex_mismatch"]),
    ("3171011505100001", 2, None, ["nik_sex_mismatch"]),
    ("3171011505100001", None, date(2010, 5, 16), ["nik_birth_date_mismatch"]),
    ("3171011505100001", 1, date(2011, 5, 15), ["nik_birth_date_mismatch"]),           # 1 year apart: age ok
    ("3171011505100001", 1, date(2013, 5, 15), ["nik_birth_date_mismatch", "nik_age_mismatch"]),
    ("3171010101200001", 1, date(1920, 1, 1), []),   # a centenarian: the century comes from tanggal lahir
    ("3171013102900001", 1, date(1990, 2, 28), []),  # a NIK without a date is check_nik's business
    (None, 1, date(1990, 2, 28), []),
])
def test_nik_agreement(nik: str | None, sex: int | None, birth: date | None, expected: list[str]) -> None:
    problems = nik_agreement(nik, jenis_kelamin=sex, tanggal_lahir=birth, today=TODAY)
    assert codes(problems) == expected
    assert all(p.severity == "warning" for p in problems)


def test_nik_agreement_with_recorded_age() -> None:
    assert nik_agreement("3171011505100001", jenis_kelamin=None, tanggal_lahir=None, today=TODAY, umur=16) == []
    assert nik_agreement("3171011505100001", jenis_kelamin=None, tanggal_lahir=None, today=TODAY, umur=17) == []
    assert codes(nik_agreement("3171011505100001", jenis_kelamin=None, tanggal_lahir=None, today=TODAY,
                               umur=30)) == ["nik_age_mismatch"]


# ---- properties ----
births = st.dates(min_value=date(1901, 1, 1), max_value=TODAY)


@settings(max_examples=300)
@given(birth=births, sex=st.sampled_from([1, 2]), serial=st.integers(1, 9999))
def test_generated_nik_parses_back_with_hint(birth: date, sex: int, serial: int) -> None:
    nik = make_nik(birth, sex, serial=f"{serial:04d}")
    info = parse_nik(nik, today=TODAY, hint=birth)
    assert info is not None and info.birth_date == birth and info.sex == sex
    assert nik_agreement(nik, jenis_kelamin=sex, tanggal_lahir=birth, today=TODAY) == []


@settings(max_examples=300)
@given(birth=st.dates(min_value=TODAY.replace(year=TODAY.year - 100) + timedelta(days=1), max_value=TODAY),
       sex=st.sampled_from([1, 2]))
def test_generated_nik_parses_back_without_hint_within_100_years(birth: date, sex: int) -> None:
    nik = make_nik(birth, sex)
    info = parse_nik(nik, today=TODAY)
    assert info is not None and (info.birth_date, info.sex) == (birth, sex)
    assert not has_errors(check_nik(nik, today=TODAY))


@given(yy=st.integers(0, 99), month=st.integers(1, 12), day=st.integers(1, 31),
       today=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
       hint=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_century_resolution_never_yields_a_future_date(yy: int, month: int, day: int, today: date,
                                                       hint: date | None) -> None:
    resolved = resolve_century(yy, month, day, today=today, hint=hint)
    if resolved is not None:
        assert resolved <= today
        assert (resolved.year % 100, resolved.month, resolved.day) == (yy, month, day)


@given(text=st.text(max_size=20))
def test_check_nik_never_raises_and_rejects_non_16_digit_text(text: str) -> None:
    problems = check_nik(text, today=TODAY)
    stripped = text.strip()
    if stripped and not (len(stripped) == 16 and stripped.isascii() and stripped.isdigit()):
        assert codes(problems) == ["nik_format"]
