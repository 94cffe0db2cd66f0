"""The ``import-prelist`` command: JSON keys of cli.md, exit codes, and a SIGKILL in the middle of a file."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "siks_desktop.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=300)


def test_cli_json_keys_as_contract(db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = run_cli("--db", str(db_path), "import-prelist", str(FIXTURES / "p3ke.xlsx"), "--source", "p3ke",
                  "--json", "--errors-out", str(tmp_path / "err.xlsx"))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    expected = json.loads((FIXTURES / "p3ke.expected.json").read_text(encoding="utf-8"))
    for key in ("rows_read", "rows_imported", "rows_merged", "rows_rejected"):
        assert data[key] == expected[key]
    assert data["errors"] and all({"row", "field", "code"} <= set(e) for e in data["errors"])
    assert sorted((e["row"], e["field"], e["code"]) for e in data["errors"]) == sorted(
        (e["row"], e["field"], e["code"]) for e in expected["errors"])
    assert (tmp_path / "err.xlsx").is_file()


def test_cli_dry_run_and_errors(db_path) -> None:  # type: ignore[no-untyped-def]
    out = run_cli("--db", str(db_path), "--json", "import-prelist", str(FIXTURES / "dtks.xlsx"), "--source", "dtks",
                  "--dry-run")
    assert out.returncode == 0 and json.loads(out.stdout)["dry_run"] is True
    with sqlite3.connect(db_path) as c:
        assert c.execute("select count(*) from anggota").fetchone()[0] == 0
    bad = run_cli("--db", str(db_path), "import-prelist", str(FIXTURES / "nope.xlsx"), "--source", "dtks")
    assert bad.returncode == 1 and bad.stderr.startswith("error: file_not_found:") and "Traceback" not in bad.stderr
    usage = run_cli("--db", str(db_path), "import-prelist", str(FIXTURES / "dtks.xlsx"), "--source", "bansos")
    assert usage.returncode == 2


@pytest.mark.slow
def test_sigkill_mid_file_leaves_database_as_before(db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(FIXTURES))
    try:
        from make_fixtures import make_big
    finally:
        sys.path.remove(str(FIXTURES))
    big = make_big(tmp_path / "besar.xlsx", 30_000)
    with sqlite3.connect(db_path) as c:
        before = {t: c.execute(f"select count(*) from {t}").fetchone()[0]
                  for t in ("ruta", "keluarga", "anggota", "sumber_tag", "audit_log", "anggota_fts", "ruta_fts")}
        triggers = sorted(r[0] for r in c.execute("select name from sqlite_master where type = 'trigger'"))
        assert triggers  # the search index triggers, which the import suspends inside its transaction
    marker = tmp_path / "paused"
    env = {**os.environ, "SIKS_TEST_PAUSE_AFTER_ROWS": "10000", "SIKS_TEST_PAUSE_FILE": str(marker)}
    child = subprocess.Popen([sys.executable, "-m", "siks_desktop.cli", "--db", str(db_path), "--json",
                              "import-prelist", str(big), "--source", "p3ke"], cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        while not marker.exists():
            assert child.poll() is None, "the import ended before the pause point"
            assert time.monotonic() < deadline, "the import never reached the pause point"
            time.sleep(0.1)
        assert int(marker.read_text()) >= 10_000  # rows were written inside the open transaction
        wal = Path(str(db_path) + "-wal")
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert wal.exists()
    with sqlite3.connect(db_path) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after = {t: c.execute(f"select count(*) from {t}").fetchone()[0] for t in before}
        assert after == before
        assert sorted(r[0] for r in c.execute("select name from sqlite_master where type = 'trigger'")) == triggers
        assert c.execute("select count(*) from import_batch").fetchone()[0] == 0
        assert c.execute("select count(*) from anggota where nik like '317101%'").fetchone()[0] == 0
        assert c.execute("select count(*) from keluarga where no_kk like '317102%'").fetchone()[0] == 0
    # and the same file then imports cleanly
    done = run_cli("--db", str(db_path), "--json", "import-prelist", str(big), "--source", "p3ke")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows_imported"] == 30_000
