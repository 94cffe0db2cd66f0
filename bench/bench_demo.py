"""Benchmark: generate the synthetic demo kelurahan into a fresh SQLite file and print the figures.

    .venv/bin/python bench/bench_demo.py [--households 250000] [--out bench/out/demo.db] [--seed 1]

Goal (task brief): 250,000 households (~1M people) in well under two minutes on the 2-core workstation,
including the file write.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from siks_desktop.db.engine import make_engine  # noqa: E402
from siks_desktop.services.demo import generate_demo  # noqa: E402


def _open(path: Path):  # type: ignore[no-untyped-def]
    """The real migrated schema when db/migrate.py exists, else the models' schema."""
    try:
        from siks_desktop.db.migrate import open_database  # type: ignore[import-not-found]
    except ImportError:
        from siks_desktop.db.base import Base
        import siks_desktop.db.models  # noqa: F401 - registers the tables

        engine = make_engine(path)
        Base.metadata.create_all(engine)
        return engine, "create_all"
    return open_database(path), "open_database"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=250_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "demo.db")
    args = parser.parse_args(argv)

    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    engine, how = _open(out)
    t_schema = time.perf_counter() - t0

    last = [0.0]

    def progress(done: int, total: int | None, step: str) -> None:
        now = time.perf_counter()
        if now - last[0] >= 5 or done == total:
            last[0] = now
            print(f"  {step}: {done:,}/{total:,} households ({now - t1:.1f} s)", file=sys.stderr)

    t1 = time.perf_counter()
    stats = generate_demo(engine, households=args.households, seed=args.seed, progress=progress)
    elapsed = time.perf_counter() - t1
    engine.dispose()  # closes the connection: the WAL is checkpointed into the file
    t_total = time.perf_counter() - t1
    size = sum(Path(f"{out}{s}").stat().st_size for s in ("", "-wal") if Path(f"{out}{s}").exists())

    print(f"schema ({how}):      {t_schema:.2f} s")
    print(f"households:          {stats.households:,}")
    print(f"families:            {stats.families:,}")
    print(f"members:             {stats.members:,}")
    print(f"generation+commit:   {elapsed:.1f} s")
    print(f"incl. close/ckpt:    {t_total:.1f} s")
    print(f"people/s:            {stats.members / elapsed:,.0f}")
    print(f"database file:       {size / 1e6:.1f} MB ({out})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
