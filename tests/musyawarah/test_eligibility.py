"""Advisory indicators on crafted households: each criterion met, not met, and unknown when the value is missing."""
from __future__ import annotations

import datetime as dt

from siks_desktop.domain import eligibility as E
from siks_desktop.dto import HouseholdDTO
from tests.services.factories import household, member


def met(hh: HouseholdDTO) -> dict[str, bool | None]:
    return {i.code: i.met for i in E.indicators(hh)}


def with_values(hh: HouseholdDTO, **values) -> HouseholdDTO:  # type: ignore[no-untyped-def]
    return HouseholdDTO(**{**hh.__dict__, "values": {**hh.values, **values}})


def with_krt(hh: HouseholdDTO, **values) -> HouseholdDTO:  # type: ignore[no-untyped-def]
    members = list(hh.members)
    members[0] = type(members[0])(values={**members[0].values, **values})
    return HouseholdDTO(**{**hh.__dict__, "members": tuple(members)})


def test_a_comfortable_household_meets_no_computable_criterion():
    r = met(household())
    computable = {i.code for i in E.indicators(household()) if i.computable}
    assert all(r[c] is False for c in computable), {c: r[c] for c in computable}


def test_a_poor_household_meets_them():
    hh = household(lantai=9, dinding=6, fasbab=4, sumber_penerangan=3, luas_lantai=18, sumber_airminum=10,
                   bb_masak=8, ada_motor=False, ada_emas=False, ada_lemari_es=False)
    hh = with_krt(hh, bekerja=2, ijazah=1)
    r = met(hh)
    for code in ("k262_a", "k262_e", "k262_f", "k262_g", "k262_h", "bps_01", "bps_02", "bps_03", "bps_04",
                 "bps_05", "bps_06", "bps_07", "bps_13", "bps_14"):
        assert r[code] is True, code
    s = E.summarize(E.indicators(hh))
    assert s[E.KEPMENSOS_262].met == 5 and s[E.KEPMENSOS_262].total == 9
    assert s[E.BPS_14].met == 9 and s[E.BPS_14].total == 14
    assert s[E.BPS_14].met >= E.BPS_THRESHOLD  # still only advisory: nothing decides on it


def test_not_computable_items_are_listed_unknown():
    items = {i.code: i for i in E.indicators(household())}
    for code in ("k262_0", "k262_b", "k262_c", "k262_d", "bps_08", "bps_09", "bps_10", "bps_11", "bps_12"):
        assert items[code].computable is False and items[code].met is None
    assert len(items) == 9 + 14


def test_missing_values_are_unknown_not_false():
    empty = HouseholdDTO(kelurahan_kode="31.71.01.1001")
    r = met(empty)
    assert set(r.values()) == {None}


def test_floor_262_plesteran_vs_bps():
    semen = met(household(lantai=6))
    assert semen["k262_e"] is True and semen["bps_02"] is False  # plesteran counts for 262 only
    bambu = met(household(lantai=7))
    assert bambu["k262_e"] is False and bambu["bps_02"] is True
    assert met(household(lantai=10))["k262_e"] is None  # "lainnya": the meeting judges


def test_walls_tembok_depends_on_condition():
    assert met(household(dinding=1, kondisi_dinding=2))["k262_f"] is True
    assert met(household(dinding=1, kondisi_dinding=1))["k262_f"] is False
    assert met(household(dinding=1, kondisi_dinding=None))["k262_f"] is None
    assert met(household(dinding=3, kondisi_dinding=1))["k262_f"] is True  # papan kayu (262)
    assert met(household(dinding=3, kondisi_dinding=1))["bps_03"] is False  # good wood (BPS: only low quality)


def test_electricity():
    assert met(household(sumber_penerangan=1, daya=1))["k262_h"] is True
    assert met(household(sumber_penerangan=1, daya=6))["k262_h"] is True  # tanpa meteran
    assert met(household(sumber_penerangan=1, daya=2))["k262_h"] is False
    assert met(household(sumber_penerangan=2, daya=None))["k262_h"] is None
    assert met(household(sumber_penerangan=1, daya=1))["bps_05"] is False


def test_floor_area_per_person_counts_present_members():
    hh = household(luas_lantai=20)  # 3 members: 6.7 m² each
    assert met(hh)["bps_01"] is True
    hh = household(luas_lantai=24)  # 8 m² each: not below 8
    assert met(hh)["bps_01"] is False
    gone = with_krt(household(luas_lantai=20), status_art=2)  # KRT meninggal: 2 people left, 10 m² each
    assert met(gone)["bps_01"] is False


def test_krt_education_and_work():
    assert met(with_krt(household(), partisipasi_sekolah=0, ijazah=None))["bps_13"] is True
    assert met(with_krt(household(), ijazah=2))["bps_13"] is False
    assert met(with_krt(household(), bekerja=1))["k262_a"] is False
    assert met(with_krt(household(), bekerja=None))["k262_a"] is None


def test_krt_is_found_by_relationship_not_position():
    hh = household()
    wife, krt = hh.members[1], hh.members[0]
    krt = type(krt)(values={**krt.values, "bekerja": 2})
    reordered = HouseholdDTO(**{**hh.__dict__, "members": (wife, krt, hh.members[2])})
    assert met(reordered)["k262_a"] is True


def test_assets():
    assert met(household(ada_motor=True, ada_emas=False))["bps_14"] is False
    assert met(household(ada_motor=False, ada_emas=False, jumlah_kambing=3))["bps_14"] is False
    assert met(household(ada_motor=False, ada_emas=False))["bps_14"] is True
    assert met(household(ada_motor=False, ada_emas=None))["bps_14"] is None


def test_accepts_plain_objects():
    class Plain:
        members = (member(1, "A", dt.date(1970, 1, 1), 1, 1, serial=1, bekerja=2),)

        def get(self, name):  # type: ignore[no-untyped-def]
            return {"fasbab": 2}.get(name)

    r = met(Plain())  # type: ignore[arg-type]
    assert r["k262_g"] is True and r["k262_a"] is True
