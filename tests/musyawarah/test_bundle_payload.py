"""The musyawarah, its decisions and the signed Berita Acara travel in ``.siks`` bundles (docs/siks-format.md §5) and
land in the central store (SQLite and PostgreSQL): identical PDF bytes, idempotent re-import, incremental rules."""
from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from siks_desktop.db.migrate import open_database
from siks_desktop.db.models import Ruta
from siks_desktop.db.models_musyawarah import (
    BeritaAcaraDokumen,
    Musyawarah,
    MusyawarahKeputusan,
    MusyawarahPeserta,
)
from siks_desktop.db.uow import UnitOfWorkFactory
from siks_desktop.io import pki as pki_mod
from siks_desktop.io.siks_format import BundleError
from siks_desktop.io.siks_format.payload import Payload, collect_payload, upsert_payload
from siks_desktop.services.bundles import export_bundle
from siks_desktop.services.central import ImportKeys, import_bundle
from tests.conftest import GAMBIR

from .conftest import CA_PW, P12_PW


@pytest.fixture(scope="module")
def bundle_keys(mpki):  # type: ignore[no-untyped-def]
    dinsos = pki_mod.issue(mpki.dir / "ca", CA_PW, name="Bidang Data Dinsos", role="dinsos",
                           out_p12=mpki.dir / f"dinsos-{uuid.uuid4().hex[:6]}.p12", p12_password=P12_PW)
    d_key, d_cert, _ = pki_mod.load_p12(dinsos.p12, P12_PW)
    o_key, o_cert, _ = pki_mod.load_p12(mpki.operator.p12, P12_PW)
    ca = pki_mod.load_cert(mpki.dir / "ca" / "ca.pem")
    return {"recipient": d_cert, "operator": (o_key, o_cert),
            "import": ImportKeys(d_key, d_cert, ca, d_key, d_cert)}


def _export(engine, out: Path, keys, **kw):  # type: ignore[no-untyped-def]
    key, cert = keys["operator"]
    return export_bundle(UnitOfWorkFactory(engine), out, kelurahan_code=GAMBIR, recipients=[keys["recipient"]],
                         signer_key=key, signer_cert=cert, **kw)


def musyawarah_snapshot(engine) -> tuple:  # type: ignore[no-untyped-def]
    """Musyawarah, participants, decisions (by household uid) and BA documents with their PDF, by uid."""
    with UnitOfWorkFactory(engine).read() as s:
        musy = {m.uid: (m.kelurahan_kode, m.tanggal, m.tempat, m.nomor_ba, m.status, m.locked_at is not None)
                for m in s.scalars(select(Musyawarah))}
        peserta = sorted((m_uid, p.no_urut, p.nama, p.unsur, p.hadir, p.wakil) for p, m_uid in s.execute(
            select(MusyawarahPeserta, Musyawarah.uid).join(Musyawarah)))
        keputusan = sorted((m_uid, r_uid, k.keputusan, k.alasan or "") for k, m_uid, r_uid in s.execute(
            select(MusyawarahKeputusan, Musyawarah.uid, Ruta.uid).join(Musyawarah)
            .join(Ruta, MusyawarahKeputusan.ruta_id == Ruta.id)))
        docs = {d.uid: (m_uid, d.version, d.sha256, d.signer_nama, d.signer_fingerprint, d.signed_at, d.superseded,
                        bytes(d.pdf)) for d, m_uid in s.execute(select(BeritaAcaraDokumen, Musyawarah.uid).join(Musyawarah))}
    return musy, peserta, keputusan, docs


def _uid(engine, doc) -> str:  # type: ignore[no-untyped-def]
    with UnitOfWorkFactory(engine).read() as s:
        return s.get(BeritaAcaraDokumen, doc.id).uid


def _count(engine, model) -> int:  # type: ignore[no-untyped-def]
    with UnitOfWorkFactory(engine).read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _round_trip(engine, central, users, prepared, mpki, bundle_keys, tmp_path):  # type: ignore[no-untyped-def]
    doc = users.lurah.musyawarah.sign_ba(prepared.id, mpki.lurah.p12, P12_PW, tmp_path / "ba.pdf")
    signed = (tmp_path / "ba.pdf").read_bytes()
    e1 = _export(engine, tmp_path / "1.siks", bundle_keys)
    assert e1.attachments == 1
    r = import_bundle(UnitOfWorkFactory(central), tmp_path / "1.siks", bundle_keys["import"],
                      receipt_dir=tmp_path / "tt")
    assert (r.status, r.reason) == ("imported", None)
    snap = musyawarah_snapshot(central)
    assert snap == musyawarah_snapshot(engine)
    musy, peserta, keputusan, docs = snap
    assert len(musy) == 1 and len(peserta) == 5 and len(keputusan) == 5
    uid1 = _uid(engine, doc)
    assert docs[uid1][7] == signed and hashlib.sha256(docs[uid1][7]).hexdigest() == doc.sha256

    again = import_bundle(UnitOfWorkFactory(central), tmp_path / "1.siks", bundle_keys["import"])
    assert again.status == "duplicate" and musyawarah_snapshot(central) == snap

    # nothing changed → the next bundle carries no musyawarah and no PDF
    e2 = _export(engine, tmp_path / "2.siks", bundle_keys)
    assert e2.attachments == 0
    assert import_bundle(UnitOfWorkFactory(central), tmp_path / "2.siks", bundle_keys["import"]).status == "imported"
    assert musyawarah_snapshot(central) == snap

    # a revision: v1 superseded, one decision removed, v2 signed → only v2's PDF travels, v1's row is updated
    users.lurah.musyawarah.unlock_for_revision(prepared.id, "Salah ketik alasan")
    users.operator.musyawarah.remove_decision(prepared.id, prepared.keputusan[-1].ruta_id)
    doc2 = users.lurah.musyawarah.sign_ba(prepared.id, mpki.lurah.p12, P12_PW, tmp_path / "ba2.pdf")
    e3 = _export(engine, tmp_path / "3.siks", bundle_keys)
    assert e3.attachments == 1
    assert import_bundle(UnitOfWorkFactory(central), tmp_path / "3.siks", bundle_keys["import"]).status == "imported"
    snap3 = musyawarah_snapshot(central)
    assert snap3 == musyawarah_snapshot(engine)
    assert len(snap3[2]) == 4 and snap3[3][uid1][6] is True
    assert snap3[3][_uid(engine, doc2)][7] == (tmp_path / "ba2.pdf").read_bytes()

    # a full bundle carries everything again and changes nothing at Dinsos
    _export(engine, tmp_path / "4.siks", bundle_keys, full=True)
    assert import_bundle(UnitOfWorkFactory(central), tmp_path / "4.siks", bundle_keys["import"]).status == "imported"
    assert musyawarah_snapshot(central) == snap3


def test_round_trip_sqlite(engine, users, prepared, mpki, bundle_keys, tmp_path):  # type: ignore[no-untyped-def]
    central = open_database(tmp_path / "pusat.db")
    try:
        _round_trip(engine, central, users, prepared, mpki, bundle_keys, tmp_path)
    finally:
        central.dispose()


@pytest.mark.postgres
def test_round_trip_postgres(engine, users, prepared, mpki, bundle_keys, tmp_path, pg_server):  # type: ignore[no-untyped-def]
    central = open_database(pg_server.create_database(f"musy_bundle_{uuid.uuid4().hex[:8]}"))
    try:
        _round_trip(engine, central, users, prepared, mpki, bundle_keys, tmp_path)
    finally:
        central.dispose()


def _payload(engine) -> Payload:  # type: ignore[no-untyped-def]
    with UnitOfWorkFactory(engine).read() as s:
        return collect_payload(s)


def test_pdf_must_match_its_signed_hash(engine, users, prepared, mpki, tmp_path):  # type: ignore[no-untyped-def]
    doc = users.lurah.musyawarah.sign_ba(prepared.id, mpki.lurah.p12, P12_PW, tmp_path / "ba.pdf")
    central = open_database(tmp_path / "pusat.db")
    p = _payload(engine)
    name = f"{_uid(engine, doc)}.pdf"
    assert p.attachments[name] == (tmp_path / "ba.pdf").read_bytes()
    p.attachments[name] = p.attachments[name] + b"\n%tambahan"
    with pytest.raises(BundleError) as e, UnitOfWorkFactory(central)() as s:
        upsert_payload(s, p, GAMBIR)
    assert e.value.code == "bad_payload"
    del p.attachments[name]  # a BA row whose PDF the store never got
    with pytest.raises(BundleError), UnitOfWorkFactory(central)() as s:
        upsert_payload(s, p, GAMBIR)
    assert _count(central, Musyawarah) == 0 and _count(central, BeritaAcaraDokumen) == 0
    central.dispose()


def test_musyawarah_of_another_kelurahan_is_refused(engine, users, prepared, tmp_path):  # type: ignore[no-untyped-def]
    central = open_database(tmp_path / "pusat.db")
    p = _payload(engine)
    with pytest.raises(BundleError) as e, UnitOfWorkFactory(central)() as s:
        upsert_payload(s, p, "31.71.01.1002")
    assert e.value.code == "kelurahan_mismatch"
    assert _count(central, Musyawarah) == 0
    central.dispose()


def test_participant_edit_travels_incrementally(engine, users, prepared, mpki, bundle_keys, tmp_path):  # type: ignore[no-untyped-def]
    central = open_database(tmp_path / "pusat.db")
    _export(engine, tmp_path / "1.siks", bundle_keys)
    assert import_bundle(UnitOfWorkFactory(central), tmp_path / "1.siks", bundle_keys["import"]).status == "imported"
    with UnitOfWorkFactory(engine)() as s:  # an old updated_at: only the audit entry tells the change
        s.execute(update(Musyawarah).values(updated_at=dt.datetime(2020, 1, 1)))
    users.operator.musyawarah.set_participants(prepared.id, prepared.peserta[:3])
    e2 = _export(engine, tmp_path / "2.siks", bundle_keys)
    assert import_bundle(UnitOfWorkFactory(central), tmp_path / "2.siks", bundle_keys["import"]).status == "imported"
    assert e2.households == 0
    assert musyawarah_snapshot(central) == musyawarah_snapshot(engine)
    assert len(musyawarah_snapshot(central)[1]) == 3
    central.dispose()
