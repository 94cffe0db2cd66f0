"""Export from a workstation database → verify → central import (SQLite): exact copy, idempotent, sequence rules."""
from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from sqlalchemy import func, select

from siks_desktop.db.base import Base
from siks_desktop.db.engine import make_engine
from siks_desktop.db.models import (
    Anggota,
    AuditEntry,
    Keluarga,
    Ruta,
    SumberTag,
    Wilayah,
)
from siks_desktop.db.models_central import CentralAuditEntry, CentralBundle
from siks_desktop.db.uow import UnitOfWorkFactory
from siks_desktop.io.siks_format import verify_bundle
from siks_desktop.services.bundles import export_bundle
from siks_desktop.services.central import (
    ImportKeys,
    central_status,
    import_bundle,
    import_bundles,
)

from .certs import KELURAHAN


def _db(path):
    engine = make_engine(path)
    Base.metadata.create_all(engine)
    uow = UnitOfWorkFactory(engine)
    with uow() as s:
        s.add(Wilayah(kode=KELURAHAN, nama="Kelurahan Uji", tingkat="kelurahan", induk="31.71.01"))
    return uow


def _populate(uow, n=5):
    with uow() as s:
        for i in range(n):
            r = Ruta(kelurahan_kode=KELURAHAN, alamat=f"Jl. Uji {i}", rt="001", rw="002", nama_krt=f"KRT {i}",
                     status_verval=1, tanggal_verval=dt.date(2023, 7, 20), ada_tv=True, luas_lantai=30 + i)
            k = Keluarga(nomor_urut=1, no_kk=f"3171{i:012d}")
            r.keluarga.append(k)
            for j in range(3):
                a = Anggota(no_urut=j + 1, nama=f"Anggota {i}-{j}", nik=f"3171{i:06d}{j:06d}", jenis_kelamin=1 + j % 2,
                            tanggal_lahir=dt.date(1980 + j, 1, 2), keluarga=k)
                r.anggota.append(a)
            r.sumber.append(SumberTag(sumber="p3ke", desil=1, ref=f"P{i}"))
            s.add(r)
        s.add(AuditEntry(ts="2023-07-20T00:00:00Z", username="op", action="create", entity="ruta", entity_id="x",
                         changes="{}", prev_hash="0" * 64, hash=f"{random.getrandbits(256):064x}"))


def _snapshot(uow):
    with uow.read() as s:
        ruta = {r.uid: (r.alamat, r.luas_lantai, r.tanggal_verval, r.ada_tv) for r in s.scalars(select(Ruta))}
        agg = {a.uid: (a.nama, a.nik, a.tanggal_lahir, a.ruta.uid, a.keluarga.uid if a.keluarga else None)
               for a in s.scalars(select(Anggota))}
        kel = {k.uid: (k.no_kk, k.ruta.uid) for k in s.scalars(select(Keluarga))}
        tags = sorted((t.ruta.uid, t.sumber, t.ref) for t in s.scalars(select(SumberTag)))
    return ruta, agg, kel, tags


@pytest.fixture()
def stores(tmp_path, pki):
    ws, central = _db(tmp_path / "ws.db"), _db(tmp_path / "central.db")
    keys = ImportKeys(pki.dinsos.key, pki.dinsos.cert, pki.ca.cert, pki.dinsos.key, pki.dinsos.cert)
    return ws, central, keys


def _export(ws, pki, path, **kw):
    return export_bundle(ws, path, kelurahan_code=KELURAHAN, recipients=[pki.dinsos.cert],
                         signer_key=pki.operator.key, signer_cert=pki.operator.cert, **kw)


def test_round_trip_idempotent_and_incremental(stores, pki, tmp_path):
    ws, central, keys = stores
    _populate(ws)
    e1 = _export(ws, pki, tmp_path / "1.siks")
    assert (e1.sequence, e1.households, e1.members) == (1, 5, 15)
    assert verify_bundle(tmp_path / "1.siks", ca_cert=pki.ca.cert).sequence == 1
    r = import_bundle(central, tmp_path / "1.siks", keys, receipt_dir=tmp_path / "tt")
    assert (r.status, r.reason) == ("imported", None)
    assert _snapshot(central) == _snapshot(ws)
    receipt = json.loads(open(r.receipt).read())
    assert receipt["bundle_id"] == e1.bundle_id and (tmp_path / "tt" / (r.receipt.split("/")[-1] + ".p7s")).exists()
    with central.read() as s:
        assert s.scalar(select(func.count()).select_from(CentralAuditEntry)) == 1

    before = _snapshot(central)
    again = import_bundle(central, tmp_path / "1.siks", keys)
    assert again.status == "duplicate" and _snapshot(central) == before

    with ws() as s:  # change one member (a member edit must bump its household's updated_at)
        a = s.scalars(select(Anggota).order_by(Anggota.id)).first()
        a.nama = "Nama Baru"
        a.ruta.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=1)
    e2 = _export(ws, pki, tmp_path / "2.siks")
    assert (e2.sequence, e2.households) == (2, 1)
    assert import_bundle(central, tmp_path / "2.siks", keys).status == "imported"
    assert _snapshot(central) == _snapshot(ws)
    st = central_status(central)
    assert st == [{"kelurahan_code": KELURAHAN, "bundles": 2, "last_sequence": 2, "held": [], "gaps": [],
                   "households": 5, "members": 15, "open_conflicts": 0}]


def test_out_of_order_is_held_then_released(stores, pki, tmp_path):
    ws, central, keys = stores
    _populate(ws, 2)
    for n in (1, 2, 3):
        _export(ws, pki, tmp_path / f"{n}.siks", full=True)
    assert import_bundle(central, tmp_path / "3.siks", keys).status == "rejected"  # no held_dir: sequence_gap
    assert import_bundle(central, tmp_path / "1.siks", keys).status == "imported"
    held = import_bundle(central, tmp_path / "3.siks", keys, held_dir=tmp_path / "held")
    assert (held.status, held.reason) == ("held", "sequence_gap")
    assert central_status(central)[0]["gaps"] == [2]
    res = import_bundles(central, [tmp_path / "2.siks"], keys, held_dir=tmp_path / "held")
    assert res[0].status == "imported"
    st = central_status(central)[0]
    assert (st["last_sequence"], st["held"], st["gaps"]) == (3, [], [])


def test_replay_and_wrong_key_write_nothing(stores, pki, tmp_path):
    ws, central, keys = stores
    _populate(ws, 2)
    _export(ws, pki, tmp_path / "1.siks")
    bad_keys = ImportKeys(pki.outsider.key, pki.outsider.cert, pki.ca.cert)
    assert import_bundle(central, tmp_path / "1.siks", bad_keys).reason == "wrong_recipient"
    assert _snapshot(central) == ({}, {}, {}, [])


def test_fuzzed_bundles_never_write(stores, pki, tmp_path):
    ws, central, keys = stores
    _populate(ws, 3)
    _export(ws, pki, tmp_path / "1.siks")
    data = (tmp_path / "1.siks").read_bytes()
    rng = random.Random(7)
    target = tmp_path / "m.siks"
    statuses = set()
    for _ in range(400):
        b = bytearray(data)
        if rng.random() < 0.5:
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        else:
            del b[rng.randrange(len(b)):]
        target.write_bytes(bytes(b))
        r = import_bundle(central, target, keys)
        statuses.add(r.status)
        if r.status == "imported":  # only a harmless metadata flip can pass; undo it for the next round
            with central() as s:
                for m in (SumberTag, Anggota, Keluarga, Ruta, CentralAuditEntry, CentralBundle):
                    s.query(m).delete()
    with central.read() as s:
        assert s.scalar(select(func.count()).select_from(CentralBundle)) == 0
        assert s.scalar(select(func.count()).select_from(Ruta)) == 0
    assert "rejected" in statuses


def test_every_import_reason_has_an_indonesian_message():
    from siks_desktop.io.siks_format.errors import MESSAGES
    from siks_desktop.services.central import IMPORT_REASON_MESSAGES, ImportResult, reason_message

    for code in ("replayed_sequence", "chain_broken", "sequence_gap", "already_imported", "store_constraint"):
        assert code in IMPORT_REASON_MESSAGES and reason_message(code) == IMPORT_REASON_MESSAGES[code]
    assert reason_message("tampered") == MESSAGES["tampered"] and reason_message(None) is None
    assert "diimpor" in ImportResult("f.siks", "x", "duplicate", "already_imported").message
