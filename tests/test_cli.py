"""The `siks` command as Dinsos scripts use it: a real subprocess, real files (../shared/docs/cli.md)."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def siks(*args: str, env: dict[str, str] | None = None, check: bool = False) -> subprocess.CompletedProcess[str]:
    full_env = os.environ | {"PYTHONPATH": str(ROOT), "SIKS_FAST_HASH": "1"} | (env or {})
    full_env.pop("SIKS_DEBUG", None)
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=full_env, timeout=300, stdin=subprocess.DEVNULL)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_init_names_gambir(tmp_path: Path) -> None:
    proc = siks("--db", str(tmp_path / "x.db"), "init", "--kelurahan", "31.71.01.1001", "--json", check=True)
    data = json.loads(proc.stdout)
    assert data["kelurahan_code"] == "31.71.01.1001"
    assert data["kelurahan_name"] == "Gambir"
    assert data["kecamatan_name"] == "Gambir"
    assert data["kota_name"] == "Kota Administrasi Jakarta Pusat"


def test_init_accepts_the_plain_code(tmp_path: Path) -> None:
    data = json.loads(siks("--db", str(tmp_path / "x.db"), "init", "--kelurahan", "3171011001", "--json",
                           check=True).stdout)
    assert data["kelurahan_code"] == "31.71.01.1001"


@pytest.mark.parametrize("code", ["31.71.01.9999", "banyak", "31.71.01"])
def test_init_unknown_code_is_one_error_line(tmp_path: Path, code: str) -> None:
    db = tmp_path / "x.db"
    proc = siks("--db", str(db), "init", "--kelurahan", code, "--json")
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown_region: "), proc.stderr
    assert "Traceback" not in proc.stderr
    assert not db.exists()  # nothing half-written


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert siks("--db", str(tmp_path / "x.db"), "users", "add", "budi").returncode == 2


def test_users_add_reads_the_password_from_a_file_only(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    pw = tmp_path / "pw.txt"
    pw.write_text("sandi-rahasia-1\nignored\n")
    proc = siks("--db", db, "users", "add", "budi", "--role", "operator", "--password-file", str(pw), "--json",
                check=True)
    assert json.loads(proc.stdout)["role"] == "operator"
    no_secret = siks("--db", db, "users", "add", "ani", "--role", "lurah", env={"SIKS_PASSWORD": ""})
    assert no_secret.returncode == 1 and no_secret.stderr.startswith("error: password_required")
    listed = json.loads(siks("--db", db, "users", "list", "--json", check=True).stdout)
    assert [u["username"] for u in listed["users"]] == ["budi"]


def test_demo_households_list_and_audit(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    made = json.loads(siks("--db", str(db), "demo", "--households", "30", "--json", check=True).stdout)
    assert made["households"] == 30 and made["members"] > 30
    from siks_desktop.db.migrate import open_database
    from siks_desktop.services import Services

    active = Services(open_database(db)).settings.active_tahap()
    assert active is not None and (active.tahun, active.nomor) == (2023, 1)  # where the demo's households are
    listed = json.loads(siks("--db", str(db), "households", "list", "--json", check=True).stdout)
    assert len(listed["households"]) == 30
    hh = listed["households"][0]
    assert {"id", "no_kk", "alamat", "rt", "rw", "status", "sources", "members"} <= set(hh)
    member = hh["members"][0]
    assert {"nik", "nama", "jenis_kelamin", "tanggal_lahir", "status"} <= set(member)
    assert member["jenis_kelamin"] in ("L", "P")
    assert sum(len(h["members"]) for h in listed["households"]) == made["members"]
    status = next(h["status"] for h in listed["households"] if h["status"] is not None)
    filtered = json.loads(siks("--db", str(db), "households", "list", "--status", str(status), "--json",
                               check=True).stdout)["households"]
    assert filtered and all(h["status"] == status for h in filtered)
    again = siks("--db", str(db), "demo", "--households", "5")
    assert again.returncode == 1 and again.stderr.startswith("error: not_empty")

    ok = json.loads(siks("--db", str(db), "audit", "verify", "--json", check=True).stdout)
    assert ok["valid"] is True and ok["entries"] > 0 and ok["first_broken"] is None
    con = sqlite3.connect(db)
    row = con.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
    con.execute("UPDATE audit_log SET username='penyusup' WHERE id=?", (row,))
    con.commit()
    con.close()
    broken = siks("--db", str(db), "audit", "verify", "--json")
    assert broken.returncode == 1
    assert json.loads(broken.stdout) == {"valid": False, "entries": ok["entries"], "first_broken": row}
    assert broken.stderr.strip() == f"error: audit_broken: Rantai audit putus pada baris id {row}."
