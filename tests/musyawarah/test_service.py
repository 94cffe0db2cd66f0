"""MusyawarahService rules: roles, reasons, one decision per household, lock after signing, revisions keep the old
signed versions, the BA data mapped from the record."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

import pytest
from sqlalchemy import select

from siks_desktop.db.models import AuditEntry
from siks_desktop.errors import NotFound, PermissionDenied, SiksError
from siks_desktop.io.signing import verify_pdf
from siks_desktop.services.musyawarah import KeputusanDTO, PesertaDTO

from .conftest import P12_PW, PESERTA, meeting_input


def test_create_fills_kelurahan_tahap_and_nomor(users):
    m = users.operator.musyawarah.create(meeting_input())
    assert m.kelurahan_kode == "31.71.01.1001"
    assert m.tahap_id is not None
    assert m.nomor_ba == "400.9.3/001/BA/2023"
    assert m.status == "draf" and not m.locked
    second = users.operator.musyawarah.create(meeting_input(timing="sebelum_verval", tanggal=dt.date(2023, 7, 14)))
    assert second.nomor_ba == "400.9.3/002/BA/2023"
    assert second.timing == "sebelum_verval"
    assert users.operator.musyawarah.latest().id == m.id  # latest by date, not by creation
    assert [s.id for s in users.operator.musyawarah.list()] == [m.id, second.id]


def test_create_checks_fields(users):
    svc = users.operator.musyawarah
    with pytest.raises(SiksError) as e:
        svc.create(meeting_input(tempat=" "))
    assert e.value.code == "field_required"
    with pytest.raises(SiksError) as e:
        svc.create(meeting_input(jenis="rapat"))
    assert e.value.code == "invalid_code"
    with pytest.raises(SiksError) as e:
        svc.create(meeting_input(waktu_mulai="25.00"))
    assert e.value.code == "invalid_time"
    assert svc.create(meeting_input(waktu_mulai="9:5")).waktu_mulai == "09.05"


def test_roles(users, prepared, household_ids, mpki, tmp_path):
    with pytest.raises(PermissionDenied):
        users.kecamatan.musyawarah.create(meeting_input())
    with pytest.raises(PermissionDenied):
        users.lurah.musyawarah.set_decisions(prepared.id, [])
    with pytest.raises(PermissionDenied):  # operators prepare, the Lurah signs
        users.operator.musyawarah.sign_ba(prepared.id, mpki.lurah.p12, P12_PW, tmp_path / "ba.pdf")
    assert not (tmp_path / "ba.pdf").exists()
    users.admin.musyawarah.update(prepared.id, replace(prepared.as_input(), tempat="Ruang Rapat"))  # admin: all
    assert users.kecamatan.musyawarah.get(prepared.id).tempat == "Ruang Rapat"  # reading is open


def test_reason_required_for_tidak_layak_and_hapus(users, prepared, household_ids):
    svc = users.operator.musyawarah
    for code in (2, 4):
        with pytest.raises(SiksError) as e:
            svc.decide(prepared.id, KeputusanDTO(household_ids[0], code, "  "))
        assert e.value.code == "reason_required"
    svc.decide(prepared.id, KeputusanDTO(household_ids[0], 3))  # verval ulang: reason optional
    with pytest.raises(SiksError) as e:
        svc.decide(prepared.id, KeputusanDTO(household_ids[0], 9, "x"))
    assert e.value.code == "invalid_code"


def test_one_decision_per_household(users, prepared, household_ids):
    svc = users.operator.musyawarah
    a = household_ids[0]
    with pytest.raises(SiksError) as e:
        svc.set_decisions(prepared.id, [KeputusanDTO(a, 1), KeputusanDTO(a, 3)])
    assert e.value.code == "duplicate_decision"
    assert len(svc.get(prepared.id).keputusan) == 5  # nothing changed
    m = svc.decide(prepared.id, KeputusanDTO(a, 2, "Memiliki usaha"))  # decide() changes, never duplicates
    mine = [k for k in m.keputusan if k.ruta_id == a]
    assert len(mine) == 1 and mine[0].keputusan == 2 and mine[0].alasan == "Memiliki usaha"
    m = svc.remove_decision(prepared.id, a)
    assert a not in {k.ruta_id for k in m.keputusan}


def test_household_must_exist(users, prepared):
    with pytest.raises(NotFound) as e:
        users.operator.musyawarah.set_decisions(prepared.id, [KeputusanDTO(999_999, 1)])
    assert e.value.code == "household_not_found"


def test_participants(users, prepared):
    m = users.operator.musyawarah.get(prepared.id)
    assert [p.unsur for p in m.peserta] == ["lurah", "sekel", "lmk", "ketua_rw", "tokoh"]
    assert m.peserta[1].jabatan == "Sekretaris Kelurahan"  # defaults to the unsur label
    with pytest.raises(SiksError) as e:
        users.operator.musyawarah.set_participants(prepared.id, [PesertaDTO("X", "camat")])
    assert e.value.code == "invalid_code"


def test_ba_data_counts_from_decisions_and_verval(users, prepared):
    d = users.operator.musyawarah.ba_data(prepared.id)
    c = d.counts
    assert (c.ruta_diverifikasi, c.ditemukan, c.tidak_ditemukan, c.pindah) == (5, 3, 1, 1)
    assert c.art_diverifikasi == 15
    assert (c.layak_diusulkan, c.tidak_layak, c.verval_ulang, c.usulan_hapus) == (2, 1, 1, 1)
    assert d.kelurahan == "Gambir" and d.kecamatan == "Gambir" and "Jakarta Pusat" in d.kota
    assert d.tahap == "Tahap 1 Tahun 2023"
    assert [w.nama for w in d.wakil_peserta] == ["H. Abdul Rachman"]
    assert d.pimpinan.nip == "19780512 200312 1 004"
    assert len(d.households) == 5 and d.households[0].nik.startswith("3171")
    assert {h.keputusan for h in d.households} == {"Layak diusulkan", "Tidak layak (mampu)", "Verval ulang",
                                                    "Usulan hapus"}
    assert any("2 rumah tangga dinyatakan layak" in k for k in d.kesimpulan)  # generated when none was written
    assert d.doc_id.endswith("-v1")


def test_render_unsigned(users, prepared, tmp_path):
    res = users.operator.musyawarah.render_ba(prepared.id, tmp_path / "draf.pdf", paper="F4")
    assert res.pages >= 3 and res.households == 5
    assert "lurah" in res.signature_boxes
    assert users.operator.musyawarah.documents(prepared.id) == ()  # a draft is not stored


def test_sign_locks_and_stores(users, prepared, mpki, tmp_path):
    out = tmp_path / "ba.pdf"
    doc = users.lurah.musyawarah.sign_ba(prepared.id, mpki.lurah.p12, P12_PW, out)
    data = out.read_bytes()
    assert doc.version == 1 and doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.signer_role == "lurah" and doc.signer_fingerprint == mpki.lurah.fingerprint_sha256
    assert users.lurah.musyawarah.document_pdf(doc.id) == data
    assert verify_pdf(out, mpki.ca.cert).valid
    m = users.operator.musyawarah.get(prepared.id)
    assert m.locked and m.status == "ditandatangani"
    op = users.operator.musyawarah
    for change in (lambda: op.update(m.id, replace(m.as_input(), tempat="Lain")),
                   lambda: op.set_participants(m.id, PESERTA[:2]),
                   lambda: op.set_decisions(m.id, []),
                   lambda: op.decide(m.id, KeputusanDTO(m.keputusan[0].ruta_id, 3)),
                   lambda: op.remove_decision(m.id, m.keputusan[0].ruta_id),
                   lambda: users.lurah.musyawarah.sign_ba(m.id, mpki.lurah.p12, P12_PW, tmp_path / "again.pdf")):
        with pytest.raises(SiksError) as e:
            change()
        assert e.value.code == "musyawarah_locked"
    assert not (tmp_path / "again.pdf").exists()


def test_revision_keeps_old_versions(users, prepared, mpki, tmp_path, engine):
    lurah = users.lurah.musyawarah
    v1 = lurah.sign_ba(prepared.id, mpki.lurah.p12, P12_PW, tmp_path / "v1.pdf")
    with pytest.raises(SiksError) as e:
        lurah.unlock_for_revision(prepared.id, " ")
    assert e.value.code == "reason_required"
    with pytest.raises(PermissionDenied):
        users.operator.musyawarah.unlock_for_revision(prepared.id, "salah ketik")
    m = lurah.unlock_for_revision(prepared.id, "Salah ketik nama peserta")
    assert not m.locked and m.status == "draf"
    users.operator.musyawarah.set_participants(prepared.id, PESERTA[:4])
    v2 = lurah.sign_ba(prepared.id, mpki.lurah.p12, P12_PW, tmp_path / "v2.pdf")
    docs = lurah.documents(prepared.id)
    assert [(d.version, d.superseded) for d in docs] == [(1, True), (2, False)]
    assert docs[0].superseded_reason == "Salah ketik nama peserta"
    assert lurah.document_pdf(v1.id) == (tmp_path / "v1.pdf").read_bytes()  # the old PDF stays as signed
    assert v1.doc_id.endswith("-v1") and v2.doc_id.endswith("-v2") and v1.sha256 != v2.sha256
    with engine.connect() as conn:
        actions = [a for (a,) in conn.execute(select(AuditEntry.action).where(AuditEntry.entity == "musyawarah"))]
    assert actions.count("musyawarah.sign") == 2 and "musyawarah.unlock" in actions
    assert users.admin.audit.verify().valid


def test_sign_refuses_wrong_certificates(users, prepared, mpki, tmp_path):
    lurah = users.lurah.musyawarah
    cases = [(mpki.operator.p12, P12_PW, "wrong_signer_role"), (mpki.other.p12, P12_PW, "wrong_kelurahan"),
             (mpki.lurah.p12, b"salah", "bad_passphrase")]
    for p12, pw, code in cases:
        with pytest.raises(SiksError) as e:
            lurah.sign_ba(prepared.id, p12, pw, tmp_path / "ba.pdf")
        assert e.value.code == code
    assert not (tmp_path / "ba.pdf").exists()
    assert not lurah.get(prepared.id).locked and lurah.documents(prepared.id) == ()


def test_sign_without_decisions_is_refused(users, mpki, tmp_path):
    m = users.operator.musyawarah.create(meeting_input())
    with pytest.raises(SiksError) as e:
        users.lurah.musyawarah.sign_ba(m.id, mpki.lurah.p12, P12_PW, tmp_path / "ba.pdf")
    assert e.value.code == "empty_document"
    assert not users.lurah.musyawarah.get(m.id).locked


def test_indicators_through_the_service(users, household_ids):
    res = users.operator.musyawarah.indicators(household_ids[0])
    codes = {i.code: i.met for i in res.items}
    assert codes["k262_g"] is False and codes["bps_01"] is False  # own toilet, 36 m² for 3 people
    assert res.summary["bps_14"].total == 14


def test_demo_musyawarah(tmp_path):
    from siks_desktop.db.migrate import open_database
    from siks_desktop.services import Services
    from siks_desktop.services.demo import generate_demo
    from siks_desktop.services.musyawarah import UNSUR, create_demo_musyawarah

    engine = open_database(tmp_path / "demo.db")
    svc = Services(engine)
    svc.settings.bind_kelurahan("31.71.01.1001")
    generate_demo(engine, households=120, seed=3, kelurahan_kode="31.71.01.1001")
    m = create_demo_musyawarah(svc)
    tahap1 = next(t for t in svc.settings.tahap_list() if t.nomor == 1)
    assert tahap1.pengolahan_data <= m.tanggal <= tahap1.input_selesai and m.tahap_id == tahap1.id
    assert {p.unsur for p in m.peserta} == set(UNSUR)
    assert 35 <= len(m.keputusan) <= 40
    assert {k.keputusan for k in m.keputusan} == {1, 2, 3, 4}
    assert all(k.alasan for k in m.keputusan if k.keputusan in (2, 4))
    assert svc.musyawarah.latest().id == m.id
    engine.dispose()
