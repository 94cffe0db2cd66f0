"""Cell values of real prelist workbooks → the values the database stores.

Every function takes what python-calamine returns (``str``, ``float`` for every number, ``bool``, ``datetime.date``
for date-only cells, ``datetime.datetime``, ``datetime.timedelta``, or ``""`` for an empty cell) and returns
``(value, code)``: the normalised value, or ``None`` with a problem code. ``(None, None)`` means "empty".

NIK / Nomor KK (pitfalls.md "Excel"): a 16-digit number is exact in a float only below 2^53 (≈9.007e15). Jakarta NIKs
(31…) survive; eastern provinces' (≥ 91…) do not, and Excel itself keeps 15 significant digits when a number is
typed. So a number at or above 2^53, a text in scientific notation (``9.47101E+15``) or a 15-digit value is rejected
with ``*_precision_lost`` — never "repaired" into a different person's NIK.
"""
from __future__ import annotations

import datetime as dt
import re

PRECISION_LIMIT = 2 ** 53
EXCEL_EPOCH = dt.date(1899, 12, 30)  # 1900 date system, with Excel's 1900-02-29 bug folded in for serials > 60
_ID_JUNK = re.compile(r"[\s.\-'`’‘\u00a0_]+")
_SCIENTIFIC = re.compile(r"^[0-9]+([.,][0-9]+)?[eE][+]?[0-9]+$")
_SPACES = re.compile(r"\s+")

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8, "agust": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$")
_D_MONTH_Y = re.compile(r"^(\d{1,2})[\s\-/.]+([a-z]+)[\s\-/.]+(\d{4})$")

SEX_WORDS = {
    "l": 1, "lk": 1, "laki": 1, "laki laki": 1, "lakilaki": 1, "laki-laki": 1, "pria": 1, "1": 1, "m": 1,
    "p": 2, "pr": 2, "perempuan": 2, "wanita": 2, "2": 2, "w": 2, "f": 2,
}
HUB_WORDS = {
    "kepala rumah tangga": 1, "kepala keluarga": 1, "krt": 1, "kk": 1, "kepala": 1,
    "istri": 2, "suami": 2, "istri/suami": 2, "suami/istri": 2, "istri suami": 2, "suami istri": 2, "isteri": 2,
    "anak": 3, "anak kandung": 3, "anak angkat": 3, "anak tiri": 3,
    "menantu": 4, "cucu": 5,
    "orang tua": 6, "orangtua": 6, "mertua": 6, "orang tua/mertua": 6, "ayah": 6, "ibu": 6,
    "pembantu": 7, "pembantu ruta": 7, "pembantu rumah tangga": 7,
    "lainnya": 8, "famili lain": 8, "lain-lain": 8, "lain lain": 8, "saudara": 8, "famili": 8,
}


def is_blank(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def norm_id(value: object, prefix: str) -> tuple[str | None, str | None]:
    """A NIK (``prefix='nik'``) or Nomor KK (``'kk'``) as 16-digit text.

    Accepts text with an apostrophe, spaces, dots or dashes, and an exact integral number below 2^53. Codes:
    ``{prefix}_precision_lost`` (number ≥ 2^53, scientific notation, 15 digits), ``{prefix}_format`` (anything else).
    """
    if is_blank(value):
        return None, None
    if isinstance(value, bool):
        return None, f"{prefix}_format"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and (value != value or not value.is_integer()):
            return None, f"{prefix}_format"
        if abs(value) >= PRECISION_LIMIT:
            return None, f"{prefix}_precision_lost"
        text = str(int(value))
    elif isinstance(value, str):
        raw = value.strip().lstrip("'`’‘").strip()
        if _SCIENTIFIC.match(raw):
            return None, f"{prefix}_precision_lost"
        if raw.endswith(".0") or raw.endswith(",0"):  # a number exported as text by another program
            raw = raw[:-2]
        text = _ID_JUNK.sub("", raw)
    else:
        return None, f"{prefix}_format"
    if not (text.isascii() and text.isdigit()):
        return None, f"{prefix}_format"
    if len(text) == 15:
        return None, f"{prefix}_precision_lost"
    if len(text) != 16:
        return None, f"{prefix}_format"
    return text, None


def norm_name(value: object) -> str | None:
    """Trimmed, inner spaces collapsed, Title Case per word part ("siti  nur'AINI-binti" → "Siti Nur'aini-Binti")."""
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _SPACES.sub(" ", str(value).replace("\u00a0", " ")).strip()
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")) for word in text.split(" "))


def norm_text(value: object, max_len: int | None = None) -> str | None:
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _SPACES.sub(" ", str(value).replace("\u00a0", " ")).strip()
    return text[:max_len] if max_len else text


def norm_sex(value: object) -> tuple[int | None, str | None]:
    """1 Laki-laki / 2 Perempuan from L/P, LK/PR, LAKI-LAKI/PEREMPUAN, PRIA/WANITA, 1/2."""
    if is_blank(value):
        return None, None
    if isinstance(value, float):
        return (int(value), None) if value in (1.0, 2.0) else (None, "sex_invalid")
    key = _SPACES.sub(" ", str(value).strip().lower().rstrip("."))
    code = SEX_WORDS.get(key) or SEX_WORDS.get(key.replace("-", " "))
    return (code, None) if code else (None, "sex_invalid")


def norm_code(value: object, allowed: range, words: dict[str, int] | None = None,
              bad: str = "code_unknown") -> tuple[int | None, str | None]:
    """A small integer code (1.0 from calamine, "03" as text, or a word from ``words``)."""
    if is_blank(value):
        return None, None
    if isinstance(value, float):
        if value.is_integer() and int(value) in allowed:
            return int(value), None
        return None, bad
    text = _SPACES.sub(" ", str(value).strip().lower())
    if text.isdigit():
        return (int(text), None) if int(text) in allowed else (None, bad)
    if words:
        code = words.get(text)
        if code is None and " - " in text:  # "1 - Kepala rumah tangga"
            head = text.split(" - ", 1)[0].strip()
            if head.isdigit() and int(head) in allowed:
                return int(head), None
        if code is not None:
            return code, None
    head = text.split(" ", 1)[0].rstrip(".")
    if head.isdigit() and int(head) in allowed:  # "1. Kepala rumah tangga"
        return int(head), None
    return None, bad


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def norm_date(value: object, *, today: dt.date) -> tuple[dt.date | None, str | None]:
    """A birth date from a date cell, an Excel serial, or text ``17-08-1980``, ``17/08/1980``, ``1980-08-17``,
    ``17 Agustus 1980``. Codes: ``date_invalid``, ``date_future``."""
    if is_blank(value):
        return None, None
    result: dt.date | None
    if isinstance(value, dt.datetime):
        result = value.date()
    elif isinstance(value, dt.date):
        result = value
    elif isinstance(value, bool):
        result = None
    elif isinstance(value, (int, float)):
        result = None
        if float(value).is_integer() and 1 <= value <= 2958465:
            serial = int(value)
            result = EXCEL_EPOCH + dt.timedelta(days=serial if serial > 60 else serial + 1)
    elif isinstance(value, str):
        text = _SPACES.sub(" ", value.strip().lower().lstrip("'"))
        result = None
        if m := _DMY.match(text):
            result = _safe_date(int(m[3]), int(m[2]), int(m[1]))
        elif m := _YMD.match(text):
            result = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        elif m := _D_MONTH_Y.match(text):
            month = MONTHS.get(m[2])
            result = _safe_date(int(m[3]), month, int(m[1])) if month else None
        elif text.isdigit() and 1 <= int(text) <= 2958465 and len(text) <= 5:
            result = EXCEL_EPOCH + dt.timedelta(days=int(text))
    else:
        result = None
    if result is None or result.year < 1880:
        return None, "date_invalid"
    if result > today:
        return None, "date_future"
    return result, None


def norm_digits(value: object, width: int | None = None) -> str | None:
    """A code kept as text (RT/RW "003", IDBDT): numbers lose the float's ``.0``; ``width`` zero-pads."""
    if is_blank(value):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        text = str(int(value))
    else:
        text = str(value).strip().lstrip("'")
    if width and text.isdigit():
        text = text.zfill(width)
    return text


def norm_int(value: object) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    return int(text) if text.isdigit() else None
