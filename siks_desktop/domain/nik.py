"""NIK and Nomor KK structure and validation (domain.md §4).

NIK = ``PPKKCC DDMMYY NNNN``: province, kab/kota, kecamatan of first registration; birth day (+40 for women), month,
2-digit year; serial from 0001 (Dukcapil; see the sources in domain.md §4). Nomor KK = ``PPKKCC DDMMYY NNNN`` with the
recording date and no +40 ([I] in domain.md §4).

We resolve the century ourselves: python-stdnum's ``get_birth_date`` tries 19YY first and returns 1910 for a child
born 2010 (domain.md §4, Decisions "NIK"). Pure functions: the kecamatan table comes in as ``known_prefix``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable

from .messages import Problem

# The 38 province codes (Kemendagri), domain.md §4 "PP in the list of 38 province codes".
PROVINCE_CODES: frozenset[str] = frozenset(
    "11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 "
    "71 72 73 74 75 76 81 82 91 92 93 94 95 96".split()
)
LOCAL_PROVINCE = "31"  # DKI Jakarta
FEMALE_DAY_OFFSET = 40

KnownPrefix = Callable[[str], bool]


@dataclass(frozen=True)
class NikInfo:
    """What a NIK tells: region of first registration, birth date (century resolved), sex (1 L, 2 P), serial."""

    prefix: str
    province: str
    birth_date: date
    sex: int
    serial: str


def age_on(birth: date, on: date) -> int:
    """Completed years of age on a day (a 29 February birthday counts from 1 March in common years)."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_century(yy: int, month: int, day: int, *, today: date, hint: date | None = None) -> date | None:
    """The full birth date of a DDMMYY triple (day already without +40), or None when no century gives a real past date.

    Order: (1) a hint (tanggal lahir) agreeing on dd-mm-yy gives its century; (2) a disagreeing hint picks the century
    nearest to it, since the hint is still the best evidence of the century; (3) otherwise 20YY when it is not in the
    future (it then means an age of at most today.year − 2000, while 19YY would mean 100+), else 19YY.
    Never returns a date after ``today``.
    """
    if not 0 <= yy <= 99:
        return None
    candidates = [d for d in (_make_date(2000 + yy, month, day), _make_date(1900 + yy, month, day))
                  if d is not None and d <= today]
    if not candidates:
        return None
    if hint is not None and hint <= today:
        for cand in candidates:
            if cand == hint:
                return cand
        return min(candidates, key=lambda d: abs((d - hint).days))
    return candidates[0]  # 20YY when present (not future), else 19YY


def _is_16_digits(text: str) -> bool:
    return len(text) == 16 and text.isascii() and text.isdigit()


def _looks_placeholder(text: str) -> bool:
    """Known fake patterns (domain.md §4 "Known bad patterns"): xxxxxx0000xxxxxx, one repeated digit, 1234…"""
    if text[6:10] == "0000" or len(set(text)) == 1:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in zip(text, text[1:])}
    return steps in ({1}, {9})


def _split_date(text: str) -> tuple[int, int, int]:
    return int(text[6:8]), int(text[8:10]), int(text[10:12])


def parse_nik(nik: str, *, today: date, hint: date | None = None) -> NikInfo | None:
    """Decode a NIK; None when it is not 16 digits or carries no real past birth date.

    Province, region and serial are not judged here (see check_nik), so a NIK from any region still decodes.
    """
    nik = nik.strip()
    if not _is_16_digits(nik):
        return None
    dd, month, yy = _split_date(nik)
    sex = 2 if dd > FEMALE_DAY_OFFSET else 1
    day = dd - FEMALE_DAY_OFFSET if sex == 2 else dd
    if not 1 <= day <= 31 or not 1 <= month <= 12:
        return None
    birth = resolve_century(yy, month, day, today=today, hint=hint)
    if birth is None:
        return None
    return NikInfo(prefix=nik[:6], province=nik[:2], birth_date=birth, sex=sex, serial=nik[12:])


def check_nik(nik: str | None, *, today: date, known_prefix: KnownPrefix | None = None,
              local_province: str = LOCAL_PROVINCE) -> list[Problem]:
    """Hard errors and the outside-province warning of domain.md §4 for one NIK. Empty NIK: no problem here
    (whether a NIK is required is the caller's rule)."""
    if nik is None or not nik.strip():
        return []
    nik = nik.strip()
    if not _is_16_digits(nik):
        return [Problem("nik", "nik_format", "error")]
    if _looks_placeholder(nik):
        return [Problem("nik", "nik_placeholder", "error")]
    problems: list[Problem] = []
    province = nik[:2]
    if province not in PROVINCE_CODES:
        problems.append(Problem("nik", "nik_province", "error"))
    elif known_prefix is not None and not known_prefix(nik[:6]):
        problems.append(Problem("nik", "nik_region", "error"))
    if parse_nik(nik, today=today) is None:
        problems.append(Problem("nik", "nik_birth_date", "error"))
    if nik[12:] == "0000":
        problems.append(Problem("nik", "nik_serial", "error"))
    if province in PROVINCE_CODES and province != local_province:
        # A resident may hold a NIK first registered elsewhere: warn, never block (domain.md Decisions "NIK").
        problems.append(Problem("nik", "nik_outside_region", "warning", params=(("provinsi", province),)))
    return problems


def _kk_date_valid(dd: int, month: int, yy: int) -> bool:
    return any(_make_date(century + yy, month, dd) is not None for century in (1900, 2000))


def check_kk(no_kk: str | None, *, known_prefix: KnownPrefix | None = None,
             nik: str | Iterable[str | None] | None = None) -> list[Problem]:
    """Rules for a Nomor KK (domain.md §4): 16 digits, known region, DDMMYY recording date without +40, serial not
    0000, and not equal to a NIK (``nik``: one NIK or the NIKs of the household)."""
    if no_kk is None or not no_kk.strip():
        return []
    no_kk = no_kk.strip()
    if not _is_16_digits(no_kk):
        return [Problem("no_kk", "kk_format", "error")]
    niks = {nik} if isinstance(nik, str) else set(nik or ())
    if no_kk in {n.strip() for n in niks if n}:
        return [Problem("no_kk", "kk_equals_nik", "error")]
    if _looks_placeholder(no_kk):
        return [Problem("no_kk", "kk_placeholder", "error")]
    problems: list[Problem] = []
    if no_kk[:2] not in PROVINCE_CODES or (known_prefix is not None and not known_prefix(no_kk[:6])):
        problems.append(Problem("no_kk", "kk_region", "error"))
    if not _kk_date_valid(*_split_date(no_kk)):
        problems.append(Problem("no_kk", "kk_date", "error"))
    if no_kk[12:] == "0000":
        problems.append(Problem("no_kk", "kk_serial", "error"))
    return problems


def nik_agreement(nik: str | None, *, jenis_kelamin: int | None, tanggal_lahir: date | None, today: date,
                  umur: int | None = None) -> list[Problem]:
    """Cross-field warnings (domain.md §4 "Cross-field checks"): sex vs day > 40, NIK date vs tanggal lahir (with
    century), age from NIK vs age from tanggal lahir (and vs a recorded ``umur``) ± 1 year. A NIK that does not
    decode gives no warning here: check_nik reports it."""
    if not nik:
        return []
    info = parse_nik(nik, today=today, hint=tanggal_lahir)
    if info is None:
        return []
    problems: list[Problem] = []
    if jenis_kelamin in (1, 2) and jenis_kelamin != info.sex:
        problems.append(Problem("nik", "nik_sex_mismatch", "warning"))
    nik_age = age_on(info.birth_date, today)
    if tanggal_lahir is not None:
        if tanggal_lahir != info.birth_date:
            problems.append(Problem("nik", "nik_birth_date_mismatch", "warning"))
        if abs(nik_age - age_on(tanggal_lahir, today)) > 1:
            problems.append(Problem("nik", "nik_age_mismatch", "warning"))
    elif umur is not None and abs(nik_age - umur) > 1:
        problems.append(Problem("nik", "nik_age_mismatch", "warning"))
    return problems
