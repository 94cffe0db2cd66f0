"""Prelist import benchmark (issue 4): ``python bench/bench_prelist.py [--rows 200000] [--runs 3] [--keep DIR]``.

Generates a P3KE-style workbook of ``--rows`` people (tests/fixtures/prelist/make_fixtures.py ``make_big``) and
measures, each in its own child process (so peak memory is that job's alone, from ``resource.getrusage``):

1. the full ``siks import-prelist`` into a fresh migrated database bound to Gambir;
2. the raw python-calamine read of the same sheet (every row converted to Python, nothing else);
3. ``pandas.read_excel`` (its default engine) + ``DataFrame.to_sql`` into a new SQLite file.

Goal (issue 4): import ≤ 2× the raw read, ≥ 3× faster than pandas, peak memory < 300 MB. pandas is a bench-only
dependency (``pip install pandas``).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD_PRELUDE = f"""
import json, resource, sys, time
sys.path.insert(0, {str(ROOT)!r})
t0 = time.perf_counter()
"""
CHILD_EPILOGUE = """
elapsed = time.perf_counter() - t0
print(json.dumps({"seconds": elapsed, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "extra": extra}))
"""

JOBS = {
    "import": """
from siks_desktop.cli import main
import contextlib, io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    rc = main(["--db", DB, "--json", "import-prelist", XLSX, "--source", "p3ke"])
assert rc == 0, rc
r = json.loads(buf.getvalue())
extra = {k: r[k] for k in ("rows_read", "rows_imported", "rows_rejected", "households_created")}
""",
    "calamine": """
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(XLSX)
n = 0
for row in wb.get_sheet_by_index(0).iter_rows():
    n += 1
extra = {"rows": n}
""",
    "pandas": """
import pandas as pd, sqlite3
df = pd.read_excel(XLSX, skiprows=1, dtype={"NIK": str, "NO KK": str})
con = sqlite3.connect(PDB)
df.to_sql("prelist", con, index=False, chunksize=10000)
con.commit()
extra = {"rows": len(df)}
""",
}


def run_job(name: str, env: dict[str, str]) -> dict[str, object]:
    setup = "".join(f"{k} = {v!r}\n" for k, v in env.items())
    code = CHILD_PRELUDE.replace("t0 = time.perf_counter()", setup + "t0 = time.perf_counter()") + JOBS[name] \
        + CHILD_EPILOGUE
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{name} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=1, help="repeat the three jobs (fresh databases each time)")
    ap.add_argument("--keep", default=None, help="work directory to keep (default: a temporary one)")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_prelist_"))
    work.mkdir(parents=True, exist_ok=True)
    xlsx = work / f"p3ke_{args.rows}.xlsx"
    if not xlsx.exists():
        sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "prelist"))
        from make_fixtures import make_big

        t = time.perf_counter()
        make_big(xlsx, args.rows)
        print(f"generated {xlsx.name} ({xlsx.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s")
    sys.path.insert(0, str(ROOT))
    from siks_desktop.db.migrate import open_database
    from siks_desktop.services import Services

    db = work / "bench.db"
    runs: list[dict[str, dict[str, object]]] = []
    for run in range(1, args.runs + 1):
        for f in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm"), work / "pandas.db"):
            f.unlink(missing_ok=True)
        engine = open_database(db)
        Services(engine).settings.bind_kelurahan("31.71.01.1001")
        engine.dispose()
        env = {"XLSX": str(xlsx), "DB": str(db), "PDB": str(work / "pandas.db")}
        results = {name: run_job(name, env) for name in ("calamine", "import", "pandas")}
        runs.append(results)
        if args.runs > 1:
            print(f"run {run}/{args.runs}")
        for name, r in results.items():
            print(f"{name:9} {r['seconds']:7.2f} s   peak {r['peak_mb']:6.0f} MB   {r['extra']}")
        imp, raw, pds = (results[k]["seconds"] for k in ("import", "calamine", "pandas"))
        print(f"import / raw calamine read = {imp / raw:.2f}  (goal ≤ 2)")
        print(f"pandas / import            = {pds / imp:.2f}  (goal ≥ 3)")
        print(f"import peak memory         = {results['import']['peak_mb']:.0f} MB  (goal < 300)")
    if args.runs > 1:  # medians over the runs (the machine may be shared with other jobs: look at the spread)
        def med(values: list[float]) -> float:
            return statistics.median(values)

        sec = {k: [float(r[k]["seconds"]) for r in runs] for k in ("calamine", "import", "pandas")}  # type: ignore
        peak = [float(r["import"]["peak_mb"]) for r in runs]  # type: ignore[arg-type]
        print(f"median of {args.runs} runs: calamine {med(sec['calamine']):.2f} s, import {med(sec['import']):.2f} s,"
              f" pandas {med(sec['pandas']):.2f} s; import/raw "
              f"{med([i / c for i, c in zip(sec['import'], sec['calamine'])]):.2f}, pandas/import "
              f"{med([p / i for p, i in zip(sec['pandas'], sec['import'])]):.2f}, import peak {med(peak):.0f} MB "
              f"(max {max(peak):.0f})")


if __name__ == "__main__":
    main()
