from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from sqlalchemy import func, select

from siks_desktop.db.models import Anggota, AuditEntry, Ruta, Tombstone
from siks_desktop.dto import HouseholdQuery, MemberDTO, SourceTagDTO
from siks_desktop.errors import Conflict, NotFound, PermissionDenied, SiksError, ValidationFailed
from tests.services.factories import household


def _count(engine, model) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return c.execute(select(func.count()).select_from(model)).scalar_one()


def test_create_and_read_back_every_value(operator) -> None:  # type: ignore[no-untyped-def]
    hh = household(sources=(SourceTagDTO("p3ke", desil=1),))
    saved = operator.households.save(hh).household
    assert saved.id and saved.uid and saved.revision == 1
    again = operator.households.get(saved.id)
    for key, value in hh.values.items():
        assert again.values[key] == value, key
    assert [m.nama for m in again.members] == ["Ahmad Suryadi", "Siti Aminah", "Rizky Pratama"]
    assert again.members[2].get("tanggal_lahir") == dt.date(2012, 1, 20)
    assert again.members[0].get("nomor_urut_keluarga") == 1
    assert again.families[0].no_kk == hh.families[0].no_kk
    assert [t.sumber for t in again.sources] == ["p3ke"] and again.sources[0].desil == 1


def test_update_member_changes_revision_and_is_audited(operator, engine) -> None:  # type: ignore[no-untyped-def]
    saved = operator.households.save(household()).household
    child = saved.members[2]
    members = list(saved.members)
    members[2] = MemberDTO(values=dict(child.values) | {"pendidikan": 4}, id=child.id, uid=child.uid)
    result = operator.households.save(dataclasses.replace(saved, members=tuple(members)), reason="koreksi")
    assert result.household.revision == 2
    assert result.household.members[2].get("pendidikan") == 4
    assert result.household.members[2].uid == child.uid  # same member, not delete + insert
    assert result.change.kind == "updated"
    with engine.connect() as c:
        last = c.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert last.action == "ruta.update" and last.username == "operator" and last.reason == "koreksi"
    assert '"pendidikan"' not in last.changes or ".pendidikan" in last.changes
    assert ".pendidikan\":[1,4]" in last.changes


def test_stale_revision_is_refused(operator) -> None:  # type: ignore[no-untyped-def]
    saved = operator.households.save(household()).household
    operator.households.save(dataclasses.replace(saved, values=dict(saved.values) | {"rt": "004"}))
    with pytest.raises(Conflict) as err:
        operator.households.save(dataclasses.replace(saved, values=dict(saved.values) | {"rt": "009"}))
    assert err.value.code == "stale"


def test_duplicate_nik_across_households_writes_nothing(operator, engine) -> None:  # type: ignore[no-untyped-def]
    first = operator.households.save(household(1)).household
    before = (_count(engine, Ruta), _count(engine, Anggota), _count(engine, AuditEntry))
    clash = household(1, alamat="Jl. Lain No. 1")
    with pytest.raises(Conflict) as err:
        operator.households.save(clash)
    assert err.value.code == "nik_duplicate"
    nik = first.members[0].nik
    assert nik not in str(err.value) and nik not in err.value.message  # no personal data in the error
    assert (_count(engine, Ruta), _count(engine, Anggota), _count(engine, AuditEntry)) == before


def test_final_record_with_errors_is_refused_and_draft_is_kept(operator, engine) -> None:  # type: ignore[no-untyped-def]
    bad = household(jumlah_art=5)  # jumlah ART disagrees with the roster
    with pytest.raises(ValidationFailed) as err:
        operator.households.save(bad)
    assert any(p.code == "jumlah_art_mismatch" for p in err.value.problems)
    assert _count(engine, Ruta) == 0
    draft = operator.households.save(dataclasses.replace(bad, record_state="draf"))
    assert any(p.code == "jumlah_art_mismatch" for p in draft.warnings)
    assert _count(engine, Ruta) == 1


def test_unknown_code_is_refused_even_for_a_draft(operator) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as err:
        operator.households.save(household(state="draf", lantai=42))
    assert [p.field for p in err.value.problems] == ["lantai"]


def test_roles_are_checked(services) -> None:  # type: ignore[no-untyped-def]
    lurah = services.login("lurah", "rahasia-123")
    with pytest.raises(PermissionDenied):
        lurah.households.save(household())
    dinsos = services.login("dinsos", "rahasia-123")
    with pytest.raises(PermissionDenied):
        dinsos.settings.set("x", "y")
    with pytest.raises(PermissionDenied):
        services.login("operator", "rahasia-123").accounts.add("baru", "operator", "rahasia-123")


def test_record_verval_sets_ruta_and_member_status(operator) -> None:  # type: ignore[no-untyped-def]
    saved = operator.households.save(household(status_verval=None, state="draf")).household
    grandpa = saved.members[2]
    result = operator.households.record_verval(saved.id, status_verval=1, member_status={grandpa.id: 3},
                                               blok2={"nama_petugas": "Budi", "tanggal_verval": dt.date(2023, 7, 21)})
    hh = result.household
    assert hh.get("status_verval") == 1 and hh.get("nama_petugas") == "Budi"
    assert hh.members[2].get("status_art") == 3
    with pytest.raises(SiksError) as err:
        operator.households.record_verval(saved.id, status_verval=99)
    assert err.value.code == "code_unknown"
    with pytest.raises(NotFound):
        operator.households.record_verval(saved.id, status_verval=1, member_status={999999: 1})


def test_delete_leaves_a_tombstone_and_needs_a_reason(operator, engine) -> None:  # type: ignore[no-untyped-def]
    saved = operator.households.save(household()).household
    with pytest.raises(SiksError):
        operator.households.delete(saved.id, reason=" ")
    operator.households.delete(saved.id, reason="ganda dengan ruta lain")
    assert _count(engine, Ruta) == 0 and _count(engine, Anggota) == 0
    with engine.connect() as c:
        assert c.execute(select(Tombstone.entity, Tombstone.uid)).all() == [("ruta", saved.uid)]
    with pytest.raises(NotFound):
        operator.households.get(saved.id)


def test_removing_and_swapping_members(operator) -> None:  # type: ignore[no-untyped-def]
    saved = operator.households.save(household()).household
    a, b, c = saved.members
    # The child leaves the roster; the wife takes over the child's NIK (a correction) in the same save:
    # the unique NIK index must not trip halfway.
    trimmed = (MemberDTO(values=dict(a.values), id=a.id, uid=a.uid),
               MemberDTO(values=dict(b.values) | {"nik": c.nik}, id=b.id, uid=b.uid))
    res = operator.households.save(dataclasses.replace(saved, members=trimmed,
                                                       values=dict(saved.values) | {"jumlah_art": 2}))
    assert [m.uid for m in res.household.members] == [a.uid, b.uid]
    assert res.household.members[1].nik == c.nik


def test_search_by_nik_kk_name_address_and_filters(operator) -> None:  # type: ignore[no-untyped-def]
    one = operator.households.save(household(1, alamat="Jl. Kebon Kelapa No. 7")).household
    two = operator.households.save(household(10, alamat="Jl. Tanah Abang II No. 3", rw="002",
                                             status_verval=2, sources=(SourceTagDTO("kjp"),))).household
    search = operator.households.search
    assert [r.id for r in search(HouseholdQuery(text=one.members[1].nik)).items] == [one.id]
    assert [r.id for r in search(HouseholdQuery(text=one.members[1].nik[:15])).items] == [one.id]
    assert [r.id for r in search(HouseholdQuery(text=two.families[0].no_kk)).items] == [two.id]
    assert {r.id for r in search(HouseholdQuery(text="aminah")).items} == {one.id, two.id}
    assert [r.id for r in search(HouseholdQuery(text="tanah abang")).items] == [two.id]
    assert [r.id for r in search(HouseholdQuery(status=2)).items] == [two.id]
    assert [r.id for r in search(HouseholdQuery(source="kjp")).items] == [two.id]
    assert [r.id for r in search(HouseholdQuery(rw="005")).items] == [one.id]
    page = search(HouseholdQuery(), offset=1, limit=1)
    assert page.total == 2 and [r.id for r in page.items] == [two.id]
    row = search(HouseholdQuery(text="kelapa")).items[0]
    assert (row.nama_krt, row.member_count, row.no_kk) == ("Ahmad Suryadi", 3, one.families[0].no_kk)
    desc = search(HouseholdQuery(sort="alamat", descending=True)).items
    assert [r.id for r in desc] == [two.id, one.id]


def test_counts(operator) -> None:  # type: ignore[no-untyped-def]
    operator.households.save(household(1, sources=(SourceTagDTO("p3ke", desil=2),)))
    operator.households.save(household(10, status_verval=2, sources=(SourceTagDTO("p3ke"), SourceTagDTO("kjp"))))
    counts = operator.households.counts()
    assert (counts.households, counts.members) == (2, 6)
    assert counts.by_status == {1: 1, 2: 1}
    assert counts.by_source == {"p3ke": 2, "kjp": 1}
    assert counts.by_state == {"final": 2}


def test_audit_chain_detects_a_changed_row(operator, services, db_path) -> None:  # type: ignore[no-untyped-def]
    operator.households.save(household(1))
    operator.households.save(household(10))
    ok = services.audit.verify()
    assert ok.valid and ok.entries >= 8 and ok.first_broken is None
    con = sqlite3.connect(db_path)
    target = con.execute("SELECT id FROM audit_log WHERE action='ruta.create' ORDER BY id LIMIT 1").fetchone()[0]
    con.execute("UPDATE audit_log SET reason='diubah diam-diam' WHERE id=?", (target,))
    con.commit()
    con.close()
    broken = services.audit.verify()
    assert not broken.valid and broken.first_broken == target


def test_a_household_decided_in_a_musyawarah_cannot_be_deleted(operator, engine) -> None:  # type: ignore[no-untyped-def]
    from siks_desktop.services.musyawarah import KeputusanDTO, MusyawarahInput

    saved = operator.households.save(household()).household
    mus = operator.musyawarah.create(MusyawarahInput(tanggal=dt.date(2023, 7, 31), tempat="Aula Kelurahan",
                                                     pimpinan_nama="Lurah", pimpinan_jabatan="Lurah Gambir"))
    operator.musyawarah.decide(mus.id, KeputusanDTO(ruta_id=saved.id, keputusan=1))
    with pytest.raises(Conflict) as err:
        operator.households.delete(saved.id, reason="salah input")
    assert err.value.code == "household_in_musyawarah"
    assert _count(engine, Ruta) == 1 and _count(engine, Tombstone) == 0


def test_count_members_follows_the_query(operator) -> None:  # type: ignore[no-untyped-def]
    operator.households.save(household(1))
    operator.households.save(household(10, alamat="Jl. Tanah Abang II", status_verval=2))
    assert operator.households.count_members() == 6
    assert operator.households.count_members(HouseholdQuery(status=2)) == 3
    assert operator.households.count_members(HouseholdQuery(text="tanah abang")) == 3
    assert operator.households.count_members(HouseholdQuery(text="tidak ada")) == 0


def test_counts_per_tahap(operator, services) -> None:  # type: ignore[no-untyped-def]
    t1, t2 = services.settings.tahap_list()[:2]
    operator.households.save(dataclasses.replace(household(1), tahap_id=t1.id))
    operator.households.save(dataclasses.replace(household(10, status_verval=2), tahap_id=t2.id))
    c = operator.households.counts(tahap_id=t2.id)
    assert (c.households, c.members, c.by_status, c.by_tahap) == (1, 3, {2: 1}, {t1.id: 1, t2.id: 1})
