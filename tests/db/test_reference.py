"""Reference data: region lists, the Kemendagri ↔ BPS crosswalk, NIK prefixes, code normalisation, the schedule."""
from __future__ import annotations

import collections
import datetime as dt
import json

import pytest

from siks_desktop import reference as ref
from siks_desktop.errors import UnknownRegion
from siks_desktop.resources import resource_path


def test_dki_has_1_provinsi_6_kabkota_44_kecamatan_267_kelurahan() -> None:
    counts = collections.Counter(r.tingkat for r in ref.dki_regions())
    assert counts == {"provinsi": 1, "kabkota": 6, "kecamatan": 44, "kelurahan": 267}
    assert len(ref.dki_regions()) == 318
    assert sum(1 for r in ref.dki_regions() if r.kode_bps is None) == 20  # no unique name match (README)


def test_gambir_and_its_lineage() -> None:
    kel = ref.kelurahan("31.71.01.1001")
    assert (kel.nama, kel.tingkat, kel.induk, kel.kode_bps) == ("Gambir", "kelurahan", "31.71.01", "3173080003")
    chain = ref.lineage("31.71.01.1001")
    assert [(r.tingkat, r.nama) for r in chain] == [
        ("provinsi", "Daerah Khusus Ibukota Jakarta"), ("kabkota", "Kota Administrasi Jakarta Pusat"),
        ("kecamatan", "Gambir"), ("kelurahan", "Gambir")]
    assert [r.kode for r in ref.lineage("11.01.01")] == ["11", "11.01", "11.01.01"]


@pytest.mark.parametrize("text, dotted", [
    ("3171011001", "31.71.01.1001"), ("31.71.01.1001", "31.71.01.1001"), (" 3171011001 ", "31.71.01.1001"),
    ("31", "31"), ("3171", "31.71"), ("317101", "31.71.01"), ("31.71", "31.71"), ("31.71.01", "31.71.01"),
])
def test_normalize_code_accepts_plain_and_dotted(text: str, dotted: str) -> None:
    assert ref.normalize_code(text) == dotted


@pytest.mark.parametrize("garbage", ["", "3", "317", "31710", "3171011", "31710110011", "31.7101", "31.71.01.10",
                                     "3171O11001", "abc", "31-71-01-1001", "٣١٧١", "3171011001000000"])
def test_normalize_code_rejects_garbage_without_echoing_it(garbage: str) -> None:
    with pytest.raises(UnknownRegion) as info:
        ref.normalize_code(garbage)
    assert info.value.code == "unknown_region"
    assert garbage.strip() == "" or garbage not in str(info.value.params)


def test_region_and_kelurahan_raise_unknown_region() -> None:
    assert ref.region("3171").nama == "Kota Administrasi Jakarta Pusat"
    assert ref.region("11.01").tingkat == "kabkota"  # national list
    with pytest.raises(UnknownRegion):
        ref.region("99.99")
    with pytest.raises(UnknownRegion):
        ref.kelurahan("31.71.01")  # a kecamatan, not a kelurahan
    with pytest.raises(UnknownRegion):
        ref.kelurahan("31.71.01.9999")
    with pytest.raises(UnknownRegion):
        ref.kelurahan("11.01.01.2001")  # kelurahan outside DKI are not shipped


def test_national_list_counts() -> None:
    counts = collections.Counter(r.tingkat for r in ref.national_regions())
    assert counts == {"provinsi": 38, "kabkota": 514, "kecamatan": 7285}
    assert len(ref.all_regions()) == 7837 + 267
    assert len({r.kode for r in ref.all_regions()}) == len(ref.all_regions())


def test_crosswalk_kemendagri_and_bps_differ_in_jakarta() -> None:
    # Kemendagri 31.71 Jakarta Pusat is BPS 3173; BPS 3171 is Jakarta Selatan = Kemendagri 31.74 (README).
    assert ref.kemendagri_to_bps("31.71") == "3173"
    assert ref.kemendagri_to_bps("3171") == "3173"
    assert ref.bps_to_kemendagri("3173") == "31.71"
    assert ref.bps_to_kemendagri("3171") == "31.74"
    assert ref.bps_to_kemendagri("3175") == "31.72"
    assert ref.kemendagri_to_bps("31.71.01.1001") == "3173080003"
    assert ref.bps_to_kemendagri("3173080003") == "31.71.01.1001"
    assert ref.kemendagri_to_bps("31.71.03.1003") is None  # Harapan Mulia: no unique BPS match
    assert ref.kemendagri_to_bps("11.01") is None  # outside DKI
    assert ref.kemendagri_to_bps("garbage") is None
    assert ref.bps_to_kemendagri("9999") is None
    for r in ref.dki_regions():  # the crosswalk is one-to-one both ways
        if r.kode_bps:
            assert ref.bps_to_kemendagri(r.kode_bps) == r.kode


def test_nik_prefix() -> None:
    assert ref.known_nik_prefix("317101")  # Gambir
    assert ref.known_nik_prefix("110101")  # Bakongan, Aceh Selatan (national list)
    assert not ref.known_nik_prefix("999999")
    assert not ref.known_nik_prefix("3171")
    assert not ref.known_nik_prefix("31710")


def test_default_schedule_is_dki_2023() -> None:
    rows = ref.default_schedule()
    assert [(r.tahun, r.nomor) for r in rows] == [(2023, 1), (2023, 2), (2023, 3)]
    t1, t2, t3 = rows
    assert (t1.pengolahan_data, t1.verval_mulai, t1.verval_selesai) == (
        dt.date(2023, 7, 16), dt.date(2023, 7, 17), dt.date(2023, 7, 28))
    assert (t2.verval_mulai, t2.verval_selesai, t2.pengolahan_hasil) == (
        dt.date(2023, 8, 18), dt.date(2023, 9, 29), dt.date(2023, 9, 30))
    assert (t3.input_mulai, t3.input_selesai) == (dt.date(2023, 11, 1), dt.date(2023, 11, 15))
    for r in rows:
        assert r.pengolahan_data < r.verval_mulai <= r.verval_selesai < r.input_mulai <= r.input_selesai


def test_every_reference_file_has_a_version_source_and_licence() -> None:
    version = ref.reference_version()
    assert version["version"]
    shipped = {p.name for p in resource_path("reference").glob("*.csv")}
    assert set(version["files"]) == shipped
    for name, info in version["files"].items():
        assert info["source"] and info["date"], name
        with resource_path("reference", name).open(encoding="utf-8") as fh:
            assert sum(1 for _ in fh) - 1 == info["rows"], name
    licence = resource_path("reference", "LICENSE-wilayah.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Cahya DSN" in licence
    json.dumps(version)


def test_lookups_are_cached() -> None:
    assert ref.dki_regions() is ref.dki_regions()
    assert ref.default_schedule() is ref.default_schedule()
