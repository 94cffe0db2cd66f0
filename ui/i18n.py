"""Translations and Indonesian formatting (thousands separator ".", dates dd-mm-yyyy and "17 Agustus 2023").

Bahasa Indonesia is the source language of every ``tr()`` string; ``resources/translations/siks_<lang>.qm`` holds the
others (built with pyside6-lupdate / pyside6-lrelease, see docs/ui.md).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTranslator

from siks_desktop.resources import resource_path

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")

_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Load ``siks_<lang>.qm`` (no-op for Indonesian, the source language). True when a translation is active."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == "id" or lang not in LANGUAGES:
        return False
    translator = QTranslator(app)
    if not translator.load(str(resource_path("translations", f"siks_{lang}.qm"))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def fmt_int(n: int | None) -> str:
    """1234567 → "1.234.567" (Indonesian thousands separator)."""
    if n is None:
        return ""
    return f"{n:,}".replace(",", ".")


def fmt_date(d: dt.date | None) -> str:
    """dd-mm-yyyy, the form's date entry format."""
    return d.strftime("%d-%m-%Y") if d else ""


def fmt_date_long(d: dt.date | None) -> str:
    """17 Agustus 2023."""
    return f"{d.day} {BULAN[d.month - 1]} {d.year}" if d else ""


def parse_date(text: str) -> dt.date | None:
    """"17-08-2023" → date; raises ValueError for anything that is not a real dd-mm-yyyy date. Blank → None."""
    text = text.strip().strip("-_ ").replace("_", "")
    if not text or text.replace("-", "") == "":
        return None
    parts = text.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        raise ValueError("not dd-mm-yyyy")
    day, month, year = (int(p) for p in parts)
    return dt.date(year, month, day)
