"""Household search and counts on a big database (run by hand; prints figures).

    .venv/bin/python bench/bench_demo.py --households 250000 --out bench/out/big.db   # ~1M people, once
    .venv/bin/python bench/bench_search.py --db bench/out/big.db

Goals (issue 3, the list that types-as-you-search): first page < 1 s, a NIK or a name fragment < 150 ms.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from siks_desktop.db.migrate import open_database  # noqa: E402
from siks_desktop.dto import HouseholdQuery  # noqa: E402
from siks_desktop.services import Services  # noqa: E402


def timed(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="bench/out/big.db")
    args = ap.parse_args()
    t = time.perf_counter()
    svc = Services(open_database(args.db))
    print(f"open + migrate check:        {1000 * (time.perf_counter() - t):8.1f} ms")
    with svc.engine.connect() as c:
        nik = c.execute(text("SELECT nik FROM anggota WHERE nik IS NOT NULL ORDER BY id LIMIT 1 OFFSET 500000"))\
            .scalar_one()
        people = c.execute(text("SELECT count(*) FROM anggota")).scalar_one()
    print(f"people:                      {people:,}")
    hs = svc.households.search
    cases = [
        ("first page (with count)", HouseholdQuery(), True),
        ("first page (no count)", HouseholdQuery(), False),
        ("NIK, full", HouseholdQuery(text=nik), True),
        ("NIK, first 12 digits", HouseholdQuery(text=nik[:12]), True),
        ("NIK, first 8 digits", HouseholdQuery(text=nik[:8]), True),
        ("name fragment 'sur'", HouseholdQuery(text="sur"), True),
        ("name fragment 'pardede'", HouseholdQuery(text="pardede"), True),
        ("name, 2 letters 'su' (scan)", HouseholdQuery(text="su"), False),
        ("address 'kebon kel'", HouseholdQuery(text="kebon kel"), True),
        ("status 2 + name 'siti'", HouseholdQuery(text="siti", status=2), True),
        ("page 1,000 (offset 100k)", HouseholdQuery(), True),
    ]
    for label, query, with_total in cases:
        offset = 100_000 if label.startswith("page 1,000") else 0
        ms = timed(lambda q=query, w=with_total, o=offset: hs(q, offset=o, limit=100, with_total=w))
        print(f"{label:28} {ms:8.1f} ms (median of 5)")
    print(f"{'counts (Beranda)':28} {timed(svc.households.counts, 3):8.1f} ms (median of 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
