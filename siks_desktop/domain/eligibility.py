"""Advisory eligibility indicators shown beside a household during the musyawarah (domain.md §3.2).

Two checklists, read from the verval instrument values of one household:

* **Kepmensos 262/HUK/2022** (kriteria fakir miskin; revoked 146/HUK/2013): the items the instrument can answer —
  KRT tidak bekerja, lantai tanah/plesteran, dinding bambu/kayu/tembok tanpa plester, tidak punya jamban sendiri,
  listrik 450 VA atau bukan listrik.
* **BPS-14** (older PSE05 standard, "miskin bila ≥ 9 terpenuhi"): luas lantai < 8 m²/orang, lantai, dinding, BAB,
  penerangan, air minum, bahan bakar, pendidikan KRT, tabungan/aset mudah dijual.

Items the instrument cannot answer (food, clothing, income, healthcare) are listed too, with ``computable=False``
and ``met=None``, so the checklist shown in the meeting is complete and the participants judge them themselves.
``met`` is True (criterion met = indication of poverty), False, or None (not answerable: value missing).

**Advisory only** (Decision "Eligibility indicators" in domain.md): nothing here decides; the musyawarah does.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["BPS_14", "BPS_THRESHOLD", "KEPMENSOS_262", "Indicator", "IndicatorSummary", "indicators", "summarize"]

KEPMENSOS_262 = "kepmensos_262_2022"
BPS_14 = "bps_14"
BPS_THRESHOLD = 9  # BPS: a household meeting at least 9 of the 14 criteria counts as poor


@dataclass(frozen=True)
class Indicator:
    code: str  # e.g. "k262_e", "bps_01"
    label: str
    met: bool | None
    source: str  # KEPMENSOS_262 / BPS_14
    computable: bool = True  # False: the instrument has no variable for it (judged in the meeting)
    basis: str = ""  # the instrument variables read, for the tooltip ("III.3 lantai")


@dataclass(frozen=True)
class IndicatorSummary:
    source: str
    met: int
    not_met: int
    unknown: int
    total: int


# ---------------------------------------------------------------------------------------------- reading the values
def _get(values: Any, name: str) -> Any:
    if isinstance(values, Mapping):
        return values.get(name)
    getter = getattr(values, "get", None)
    return getter(name) if getter else getattr(values, name, None)


def _members(household: Any) -> Sequence[Any]:
    return tuple(getattr(household, "members", ()) or ())


def _krt(household: Any) -> Any | None:
    """The kepala rumah tangga (hub_krt 1), else the first member still living in the household."""
    members = _members(household)
    for m in members:
        if _get(m, "hub_krt") == 1:
            return m
    return members[0] if members else None


def _persons(household: Any) -> int | None:
    """People living in the household: members present (status_art 1 or 6 or unknown), else I.9 jumlah ART."""
    members = [m for m in _members(household) if _get(m, "status_art") in (None, 1, 6)]
    if members:
        return len(members)
    n = _get(household, "jumlah_art")
    return n if isinstance(n, int) and n > 0 else None


def _in(value: Any, yes: Iterable[int], no: Iterable[int]) -> bool | None:
    if value in set(yes):
        return True
    if value in set(no):
        return False
    return None


# --------------------------------------------------------------------------------------------------- the criteria
def _krt_tidak_bekerja(hh: Any) -> bool | None:
    krt = _krt(hh)
    return _in(_get(krt, "bekerja"), yes=(2,), no=(1,)) if krt is not None else None


def _lantai_262(hh: Any) -> bool | None:
    # e. lantai sebagian besar tanah dan/atau plesteran: 9 Tanah, 6 Semen/bata merah (plesteran)
    return _in(_get(hh, "lantai"), yes=(6, 9), no=(1, 2, 3, 4, 5, 7, 8))


def _dinding(hh: Any) -> bool | None:
    # bambu/kawat/papan kayu/…/tembok tanpa plester: every non-tembok material; a tembok counts when its condition is
    # "jelek/kualitas rendah" (the instrument has no "tanpa plester" code; III.4b is the nearest).
    dinding = _get(hh, "dinding")
    if dinding in (2, 3, 4, 5, 6):
        return True
    if dinding == 1:
        return _in(_get(hh, "kondisi_dinding"), yes=(2,), no=(1,))
    return None


def _dinding_bps(hh: Any) -> bool | None:
    # bambu/rumbia/kayu berkualitas rendah/tembok tanpa plester: bamboo always; wood and tembok when of low quality
    dinding = _get(hh, "dinding")
    if dinding in (2, 4, 6):
        return True
    if dinding in (1, 3, 5):
        return _in(_get(hh, "kondisi_dinding"), yes=(2,), no=(1,))
    return None


def _jamban(hh: Any) -> bool | None:
    # 1 Sendiri; 2 Bersama; 3 Umum; 4 Tidak ada
    return _in(_get(hh, "fasbab"), yes=(2, 3, 4), no=(1,))


def _listrik_262(hh: Any) -> bool | None:
    sumber = _get(hh, "sumber_penerangan")
    if sumber == 3:  # bukan listrik
        return True
    if sumber == 1:  # PLN: 450 VA, or no meter of its own (menumpang)
        return _in(_get(hh, "daya"), yes=(1, 6), no=(2, 3, 4, 5))
    return None  # non-PLN (genset, solar): the instrument records no capacity


def _luas_per_orang(hh: Any) -> bool | None:
    luas, n = _get(hh, "luas_lantai"), _persons(hh)
    if not isinstance(luas, (int, float)) or not n:
        return None
    return luas / n < 8


def _krt_pendidikan_sd(hh: Any) -> bool | None:
    krt = _krt(hh)
    if krt is None:
        return None
    if _get(krt, "partisipasi_sekolah") == 0:  # tidak/belum pernah sekolah
        return True
    return _in(_get(krt, "ijazah"), yes=(0, 1), no=(2, 3, 4, 5, 6))


def _tanpa_aset_mudah_dijual(hh: Any) -> bool | None:
    # tidak punya tabungan/barang mudah dijual ≥ Rp500.000 (sepeda motor, emas, ternak, kapal motor, barang modal)
    flags = [_get(hh, n) for n in ("ada_emas", "ada_motor", "ada_mobil", "ada_perahu_motor", "ada_kapal",
                                   "ada_motor_tempel")]
    ternak = [_get(hh, n) for n in ("jumlah_sapi", "jumlah_kerbau", "jumlah_kuda", "jumlah_babi", "jumlah_kambing")]
    if any(f is True for f in flags) or any(isinstance(t, int) and t > 0 for t in ternak):
        return False
    if _get(hh, "ada_emas") is None or _get(hh, "ada_motor") is None:
        return None
    return True


def _never(hh: Any) -> None:
    return None


# (code, label, source, function or None when not in the instrument, basis)
_CRITERIA: tuple[tuple[str, str, str, Any, str], ...] = (
    ("k262_0", "Tidak mempunyai tempat tinggal (otomatis fakir miskin)", KEPMENSOS_262, None, ""),
    ("k262_a", "Kepala keluarga/pengurus keluarga tidak bekerja", KEPMENSOS_262, _krt_tidak_bekerja,
     "IV.20 bekerja (KRT)"),
    ("k262_b", "Pernah khawatir atau pernah tidak makan dalam setahun terakhir", KEPMENSOS_262, None, ""),
    ("k262_c", "Pengeluaran pangan lebih dari separuh total pengeluaran", KEPMENSOS_262, None, ""),
    ("k262_d", "Tidak ada pengeluaran untuk pakaian selama setahun terakhir", KEPMENSOS_262, None, ""),
    ("k262_e", "Lantai sebagian besar tanah dan/atau plesteran", KEPMENSOS_262, _lantai_262, "III.3 lantai"),
    ("k262_f", "Dinding sebagian besar bambu/kawat/papan kayu/terpal/kardus/tembok tanpa plester/rumbia/seng",
     KEPMENSOS_262, _dinding, "III.4a dinding, III.4b kondisi"),
    ("k262_g", "Tidak memiliki jamban sendiri (jamban bersama/umum atau tidak ada)", KEPMENSOS_262, _jamban,
     "III.11a fasilitas BAB"),
    ("k262_h", "Penerangan listrik 450 VA (atau tanpa meteran) atau bukan listrik", KEPMENSOS_262, _listrik_262,
     "III.9a sumber penerangan, III.9b daya"),
    ("bps_01", "Luas lantai kurang dari 8 m² per orang", BPS_14, _luas_per_orang, "III.2 luas lantai, jumlah ART"),
    ("bps_02", "Lantai tanah/bambu/kayu murahan", BPS_14,
     lambda hh: _in(_get(hh, "lantai"), yes=(7, 8, 9), no=(1, 2, 3, 4, 5, 6)), "III.3 lantai"),
    ("bps_03", "Dinding bambu/rumbia/kayu berkualitas rendah/tembok tanpa plester", BPS_14, _dinding_bps,
     "III.4a dinding, III.4b kondisi"),
    ("bps_04", "Tidak memiliki fasilitas buang air besar atau bersama rumah tangga lain", BPS_14, _jamban,
     "III.11a fasilitas BAB"),
    ("bps_05", "Sumber penerangan bukan listrik", BPS_14,
     lambda hh: _in(_get(hh, "sumber_penerangan"), yes=(3,), no=(1, 2)), "III.9a sumber penerangan"),
    ("bps_06", "Air minum dari sumur/mata air tak terlindung, sungai atau air hujan", BPS_14,
     lambda hh: _in(_get(hh, "sumber_airminum"), yes=(7, 9, 10, 11), no=(1, 2, 3, 4, 5, 6, 8)),
     "III.7 sumber air minum"),
    ("bps_07", "Bahan bakar memasak kayu bakar/arang/minyak tanah", BPS_14,
     lambda hh: _in(_get(hh, "bb_masak"), yes=(5, 7, 8), no=(1, 2, 3, 4, 6)), "III.10 bahan bakar memasak"),
    ("bps_08", "Konsumsi daging/susu/ayam paling banyak sekali seminggu", BPS_14, None, ""),
    ("bps_09", "Hanya membeli satu stel pakaian baru dalam setahun", BPS_14, None, ""),
    ("bps_10", "Hanya sanggup makan satu atau dua kali sehari", BPS_14, None, ""),
    ("bps_11", "Tidak sanggup membayar biaya pengobatan di puskesmas/poliklinik", BPS_14, None, ""),
    ("bps_12", "Penghasilan KRT kurang dari Rp600.000 per bulan (petani gurem, buruh tani/bangunan, nelayan, dll.)",
     BPS_14, None, ""),
    ("bps_13", "Pendidikan KRT tidak sekolah/tidak tamat SD/hanya SD", BPS_14, _krt_pendidikan_sd,
     "IV.16 partisipasi sekolah, IV.19 ijazah (KRT)"),
    ("bps_14", "Tidak memiliki tabungan/barang mudah dijual senilai Rp500.000 (motor, emas, ternak, kapal motor)",
     BPS_14, _tanpa_aset_mudah_dijual, "V.1g emas, V.1j motor, V.1k mobil, V.1n–o, V.2c ternak"),
)


def indicators(household: Any) -> tuple[Indicator, ...]:
    """Every indicator of both checklists for one household (a ``HouseholdDTO``, or any object/mapping whose
    ``get(name)`` gives ruta values and whose ``members`` give ART values)."""
    out = []
    for code, label, source, fn, basis in _CRITERIA:
        met = fn(household) if fn is not None else None
        out.append(Indicator(code=code, label=label, met=met, source=source, computable=fn is not None,
                             basis=basis))
    return tuple(out)


def summarize(items: Sequence[Indicator]) -> dict[str, IndicatorSummary]:
    """Per checklist: how many met / not met / unknown (the window shows "BPS: 6 dari 14 terpenuhi")."""
    result: dict[str, IndicatorSummary] = {}
    for source in (KEPMENSOS_262, BPS_14):
        mine = [i for i in items if i.source == source]
        result[source] = IndicatorSummary(
            source=source, met=sum(1 for i in mine if i.met is True), not_met=sum(1 for i in mine if i.met is False),
            unknown=sum(1 for i in mine if i.met is None), total=len(mine))
    return result
