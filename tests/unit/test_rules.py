"""Instrument validation rules: skip rules, value checks, member and household checks (domain.md §1.3, §1.4, §4)."""
from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from siks_desktop.domain import rules
from siks_desktop.domain.instrument import ART, KELUARGA, RUTA
from siks_desktop.domain.messages import MESSAGES, Problem, caption, format_message
from siks_desktop.domain.rules import (check_household, check_member, check_value, has_errors, skipped_fields)

TODAY = date(2026, 11, 23)
NAME = "Siti Rahmawati"


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def code_set(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in problems}


def adult_man(**kw: Any) -> dict[str, Any]:
    values: dict[str, Any] = dict(
        no_urut=1, nama="Budi Santoso", nik="3171011505800001", hub_krt=1, nomor_urut_keluarga=1, hub_kk=1,
        jenis_kelamin=1, tanggal_lahir=date(1980, 5, 15), status_kawin=2, akta_nikah=1, tercantum_kk=1,
        kartu_identitas=5, jenis_cacat=0, penyakit_kronis=0, partisipasi_sekolah=2, pendidikan=7, kelas=8,
        ijazah=3, bekerja=1, jam_kerja=40, lapangan_usaha=12, status_pekerjaan=4, status_art=1,
    )
    values.update(kw)
    return values


def wife(**kw: Any) -> dict[str, Any]:
    return adult_man(**{**dict(no_urut=2, nama=NAME, nik="3171014302850002", hub_krt=2, hub_kk=2, jenis_kelamin=2,
                               tanggal_lahir=date(1985, 2, 3), hamil=2, bekerja=2, jam_kerja=None,
                               lapangan_usaha=None, status_pekerjaan=None), **kw})


def child(**kw: Any) -> dict[str, Any]:
    return {**dict(no_urut=3, nama="Anak", nik="3171011505220003", hub_krt=3, nomor_urut_keluarga=1, hub_kk=3,
                   jenis_kelamin=1, tanggal_lahir=date(2022, 5, 15), status_kawin=1, tercantum_kk=1,
                   kartu_identitas=1, jenis_cacat=0, penyakit_kronis=0, partisipasi_sekolah=0, status_art=1), **kw}


def ruta(**kw: Any) -> dict[str, Any]:
    values: dict[str, Any] = dict(
        kelurahan_kode="31.71.01.1001", alamat="Jl. Contoh No. 1", jumlah_art=3, jumlah_keluarga=1,
        tanggal_verval=date(2026, 11, 20), status_verval=1, sta_bangunan=1, sta_lahan=1, luas_lantai=36, lantai=2,
        dinding=1, kondisi_dinding=1, atap=4, kondisi_atap=1, jumlah_kamar=2, sumber_airminum=3,
        nomor_meter_air="A-123", cara_peroleh_airminum=2, sumber_penerangan=1, daya=2, nomor_pln="512345678901",
        bb_masak=3, fasbab=1, kloset=1, buang_tinja=1, ada_tabung_gas=False, aset_tak_bergerak=False,
    )
    values.update(kw)
    return values


FAMILIES = [{"nomor_urut": 1, "no_kk": "3171010101150001"}]


def household(**kw: Any) -> list[Problem]:
    args: dict[str, Any] = dict(ruta=ruta(), families=FAMILIES, members=[adult_man(), wife(), child()], today=TODAY)
    args.update(kw)
    return check_household(args.pop("ruta"), args.pop("families"), args.pop("members"), **args)


# ---- messages ----
def test_message_names_field_with_form_number() -> None:
    assert Problem("nik", "nik_format", "error").message == "IV.3 NIK harus 16 digit angka"
    assert Problem("nik", "nik_format", "error", member=2).message == "ART ke-3: IV.3 NIK harus 16 digit angka"
    assert Problem("luas_lantai", "out_of_range", "error", params=(("min", 1), ("max", 10000))).message == \
        "III.2 Luas lantai (m²) harus bernilai antara 1 dan 10000"
    assert Problem("luas_atb", "out_of_range", "error", params=(("min", 0),)).message == \
        "V.2a1 Luas aset tidak bergerak (m²) harus bernilai paling sedikit 0"
    assert Problem("no_kk", "kk_serial", "error", params=(("keluarga", 2),)).message.startswith(
        "Keluarga ke-2: I.11 Nomor Kartu Keluarga ")
    assert format_message(Problem("x_unknown", "weird_code", "error")) == "x_unknown tidak lolos pemeriksaan (weird_code)"


def test_caption_prefers_the_member_level() -> None:
    assert caption("nik", member=0) == "IV.3 NIK"
    assert caption("alamat") == "I.6 Alamat"
    assert caption("no_kk") == "I.11 Nomor Kartu Keluarga"


def test_every_code_the_rules_emit_has_a_message() -> None:
    sources = "".join(open(m.__file__, encoding="utf-8").read() for m in (rules, __import__(
        "siks_desktop.domain.nik", fromlist=["x"])))
    emitted = set(re.findall(r'Problem\([^,]+, "([a-z_]+)"', sources)) | set(
        re.findall(r'problem\("([a-z_]+)"', sources)) | set(re.findall(r'"([a-z_]+_mismatch)"', sources))
    assert len(emitted) > 25
    assert emitted <= set(MESSAGES), emitted - set(MESSAGES)


# ---- skip rules (domain.md §1.3, §1.4) ----
@pytest.mark.parametrize("values, skipped", [
    ({"sumber_penerangan": 1, "daya": 2, "fasbab": 1, "sumber_airminum": 3, "aset_tak_bergerak": True}, set()),
    ({"sumber_penerangan": 2, "sumber_airminum": 3, "aset_tak_bergerak": True}, {"daya", "nomor_pln"}),
    ({"sumber_penerangan": 3, "sumber_airminum": 3, "aset_tak_bergerak": True}, {"daya", "nomor_pln"}),
    ({"sumber_penerangan": 1, "daya": 6, "sumber_airminum": 3, "aset_tak_bergerak": True}, {"nomor_pln"}),
    ({"sumber_penerangan": 1, "fasbab": 4, "sumber_airminum": 3, "aset_tak_bergerak": True},
     {"kloset", "buang_tinja"}),
    ({"sumber_penerangan": 1, "sumber_airminum": 4, "aset_tak_bergerak": True}, {"nomor_meter_air"}),
    ({"sumber_penerangan": 1, "sumber_airminum": 3, "aset_tak_bergerak": False}, {"luas_atb"}),
    ({}, {"daya", "nomor_pln", "nomor_meter_air", "luas_atb"}),   # unanswered filters: the sub-items wait
])
def test_ruta_skip_rules(values: dict[str, Any], skipped: set[str]) -> None:
    assert skipped_fields("ruta", values) == skipped


@pytest.mark.parametrize("values, skipped", [
    (adult_man(), {"hamil"}),                                            # a man
    (wife(status_kawin=2), {"jam_kerja", "lapangan_usaha", "status_pekerjaan"}),   # bekerja = 2
    (wife(bekerja=1), set()),
    (wife(partisipasi_sekolah=0, bekerja=1), {"pendidikan", "kelas", "ijazah"}),
    (wife(status_kawin=1, bekerja=1), {"akta_nikah"}),
    (wife(tanggal_lahir=date(1970, 1, 1), bekerja=1), {"hamil"}),           # 56 years old
    (wife(tanggal_lahir=date(1972, 11, 23), bekerja=1), set()),              # 54 today
    (wife(tanggal_lahir=date(1971, 11, 23), bekerja=1), {"hamil"}),          # 55 today
    (wife(tanggal_lahir=date(2016, 11, 23), bekerja=1), set()),              # 10 today
    (wife(tanggal_lahir=date(2016, 11, 24), bekerja=1), {"hamil"}),          # 9
    (child(), {"pendidikan", "kelas", "ijazah", "hamil", "akta_nikah", *rules.WORK_FIELDS}),  # 4 years old
    (child(tanggal_lahir=date(2021, 11, 23), partisipasi_sekolah=1), {"hamil", "akta_nikah"}),  # 5 today
    (child(tanggal_lahir=date(2021, 11, 24), partisipasi_sekolah=1, bekerja=1),
     {"hamil", "akta_nikah", *rules.WORK_FIELDS}),                          # under 5 even if bekerja given
    ({"jenis_kelamin": 2}, set()),                                          # unknown age skips nothing age-based
])
def test_art_skip_rules(values: dict[str, Any], skipped: set[str]) -> None:
    assert skipped_fields("art", values, today=TODAY) == skipped


def test_keluarga_has_no_skip_rules() -> None:
    assert skipped_fields("keluarga", {"no_kk": None}) == frozenset()


# ---- check_value ----
@pytest.mark.parametrize("var, value, expected", [
    (RUTA["lantai"], 2, []),
    (RUTA["lantai"], 10, []),
    (RUTA["lantai"], 11, ["code_unknown"]),
    (RUTA["lantai"], 0, ["code_unknown"]),
    (RUTA["lantai"], "03", []),
    (RUTA["lantai"], "99", ["code_unknown"]),
    (RUTA["lantai"], True, ["invalid_value"]),
    (RUTA["lantai"], 2.0, ["invalid_value"]),
    (RUTA["lantai"], None, []),
    (ART["akta_nikah"], 0, []),                # 0 is a real code there
    (ART["kartu_identitas"], 15, []),
    (ART["kartu_identitas"], 16, ["code_unknown"]),
    (RUTA["luas_lantai"], 1, []),
    (RUTA["luas_lantai"], 0, ["out_of_range"]),     # luas lantai > 0
    (RUTA["luas_lantai"], -5, ["out_of_range"]),
    (RUTA["luas_lantai"], 10000, []),
    (RUTA["luas_lantai"], 10001, ["out_of_range"]),
    (RUTA["luas_lantai"], "36", ["invalid_value"]),
    (ART["jam_kerja"], 0, []),
    (ART["jam_kerja"], 168, []),
    (ART["jam_kerja"], 169, ["out_of_range"]),
    (ART["jam_kerja"], -1, ["out_of_range"]),
    (RUTA["jumlah_kamar"], 51, ["out_of_range"]),
    (RUTA["jumlah_art"], 100, ["out_of_range"]),
    (RUTA["jumlah_keluarga"], 11, ["out_of_range"]),
    (RUTA["luas_atb"], -1, ["out_of_range"]),
    (RUTA["luas_atb"], 10**6, []),
    (RUTA["jumlah_sapi"], 10000, ["out_of_range"]),
    (KELUARGA["nomor_urut"], 0, ["out_of_range"]),
    (ART["nomor_urut_keluarga"], 11, ["out_of_range"]),
    (RUTA["rt"], "001", []),
    (RUTA["rt"], "0001", ["too_long"]),
    (RUTA["rt"], "   ", []),                  # blank = empty
    (RUTA["rt"], 1, ["invalid_value"]),
    (ART["nama"], "x" * 120, []),
    (ART["nama"], "x" * 121, ["too_long"]),
    (ART["tanggal_lahir"], TODAY, []),
    (ART["tanggal_lahir"], date(2026, 11, 24), ["date_future"]),
    (RUTA["tanggal_verval"], date(2027, 1, 1), ["date_future"]),
    (ART["tanggal_lahir"], "2020-01-01", ["invalid_value"]),
    (RUTA["ada_lemari_es"], True, []),
    (RUTA["ada_lemari_es"], False, []),
    (RUTA["ada_lemari_es"], 3, ["invalid_value"]),
])
def test_check_value(var: Any, value: Any, expected: list[str]) -> None:
    problems = check_value(var, value, today=TODAY)
    assert codes(problems) == expected
    assert all(p.field == var.name and p.severity == "error" for p in problems)


def test_out_of_range_params() -> None:
    [p] = check_value(ART["jam_kerja"], 200, today=TODAY)
    assert p.params == (("min", 0), ("max", 168))
    assert p.message == "IV.21 Jumlah jam kerja seminggu lalu harus bernilai antara 0 dan 168"
    [p] = check_value(RUTA["luas_atb"], -1, today=TODAY)
    assert p.params == (("min", 0),)
    [p] = check_value(ART["nama"], "y" * 200, today=TODAY)
    assert p.params == (("max_len", 120),)


# ---- check_member ----
@pytest.mark.parametrize("member", [adult_man(), wife(), child()])
def test_complete_members_have_no_problems(member: dict[str, Any]) -> None:
    assert check_member(member, today=TODAY, index=0) == []


@pytest.mark.parametrize("field", rules.MEMBER_REQUIRED_BASE)
def test_member_required_base(field: str) -> None:
    problems = check_member(adult_man(**{field: None}), today=TODAY, index=4)
    assert ("required" in codes(problems)) and Problem(field, "required", "error", member=4) in problems
    assert "required" not in codes(check_member(adult_man(**{field: None}), today=TODAY, required=False))


def test_member_required_depends_on_skip_rules() -> None:
    # bekerja = 2: jam kerja etc. are not demanded; bekerja = 1: they are
    assert check_member(wife(), today=TODAY) == []
    assert code_set(check_member(wife(bekerja=1), today=TODAY)) == {
        ("jam_kerja", "required"), ("lapangan_usaha", "required"), ("status_pekerjaan", "required")}
    # a woman of 40 must answer hamil, a man must not
    assert code_set(check_member(wife(hamil=None), today=TODAY)) == {("hamil", "required")}
    # status_kawin belum kawin: akta_nikah not demanded
    assert check_member(adult_man(status_kawin=1, akta_nikah=None), today=TODAY) == []
    assert code_set(check_member(adult_man(akta_nikah=None), today=TODAY)) == {("akta_nikah", "required")}


def test_member_not_living_in_ruta_needs_identity_only() -> None:
    deceased = {"nama": "X", "hub_krt": 6, "jenis_kelamin": 1, "tanggal_lahir": date(1940, 1, 1), "status_art": 2}
    assert check_member(deceased, today=TODAY) == []
    assert codes(check_member({**deceased, "status_art": 1}, today=TODAY)).count("required") == \
        len(rules.MEMBER_REQUIRED_ACTIVE) - 1   # hamil skipped for a man


@pytest.mark.parametrize("member, field", [
    (adult_man(hamil=2), "hamil"),                                     # man
    (wife(jam_kerja=10), "jam_kerja"),                                 # bekerja = 2
    (child(bekerja=2), "bekerja"),                                     # under 5
    (adult_man(partisipasi_sekolah=0, pendidikan=None, kelas=None), "ijazah"),
    (adult_man(status_kawin=1), "akta_nikah"),
])
def test_skipped_but_filled_is_a_warning(member: dict[str, Any], field: str) -> None:
    problems = check_member(member, today=TODAY, index=1)
    assert Problem(field, "skipped_filled", "warning", member=1) in problems
    assert not has_errors(problems)


def test_skipped_field_value_is_not_range_checked() -> None:
    assert codes(check_member(wife(jam_kerja=999), today=TODAY)) == ["skipped_filled"]


def test_hamil_implausible_for_unmarried_woman() -> None:
    problems = check_member(wife(status_kawin=1, akta_nikah=None, hamil=1), today=TODAY, index=0)
    assert problems == [Problem("hamil", "hamil_implausible", "warning", member=0)]
    assert check_member(wife(hamil=1), today=TODAY) == []
    # hamil for a woman of 60: skipped, so a skip warning and no plausibility warning
    assert codes(check_member(wife(tanggal_lahir=date(1966, 1, 1), nik=None, hamil=1), today=TODAY)) == ["skipped_filled"]


def test_member_nik_checks_carry_the_index() -> None:
    problems = check_member(adult_man(nik="3171015505800001"), today=TODAY, index=3)
    assert problems == [Problem("nik", "nik_sex_mismatch", "warning", member=3)]
    problems = check_member(adult_man(nik="31710115058"), today=TODAY, index=3)
    assert problems == [Problem("nik", "nik_format", "error", member=3)]
    assert codes(check_member(adult_man(nik=3171011505800001), today=TODAY)) == ["nik_format"]
    assert codes(check_member(adult_man(nik="3171011505800001", tanggal_lahir=date(1980, 5, 16)),
                              today=TODAY)) == ["nik_birth_date_mismatch"]
    assert codes(check_member(adult_man(nik="3171011505100001"), today=TODAY)) == [
        "nik_birth_date_mismatch", "nik_age_mismatch"]
    assert codes(check_member(adult_man(nik="3271011505800001"), today=TODAY)) == ["nik_outside_region"]
    assert codes(check_member(adult_man(nik="3171991505800001"), today=TODAY,
                              known_prefix={"317101"}.__contains__)) == ["nik_region"]
    assert check_member(adult_man(nik=None), today=TODAY) == []     # a NIK is not compulsory (babies)


# ---- check_household ----
def test_complete_household_has_no_problems() -> None:
    assert household() == []


@pytest.mark.parametrize("members, count", [
    ([adult_man(hub_krt=2), wife(), child()], 0),
    ([adult_man(), wife(hub_krt=1), child()], 2),
])
def test_krt_count(members: list[dict[str, Any]], count: int) -> None:
    problems = household(members=members)
    assert Problem("hub_krt", "krt_count", "error", params=(("jumlah", count),)) in problems


def test_krt_count_ignores_members_who_left_and_drafts_may_lack_a_krt() -> None:
    gone = adult_man(status_art=2, nik="3171011505700001", tanggal_lahir=date(1970, 5, 15))
    problems = household(members=[adult_man(), wife(), child(), gone], ruta=ruta(jumlah_art=3))
    assert "krt_count" not in codes(problems)
    assert "krt_count" in codes(household(members=[wife(hub_krt=2), child()], ruta=ruta(jumlah_art=2)))
    draft = household(members=[wife(hub_krt=2), child()], ruta=ruta(jumlah_art=2), final=False)
    assert "krt_count" not in codes(draft)
    assert "krt_count" in codes(household(members=[adult_man(), wife(hub_krt=1)], final=False))


def test_jumlah_art_and_keluarga_mismatch() -> None:
    problems = household(ruta=ruta(jumlah_art=5, jumlah_keluarga=2))
    assert Problem("jumlah_art", "jumlah_art_mismatch", "error", params=(("tercatat", 5), ("dihitung", 3))) in problems
    assert Problem("jumlah_keluarga", "jumlah_keluarga_mismatch", "error",
                   params=(("tercatat", 2), ("dihitung", 1))) in problems
    assert problems[0].message.startswith("I.9 Jumlah ART tercatat 5, tetapi daftar ART berisi 3 orang")
    draft = household(ruta=ruta(jumlah_art=5), final=False)
    assert [(p.code, p.severity) for p in draft] == [("jumlah_art_mismatch", "warning")]


def test_two_families() -> None:
    families = FAMILIES + [{"nomor_urut": 2, "no_kk": "3171010202180002"}]
    grandma = wife(nama="Nenek", nik="3171014302500003", tanggal_lahir=date(1950, 2, 3), hub_krt=6,
                   nomor_urut_keluarga=2, hub_kk=1, status_kawin=4, hamil=None)
    members = [adult_man(), wife(), child(), grandma]
    assert household(families=families, members=members, ruta=ruta(jumlah_art=4, jumlah_keluarga=2)) == []
    problems = household(families=families, members=members, ruta=ruta(jumlah_art=4, jumlah_keluarga=1))
    assert codes(problems) == ["jumlah_keluarga_mismatch"]


def test_family_missing_and_duplicates() -> None:
    problems = household(members=[adult_man(), wife(nomor_urut_keluarga=3), child()])
    assert Problem("nomor_urut_keluarga", "family_missing", "error", member=1, params=(("keluarga", 3),)) in problems
    problems = household(members=[adult_man(), wife(nomor_urut_keluarga=None), child()])
    assert Problem("nomor_urut_keluarga", "required", "error", member=1) in problems
    families = FAMILIES + [{"nomor_urut": 1, "no_kk": None}]
    assert "family_duplicate" in codes(household(families=families))


def test_duplicate_nik_in_household() -> None:
    problems = household(members=[adult_man(), wife(), child(nik="3171011505800001")])
    dup = [p for p in problems if p.code == "nik_duplicate_in_household"]
    assert dup == [Problem("nik", "nik_duplicate_in_household", "error", member=2, params=(("art_lain", 1),))]
    assert dup[0].message == "ART ke-3: IV.3 NIK sama dengan NIK ART ke-1 dalam rumah tangga ini"


@pytest.mark.parametrize("no_kk, code", [
    ("317101010115000", "kk_format"),
    ("3171010101150000", "kk_serial"),
    ("3171011505800001", "kk_equals_nik"),     # the KRT's NIK typed as KK
    ("3171014101150001", "kk_date"),
    ("9971010101150001", "kk_region"),
])
def test_kk_checks_per_family(no_kk: str, code: str) -> None:
    problems = household(families=[{"nomor_urut": 1, "no_kk": no_kk}])
    assert [(p.field, p.code, p.param("keluarga")) for p in problems] == [("no_kk", code, 1)]


def test_kk_duplicate_and_krt_family_without_kk() -> None:
    families = FAMILIES + [{"nomor_urut": 2, "no_kk": FAMILIES[0]["no_kk"]}]
    assert "kk_duplicate_in_household" in codes(household(families=families))
    problems = household(families=[{"nomor_urut": 1, "no_kk": None}])
    assert problems == [Problem("no_kk", "krt_kk_missing", "warning", params=(("keluarga", 1),))]
    assert household(families=[{"nomor_urut": 1, "no_kk": ""}], final=False) == []


def test_kk_head_count() -> None:
    problems = household(members=[adult_man(), wife(hub_kk=1), child()])
    assert problems == [Problem("hub_kk", "kk_head_count", "error", params=(("keluarga", 1), ("jumlah", 2)))]


@pytest.mark.parametrize("field", rules.RUTA_REQUIRED + rules.RUTA_REQUIRED_VISITED)
def test_ruta_required_when_final_and_found(field: str) -> None:
    problems = household(ruta=ruta(**{field: None}))
    assert Problem(field, "required", "error") in problems
    assert "required" not in codes(household(ruta=ruta(**{field: None}), final=False))


def test_ruta_required_follows_skip_rules() -> None:
    no_pln = ruta(sumber_penerangan=3, daya=None, nomor_pln=None)
    assert household(ruta=no_pln) == []
    no_bab = ruta(fasbab=4, kloset=None, buang_tinja=None)
    assert household(ruta=no_bab) == []
    assert code_set(household(ruta=ruta(sumber_penerangan=3))) == {("daya", "skipped_filled"),
                                                                  ("nomor_pln", "skipped_filled")}


def test_ruta_not_found_needs_no_blok_iii_nor_roster() -> None:
    gone = {"alamat": "Jl. Lama 2", "status_verval": 2, "jumlah_art": 4}
    assert check_household(gone, [], [], today=TODAY) == []
    assert code_set(check_household({"status_verval": 2}, [], [], today=TODAY)) == {("alamat", "required")}


def test_ruta_values_are_checked() -> None:
    problems = household(ruta=ruta(luas_lantai=0, lantai=12, tanggal_verval=date(2027, 1, 1)))
    assert code_set(problems) == {("luas_lantai", "out_of_range"), ("lantai", "code_unknown"),
                                  ("tanggal_verval", "date_future")}


def test_has_errors() -> None:
    assert not has_errors([])
    assert not has_errors([Problem("nik", "nik_outside_region", "warning")])
    assert has_errors([Problem("nik", "nik_outside_region", "warning"), Problem("nik", "nik_format", "error")])


@given(nik=st.from_regex(r"\A[0-9]{16}\Z"), name=st.text(min_size=6, max_size=30))
def test_problems_never_carry_personal_data(nik: str, name: str) -> None:
    member = adult_man(nik=nik, nama=name, tanggal_lahir=date(1980, 5, 15))
    problems = household(members=[member, wife(nik=nik)], families=[{"nomor_urut": 1, "no_kk": nik}])
    for p in problems:
        assert nik not in p.message and all(nik != str(v) for _, v in p.params)
        if name.strip() and not name.strip().isdigit():
            assert name not in p.message
