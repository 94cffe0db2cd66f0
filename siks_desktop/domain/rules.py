"""Validation rules of the DTKS verval instrument: skip rules, value checks, member and household checks.

Pure functions over plain mappings keyed by the instrument's variable names (domain/instrument.py); reference data
(the kecamatan table) comes in as ``known_prefix``. Sources: domain.md §1.3 (Blok III skip rules), §1.4 (Blok IV
validations), §4 (NIK/KK). Values are as the models store them: codes as int, Ya/Tidak as bool, dates as date.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Iterable, Mapping, Sequence

from .codelists import CODELISTS
from .instrument import ART_VARS, KELUARGA, RUTA_VARS, Variable
from .messages import Problem, Severity
from .nik import KnownPrefix, age_on, check_kk, check_nik, nik_agreement

__all__ = [
    "Problem", "skipped_fields", "check_value", "check_member", "check_household", "has_errors", "errors_only",
    "ACTIVE_ART_STATUS", "VISITED_RUTA_STATUS",
]

# status_art 1 Tinggal bersama ruta, 6 ART baru: the people who live in the ruta now (domain.md §2.1).
ACTIVE_ART_STATUS = frozenset({1, 6})
# status_verval 1 Ditemukan, 7 Usulan baru: the ruta was interviewed, so the full instrument applies.
VISITED_RUTA_STATUS = frozenset({1, 7})

# Required on a final member record whatever the status (the identity of the row).
MEMBER_REQUIRED_BASE = ("nama", "hub_krt", "jenis_kelamin", "tanggal_lahir", "status_art")
# Also required of a member who lives in the ruta (status_art 1/6), unless a skip rule removes the item.
MEMBER_REQUIRED_ACTIVE = (
    "status_kawin", "akta_nikah", "hamil", "partisipasi_sekolah", "pendidikan", "kelas", "ijazah",
    "bekerja", "jam_kerja", "lapangan_usaha", "status_pekerjaan",
)
RUTA_REQUIRED = ("alamat", "status_verval")
# Blok III core items, required of a visited ruta (status 1/7) unless skipped.
RUTA_REQUIRED_VISITED = (
    "jumlah_art", "jumlah_keluarga",
    "sta_bangunan", "sta_lahan", "luas_lantai", "lantai", "dinding", "kondisi_dinding", "atap", "kondisi_atap",
    "jumlah_kamar", "sumber_airminum", "cara_peroleh_airminum", "sumber_penerangan", "daya", "bb_masak",
    "fasbab", "kloset", "buang_tinja",
)

WORK_FIELDS = ("bekerja", "jam_kerja", "lapangan_usaha", "status_pekerjaan")
EDUCATION_FIELDS = ("pendidikan", "kelas", "ijazah")
WORK_MIN_AGE = 5             # PBDT asked work questions of ART aged ≥ 5 (domain.md §1.4)
HAMIL_AGES = (10, 54)        # Sta_hamil only for a woman aged about 10–54 (domain.md §1.4)


def is_filled(value: Any) -> bool:
    """A value counts as given unless None or a blank string."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def _age(values: Mapping[str, Any], today: date | None) -> int | None:
    birth = values.get("tanggal_lahir")
    if not isinstance(birth, date):
        return None
    return age_on(birth, today or date.today())


def skipped_fields(level: str, values: Mapping[str, Any], *, today: date | None = None) -> frozenset[str]:
    """Fields that do not apply given the other answers (domain.md §1.3, §1.4): the UI greys them out, validation
    never demands them and warns ``skipped_filled`` when they carry a value. Unknown age skips nothing age-based."""
    skipped: set[str] = set()
    if level == "ruta":
        if values.get("sumber_penerangan") != 1:            # III.9b/9c only for Listrik PLN
            skipped |= {"daya", "nomor_pln"}
        elif values.get("daya") == 6:                       # PLN tanpa meteran has no ID pelanggan
            skipped.add("nomor_pln")
        if values.get("fasbab") == 4:                       # III.11b, III.12 skipped when no facility
            skipped |= {"kloset", "buang_tinja"}
        if values.get("sumber_airminum") != 3:              # III.7a only for leding meteran
            skipped.add("nomor_meter_air")
        if values.get("aset_tak_bergerak") is not True:     # V.2a1 only when owning land
            skipped.add("luas_atb")
    elif level == "art":
        age = _age(values, today)
        if values.get("partisipasi_sekolah") == 0:
            skipped |= set(EDUCATION_FIELDS)
        if age is not None and age < WORK_MIN_AGE:
            skipped |= set(WORK_FIELDS)
        elif values.get("bekerja") == 2:
            skipped |= set(WORK_FIELDS[1:])
        if values.get("jenis_kelamin") == 1 or (age is not None and not HAMIL_AGES[0] <= age <= HAMIL_AGES[1]):
            skipped.add("hamil")
        if values.get("status_kawin") == 1:
            skipped.add("akta_nikah")
    return frozenset(skipped)


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def check_value(var: Variable, value: Any, *, today: date | None = None) -> list[Problem]:
    """Type, code list, range, length and not-in-future checks of one filled value (empty values pass: whether
    they are required is decided by the member/household checks). ``today`` defaults to the system date."""
    if not is_filled(value):
        return []

    def problem(code: str, *params: tuple[str, str | int]) -> list[Problem]:
        return [Problem(var.name, code, "error", params=tuple(params))]

    kind = var.kind
    if kind == "code":
        if isinstance(value, str) and var.codelist:
            parsed = CODELISTS[var.codelist].parse(value)
            return [] if parsed is not None else problem("code_unknown")
        if isinstance(value, bool) or not isinstance(value, int):
            return problem("invalid_value")
        if var.codelist and value not in CODELISTS[var.codelist]:
            return problem("code_unknown")
    elif kind in ("int", "float"):
        ok_types = (int,) if kind == "int" else (int, float)
        if isinstance(value, bool) or not isinstance(value, ok_types):
            return problem("invalid_value")
        if (var.min is not None and value < var.min) or (var.max is not None and value > var.max):
            bounds = [(k, _num(b)) for k, b in (("min", var.min), ("max", var.max)) if b is not None]
            return problem("out_of_range", *bounds)
    elif kind == "text":
        if not isinstance(value, str):
            return problem("invalid_value")
        if var.max_len is not None and len(value.strip()) > var.max_len:
            return problem("too_long", ("max_len", var.max_len))
    elif kind == "date":
        if not isinstance(value, date):
            return problem("invalid_value")
        if value > (today or date.today()):
            return problem("date_future")
    elif kind == "yesno":
        if not isinstance(value, bool):
            return problem("invalid_value")
    return []


def _check_vars(variables: Iterable[Variable], values: Mapping[str, Any], skipped: frozenset[str],
                required: Iterable[str], today: date, skip_names: frozenset[str] = frozenset()) -> list[Problem]:
    """Per-variable pass shared by ruta and member: required, skipped-but-filled, value checks."""
    problems: list[Problem] = []
    required_set = set(required) - skipped
    for var in variables:
        if var.name in skip_names:
            continue
        value = values.get(var.name)
        if not is_filled(value):
            if var.name in required_set:
                problems.append(Problem(var.name, "required", "error"))
        elif var.name in skipped:
            problems.append(Problem(var.name, "skipped_filled", "warning"))
        else:
            problems.extend(check_value(var, value, today=today))
    return problems


def check_member(values: Mapping[str, Any], *, today: date, index: int | None = None,
                 known_prefix: KnownPrefix | None = None, required: bool = True) -> list[Problem]:
    """All rules of one ART (Blok IV): required items of a final record, values, skip rules, NIK (domain.md §4)
    and the soft pregnancy check (§1.4). ``index`` is the 0-based roster position put on every problem."""
    skipped = skipped_fields("art", values, today=today)
    needed: tuple[str, ...] = ()
    if required:
        needed = MEMBER_REQUIRED_BASE
        if values.get("status_art") in ACTIVE_ART_STATUS:
            needed += MEMBER_REQUIRED_ACTIVE
    problems = _check_vars(ART_VARS, values, skipped, needed, today, skip_names=frozenset({"nik"}))
    nik = values.get("nik")
    if is_filled(nik) and not isinstance(nik, str):
        nik_problems = [Problem("nik", "nik_format", "error")]
    else:
        nik_problems = check_nik(nik, today=today, known_prefix=known_prefix)
    problems.extend(nik_problems)
    birth = values.get("tanggal_lahir")
    if not any(p.is_error for p in nik_problems):
        sex = values.get("jenis_kelamin")
        problems.extend(nik_agreement(nik, jenis_kelamin=sex if isinstance(sex, int) else None,
                                      tanggal_lahir=birth if isinstance(birth, date) else None, today=today))
    if values.get("hamil") == 1 and "hamil" not in skipped and values.get("status_kawin") == 1:
        problems.append(Problem("hamil", "hamil_implausible", "warning"))
    return [replace(p, member=index) for p in problems]


def check_household(ruta: Mapping[str, Any], families: Sequence[Mapping[str, Any]],
                    members: Sequence[Mapping[str, Any]], *, today: date, known_prefix: KnownPrefix | None = None,
                    final: bool = True) -> list[Problem]:
    """Every rule of one household: Blok I–III/V values and skip rules, each family's KK, each member, and the
    roster structure of domain.md §1.4 (one KRT, counts, families, duplicate NIK).

    ``final`` demands completeness (required items, a KRT, the KRT family's KK); in a draft the counts are warnings.
    Roster completeness applies only to a visited ruta (status_verval 1/7, or not yet set).
    """
    status = ruta.get("status_verval")
    visited = status is None or status in VISITED_RUTA_STATUS
    needed: tuple[str, ...] = ()
    if final:
        needed = RUTA_REQUIRED + (RUTA_REQUIRED_VISITED if status in VISITED_RUTA_STATUS else ())
    problems = _check_vars(RUTA_VARS, ruta, skipped_fields("ruta", ruta, today=today), needed, today)
    problems += _check_families(families, members, known_prefix)
    for i, member in enumerate(members):
        problems += check_member(member, today=today, index=i, known_prefix=known_prefix,
                                 required=final and visited)
    problems += _check_roster(ruta, families, members, final=final, visited=visited)
    return problems


def _active(member: Mapping[str, Any]) -> bool:
    status = member.get("status_art")
    return status is None or status in ACTIVE_ART_STATUS


def _check_families(families: Sequence[Mapping[str, Any]], members: Sequence[Mapping[str, Any]],
                    known_prefix: KnownPrefix | None) -> list[Problem]:
    problems: list[Problem] = []
    niks = [m.get("nik") for m in members if isinstance(m.get("nik"), str)]
    seen_no: set[Any] = set()
    seen_kk: dict[str, Any] = {}
    for family in families:
        no = family.get("nomor_urut")
        tag: tuple[tuple[str, str | int], ...] = (("keluarga", no),) if isinstance(no, int) else ()
        if no in seen_no:
            problems.append(Problem("nomor_urut", "family_duplicate", "error", params=tag))
        seen_no.add(no)
        problems += [replace(p, params=tag + p.params) for p in check_value(KELUARGA["nomor_urut"], no)]
        kk = family.get("no_kk")
        if not isinstance(kk, str) or not kk.strip():
            continue
        kk = kk.strip()
        problems += [replace(p, params=tag + p.params) for p in check_kk(kk, known_prefix=known_prefix, nik=niks)]
        if kk in seen_kk:
            other = seen_kk[kk]
            problems.append(Problem("no_kk", "kk_duplicate_in_household", "error",
                                    params=tag + ((("keluarga_lain", other),) if isinstance(other, int) else ())))
        else:
            seen_kk[kk] = no
    return problems


def _check_roster(ruta: Mapping[str, Any], families: Sequence[Mapping[str, Any]],
                  members: Sequence[Mapping[str, Any]], *, final: bool, visited: bool) -> list[Problem]:
    problems: list[Problem] = []
    family_by_no = {f.get("nomor_urut"): f for f in families}
    active = [(i, m) for i, m in enumerate(members) if _active(m)]

    krts = [(i, m) for i, m in active if m.get("hub_krt") == 1]
    if len(krts) > 1 or (not krts and final and visited):
        problems.append(Problem("hub_krt", "krt_count", "error", params=(("jumlah", len(krts)),)))

    for i, m in enumerate(members):
        nuk = m.get("nomor_urut_keluarga")
        if nuk is None:
            if final and visited and _active(m):
                problems.append(Problem("nomor_urut_keluarga", "required", "error", member=i))
        elif nuk not in family_by_no:
            problems.append(Problem("nomor_urut_keluarga", "family_missing", "error", member=i,
                                    params=(("keluarga", nuk),) if isinstance(nuk, int) else ()))

    if visited:
        count_severity: Severity = "error" if final else "warning"
        for field, code, counted in (
            ("jumlah_art", "jumlah_art_mismatch", len(active)),
            ("jumlah_keluarga", "jumlah_keluarga_mismatch",
             len({m.get("nomor_urut_keluarga") for _, m in active if m.get("nomor_urut_keluarga") is not None})),
        ):
            recorded = ruta.get(field)
            if isinstance(recorded, int) and not isinstance(recorded, bool) and recorded != counted:
                problems.append(Problem(field, code, count_severity,
                                        params=(("tercatat", recorded), ("dihitung", counted))))

    first_index: dict[str, int] = {}
    for i, m in enumerate(members):
        nik = m.get("nik")
        if not isinstance(nik, str) or not nik.strip():
            continue
        nik = nik.strip()
        if nik in first_index:
            problems.append(Problem("nik", "nik_duplicate_in_household", "error", member=i,
                                    params=(("art_lain", first_index[nik] + 1),)))
        else:
            first_index[nik] = i

    heads: dict[Any, int] = {}
    for _, m in active:
        if m.get("hub_kk") == 1 and m.get("nomor_urut_keluarga") is not None:
            heads[m["nomor_urut_keluarga"]] = heads.get(m["nomor_urut_keluarga"], 0) + 1
    for nuk, count in heads.items():
        if count > 1:
            problems.append(Problem("hub_kk", "kk_head_count", "error",
                                    params=(("keluarga", nuk), ("jumlah", count))))

    if final and len(krts) == 1:
        krt_nuk = krts[0][1].get("nomor_urut_keluarga")
        krt_family = family_by_no.get(krt_nuk) if isinstance(krt_nuk, int) else None
        if krt_family is not None and not is_filled(krt_family.get("no_kk")):
            problems.append(Problem("no_kk", "krt_kk_missing", "warning", params=(("keluarga", krt_nuk),)))
    return problems


def has_errors(problems: Iterable[Problem]) -> bool:
    """True when any problem blocks finalising (severity error); warnings never block."""
    return any(p.severity == "error" for p in problems)


def errors_only(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
