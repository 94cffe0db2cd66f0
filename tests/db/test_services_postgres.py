"""The same services on the central store's engine: a real PostgreSQL server started by the tests."""
from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import text

from siks_desktop.db.migrate import open_database
from siks_desktop.dto import HouseholdQuery, MemberDTO
from siks_desktop.errors import Conflict
from siks_desktop.services import Services
from tests.conftest import GAMBIR, TODAY
from tests.services.factories import household


@pytest.fixture
def pg_services(pg_server):  # type: ignore[no-untyped-def]
    import uuid

    engine = open_database(pg_server.create_database(f"svc_{uuid.uuid4().hex[:8]}"))
    svc = Services(engine, today=lambda: TODAY)
    svc.settings.bind_kelurahan(GAMBIR)
    svc.accounts.add("operator", "operator", "rahasia-123", kelurahan_kode=GAMBIR)
    yield svc.login("operator", "rahasia-123")
    engine.dispose()


def test_households_and_audit_on_postgres(pg_services) -> None:  # type: ignore[no-untyped-def]
    op = pg_services
    one = op.households.save(household(1)).household
    child = one.members[2]
    members = list(one.members)
    members[2] = MemberDTO(values=dict(child.values) | {"pendidikan": 4}, id=child.id, uid=child.uid)
    op.households.save(dataclasses.replace(one, members=tuple(members)))
    two = op.households.save(household(10, alamat="Jl. Tanah Abang II")).household
    with pytest.raises(Conflict):
        op.households.save(household(10, alamat="Jl. Lain"))
    assert [r.id for r in op.households.search(HouseholdQuery(text="TANAH abang")).items] == [two.id]
    assert [r.id for r in op.households.search(HouseholdQuery(text=one.members[0].nik)).items] == [one.id]
    assert op.households.counts().members == 6
    result = op.audit.verify()
    assert result.valid and result.entries >= 6
    with op.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET reason = 'x' WHERE id = 3"))
    assert op.audit.verify().first_broken == 3
