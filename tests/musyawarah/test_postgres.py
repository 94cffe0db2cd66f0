"""The musyawarah service on PostgreSQL (the central store's engine): nomor sequence (EXTRACT), the signed PDF as
bytea, the unique decision per household enforced by the database too."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy.exc import IntegrityError

from siks_desktop.db.migrate import open_database
from siks_desktop.db.models_musyawarah import MusyawarahKeputusan
from siks_desktop.services import Services
from siks_desktop.services.musyawarah import KeputusanDTO
from tests.conftest import GAMBIR, TODAY
from tests.services.factories import household

from .conftest import P12_PW, PESERTA, meeting_input

pytestmark = pytest.mark.postgres


def test_musyawarah_on_postgres(pg_server, mpki, tmp_path):  # type: ignore[no-untyped-def]
    engine = open_database(pg_server.create_database(f"musy_{uuid.uuid4().hex[:8]}"))
    try:
        svc = Services(engine, today=lambda: TODAY)  # system account: admin, may prepare and sign
        svc.settings.bind_kelurahan(GAMBIR)
        ids = [svc.households.save(household(10 * i + 1, alamat=f"Jl. A No. {i}")).household.id for i in range(3)]
        m = svc.musyawarah.create(meeting_input())
        assert svc.musyawarah.create(meeting_input()).nomor_ba.startswith("400.9.3/002/")
        svc.musyawarah.set_participants(m.id, PESERTA)
        svc.musyawarah.set_decisions(m.id, [KeputusanDTO(ids[0], 1), KeputusanDTO(ids[1], 2, "Mampu"),
                                            KeputusanDTO(ids[2], 3)])
        with pytest.raises(IntegrityError), svc.ctx.uow() as s:
            s.add(MusyawarahKeputusan(musyawarah_id=m.id, ruta_id=ids[0], keputusan=3))
        doc = svc.musyawarah.sign_ba(m.id, mpki.lurah.p12, P12_PW, tmp_path / "ba.pdf")
        assert svc.musyawarah.document_pdf(doc.id) == (tmp_path / "ba.pdf").read_bytes()
        assert svc.musyawarah.get(m.id).locked
    finally:
        engine.dispose()
