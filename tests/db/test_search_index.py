"""The trigram search index stays exactly in step with the tables: bulk demo loads, cancels, edits, deletes."""
from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import text

from siks_desktop.dto import HouseholdQuery, MemberDTO
from siks_desktop.jobs import Cancelled, CancelToken
from siks_desktop.services.demo import generate_demo
from tests.services.factories import household


def _triggers(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return c.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name LIKE '%fts%'"
                                 ).scalar_one()


def _integrity(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as c:  # raises if the index disagrees with its content table
        c.exec_driver_sql("INSERT INTO anggota_fts(anggota_fts, rank) VALUES ('integrity-check', 1)")
        c.exec_driver_sql("INSERT INTO ruta_fts(ruta_fts, rank) VALUES ('integrity-check', 1)")


def _like_ids(engine, fragment: str) -> set[int]:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        rows = c.execute(text("SELECT ruta_id FROM anggota WHERE nama LIKE :p UNION SELECT id FROM ruta "
                              "WHERE alamat LIKE :p OR nama_krt LIKE :p"), {"p": f"%{fragment}%"}).scalars()
        return set(rows)


@pytest.mark.parametrize("fragment", ["sur", "Siti", "an", "gg. ii", "jl. "])
def test_index_search_equals_a_plain_scan_after_a_bulk_load(services, engine, fragment: str) -> None:  # type: ignore[no-untyped-def]
    generate_demo(engine, households=120, seed=7)
    assert _triggers(engine) == 6
    _integrity(engine)
    page = services.households.search(HouseholdQuery(text=fragment), limit=1000)
    assert {r.id for r in page.items} == _like_ids(engine, fragment)
    assert page.total == len(_like_ids(engine, fragment))


def test_a_cancelled_bulk_load_keeps_triggers_and_index(services, engine) -> None:  # type: ignore[no-untyped-def]
    generate_demo(engine, households=20, seed=1)
    token = CancelToken()

    def cancel_after_first_batch(done: int, total: int | None, step: str) -> None:
        if done > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        generate_demo(engine, households=5000, seed=2, progress=cancel_after_first_batch, cancel=token)
    assert _triggers(engine) == 6
    _integrity(engine)
    assert services.households.counts().households == 20


def test_edits_and_deletes_keep_the_index_current(operator, engine) -> None:  # type: ignore[no-untyped-def]
    saved = operator.households.save(household(1, alamat="Jl. Cempaka Putih No. 9")).household
    child = saved.members[2]
    members = list(saved.members)
    members[2] = MemberDTO(values=dict(child.values) | {"nama": "Bambang Wijoyokusumo"}, id=child.id, uid=child.uid)
    operator.households.save(dataclasses.replace(saved, members=tuple(members)))
    assert [r.id for r in operator.households.search(HouseholdQuery(text="wijoyokusumo")).items] == [saved.id]
    assert operator.households.search(HouseholdQuery(text="Rizky Pratama")).total == 0
    assert operator.households.search(HouseholdQuery(text="cempaka")).total == 1
    operator.households.delete(saved.id, reason="uji")
    assert operator.households.search(HouseholdQuery(text="cempaka")).total == 0
    _integrity(engine)
