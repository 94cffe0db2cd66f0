"""Window benchmarks (issue 3 "Done means"), printed as figures. Run by hand:

    .venv/bin/python bench/bench_ui.py --db bench/out/big.db [--households 250000]

Builds the demo database first when the file does not exist (~1M people for 250,000 households). Measures, offscreen:
cold start to a usable window (imports + open + login context + main window + first page of the list), time to the
first page of the list, search-as-you-type latency for a NIK prefix and a name fragment (debounce excluded: from the
query to the rows on screen), and resident memory. Goals: first page < 1 s, search < 150 ms, cold start < 2 s,
RSS < 400 MB.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

T0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def build(db: Path, households: int) -> None:
    from siks_desktop.db.migrate import open_database
    from siks_desktop.services import Services
    from siks_desktop.services.demo import generate_demo

    print(f"building {db} with {households} households …", flush=True)
    start = time.perf_counter()
    engine = open_database(db)
    services = Services(engine)
    services.settings.bind_kelurahan("31.71.01.1001")
    services.accounts.add("operator", "operator", "siks-demo", kelurahan_kode="31.71.01.1001")
    generate_demo(engine, households=households, seed=1)
    engine.dispose()
    print(f"  built in {time.perf_counter() - start:.1f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "bench" / "out" / "big.db"))
    parser.add_argument("--households", type=int, default=250_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    db = Path(args.db)
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("SIKS_FAST_HASH", "1")
        build(db, args.households)
        print("re-run for a cold start figure that excludes the build", flush=True)

    cold = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from siks_desktop.db.migrate import open_database
    from siks_desktop.dto import HouseholdQuery
    from siks_desktop.services import Services
    from ui.app import build_context, make_app
    from ui.main_window import MainWindow
    from ui.prefs import Prefs
    from ui.tasks import Runner

    app = make_app()
    runner = Runner()
    engine = open_database(db)
    services = Services(engine)
    users = services.accounts.list()
    acting = services.as_user(users[0]) if users else services  # a database built by another bench: system user
    ctx = build_context(acting, runner, Prefs(Path("/tmp/siks-bench-ui.ini")), str(db))
    window = MainWindow(ctx)
    window.resize(1366, 740)
    window.show()
    page = window.data.list

    def wait(predicate, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
        end = time.perf_counter() + timeout
        while not predicate():
            app.processEvents()
            if time.perf_counter() > end:
                raise TimeoutError
            time.sleep(0.001)

    app.processEvents()
    shown = time.perf_counter() - cold
    wait(lambda: runner.pending == 0)
    beranda = time.perf_counter() - cold
    print(f"cold start: window shown {shown:.2f} s, Beranda counts filled {beranda:.2f} s "
          f"(process start → filled: {time.perf_counter() - T0:.2f} s)")
    start = time.perf_counter()
    window.show_data()
    wait(lambda: page.model.rowCount() > 0)
    print(f"open Data Rumah Tangga → first rows on screen: {(time.perf_counter() - start) * 1000:.0f} ms")
    wait(lambda: runner.pending == 0)
    print(f"households in list: {page.model.total:,}".replace(",", "."))

    def timed_query(query: HouseholdQuery) -> float:
        """From the query to its rows on screen (the jiwa count under the list may still be running)."""
        loaded: list[int] = []
        page.model.loaded.connect(loaded.append)
        start = time.perf_counter()
        page.model.set_query(query)
        wait(lambda: bool(loaded))
        app.processEvents()
        elapsed = time.perf_counter() - start
        page.model.loaded.disconnect(loaded.append)
        wait(lambda: runner.pending == 0)
        return elapsed

    first = [timed_query(HouseholdQuery()) for _ in range(args.repeat)]
    print(f"first page of the list: median {statistics.median(first) * 1000:.0f} ms, max {max(first) * 1000:.0f} ms")

    sample = services.households.search(HouseholdQuery(), offset=page.model.total // 2, limit=1).items[0]
    nik = (sample.nik_krt or "3171")[:10]
    name = (sample.nama_krt or "Sari").split()[0][1:5]
    for label, text in (("NIK prefix", nik), ("full NIK", sample.nik_krt or nik), ("name fragment", name)):
        times = [timed_query(HouseholdQuery(text=text)) for _ in range(args.repeat)]
        rows = f"{page.model.total:,}".replace(",", ".")
        print(f"search {label} {text!r}: median {statistics.median(times) * 1000:.0f} ms, "
              f"max {max(times) * 1000:.0f} ms, {rows} rows")

    # scrolling: jump to the middle and the end of the list (lazy pages)
    start = time.perf_counter()
    page.table.scrollToBottom()
    app.processEvents()
    wait(lambda: runner.pending == 0)
    print(f"scroll to the end: {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"resident memory: {rss_mb():.0f} MB")
    window.close()
    runner.shutdown()
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
