"""Issue 7 end to end through the ``siks`` command: two demo kelurahan of Kecamatan Gambir (each with a Muskel whose
Berita Acara its Lurah signed) export bundles → a kecamatan store on SQLite imports both → ``central rekap`` shows
both with their bundles and valid BAs → ``central pengesahan`` writes the Surat Pengesahan listing both with the right
totals, initialled by the camat and signed by the walikota; pdfsig (NSS) and ``verify-pdf`` say valid and trusted →
a third kelurahan whose BA was never signed, or whose BA was tampered with, is refused by name → ``central
submission`` writes ruta/art in the BDT/DTKS layout with the official codes, every BA, the letter and a manifest whose
hashes match."""
from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from siks_desktop.cli import main
from siks_desktop.db.migrate import open_database
from siks_desktop.db.models import Anggota, Keluarga, Ruta, Tahap
from siks_desktop.db.models_musyawarah import BeritaAcaraDokumen, Musyawarah
from siks_desktop.db.models_pengesahan import SuratPengesahan
from siks_desktop.db.uow import UnitOfWorkFactory
from siks_desktop.domain.instrument import ART, RUTA

from .conftest import KEL_A, KEL_B, KEL_C, make_workstation


def run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["--json", *argv])
    captured = capsys.readouterr()
    run.stderr = captured.err  # type: ignore[attr-defined]
    out = captured.out.strip()
    return code, (json.loads(out) if out else {})


def _counts(engine) -> dict[str, int]:
    with UnitOfWorkFactory(engine).read() as s:
        tahap = s.scalar(select(Tahap.id).where(Tahap.tahun == 2023, Tahap.nomor == 1))
        return {"ruta": s.scalar(select(func.count()).select_from(Ruta).where(Ruta.tahap_id == tahap)),
                "keluarga": s.scalar(select(func.count(Keluarga.id)).join(Ruta).where(Ruta.tahap_id == tahap)),
                "jiwa": s.scalar(select(func.count(Anggota.id)).join(Ruta, Anggota.ruta_id == Ruta.id)
                                 .where(Ruta.tahap_id == tahap))}


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@pytest.fixture(scope="module")
def world(tmp_path_factory, kpki):  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("kota-e2e")
    ws = {KEL_A: make_workstation(d / "gambir.db", KEL_A, 40, 11, kpki.lurah[KEL_A]),
          KEL_B: make_workstation(d / "cideng.db", KEL_B, 30, 12, kpki.lurah[KEL_B]),
          KEL_C: make_workstation(d / "petojo.db", KEL_C, 20, 13, None)}
    return d, ws


def _export(capsys, kpki, d: Path, kel: str) -> Path:
    name = {KEL_A: "gambir", KEL_B: "cideng", KEL_C: "petojo"}[kel]
    out = d / f"{name}-1.siks"
    code, res = run(capsys, "--db", str(d / f"{name}.db"), "export", "--out", str(out), "--full", "--recipient",
                    str(kpki.dinsos.cert_pem), "--sign", str(kpki.operator[kel].p12), "--password-file",
                    str(kpki.password_file))
    assert code == 0, run.stderr
    assert res["attachments"] >= (1 if kel != KEL_C else 0)
    return out


def _pdfsig(pdf: Path, ca: Path, nss: Path) -> str:
    if not nss.exists():
        nss.mkdir()
        subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
        subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "ca", "-t", "CT,C,C", "-i", str(ca)], check=True,
                       capture_output=True)
    return subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(pdf)], capture_output=True, text=True).stdout


@pytest.mark.skipif(not all(shutil.which(t) for t in ("pdfsig", "certutil", "pdftotext")), reason="poppler/NSS")
def test_kecamatan_store_pengesahan_submission(tmp_path, capsys, kpki, world):
    d, ws = world
    url = f"sqlite:///{tmp_path / 'kecamatan-gambir.db'}"
    bundles = [_export(capsys, kpki, d, KEL_A), _export(capsys, kpki, d, KEL_B)]
    code, res = run(capsys, "central", "--db", url, "import", *map(str, bundles), "--key", str(kpki.dinsos.p12),
                    "--ca", str(kpki.ca), "--password-file", str(kpki.password_file))
    assert code == 0, run.stderr
    assert [r["status"] for r in res["results"]] == ["imported", "imported"]

    # consolidated view: both kelurahan, their bundle, a valid BA; the other four kelurahan of Gambir are missing
    code, rekap = run(capsys, "central", "--db", url, "rekap", "--tahap", "1", "--wilayah", "31.71.01",
                      "--ca", str(kpki.ca))
    assert code == 0, run.stderr
    by = {k["kode"]: k for k in rekap["kelurahan"]}
    assert set(by) == {KEL_A, KEL_B}
    expected = {kel: _counts(ws[kel]) for kel in (KEL_A, KEL_B)}
    for kel in (KEL_A, KEL_B):
        k = by[kel]
        assert {n: k[n] for n in ("ruta", "keluarga", "jiwa")} == expected[kel]
        assert sum(k["status"].values()) == k["ruta"] == sum(k["keputusan"].values())
        assert k["keputusan"].get("0", 0) < k["ruta"]  # the musyawarah decided some households
        assert k["last_sequence"] == 1 and k["bundles"][0]["sequence"] == 1
        assert k["ba_present"] and k["ba_valid"] is True
    assert {m["kode"] for m in rekap["missing"]} == {"31.71.01.1003", "31.71.01.1004", "31.71.01.1005",
                                                     "31.71.01.1006"}

    # Surat Pengesahan: camat initials, walikota signs
    letter = tmp_path / "surat-pengesahan.pdf"
    code, sp = run(capsys, "central", "--db", url, "pengesahan", "--tahap", "1", "--out", str(letter), "--sign",
                   str(kpki.walikota.p12), "--paraf", str(kpki.camat.p12), "--password-file",
                   str(kpki.password_file), "--nip", "19700101 199503 1 001")
    assert code == 0, run.stderr
    assert sp["pages"] >= 2 and sp["sha256"] == hashlib.sha256(letter.read_bytes()).hexdigest()
    total = {n: expected[KEL_A][n] + expected[KEL_B][n] for n in ("ruta", "keluarga", "jiwa")}
    assert {n: sp["totals"][n] for n in total} == total and sp["kelurahan"] == 2
    text = subprocess.run(["pdftotext", "-layout", str(letter), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert "KOTA ADMINISTRASI JAKARTA PUSAT" in text and "Pengesahan Hasil Verifikasi dan" in text
    assert "Menteri Sosial" in flat and "Kepala Pusat Data dan Informasi" in flat and "melalui Gubernur" in flat
    assert "WALI KOTA ADMINISTRASI JAKARTA PUSAT" in text and "Dhany Sukma" in text and "Tembusan" in text
    assert "tanggung jawab Pemerintah Kota Administrasi Jakarta Pusat" in flat
    assert sp["nomor"] in flat
    for kel, name in ((KEL_A, "Gambir"), (KEL_B, "Cideng")):
        c = expected[kel]
        assert re.search(rf"{name}\s+{_fmt(c['ruta'])}\s+{_fmt(c['keluarga'])}\s+{_fmt(c['jiwa'])}\s", text), text
    assert re.search(rf"JUMLAH\s+{_fmt(total['ruta'])}\s+{_fmt(total['keluarga'])}\s+{_fmt(total['jiwa'])}\s", text)
    # the recorded numbers are those of the letter
    store = open_database(url)
    with UnitOfWorkFactory(store).read() as s:
        row = s.scalar(select(SuratPengesahan))
        assert row.sha256 == sp["sha256"] and row.tahun == 2023 and row.tahap_nomor == 1
        recorded = json.loads(row.counts)
        assert {k: {n: v[n] for n in ("ruta", "keluarga", "jiwa")} for k, v in recorded.items()} == expected
        assert hashlib.sha256(json.dumps(recorded, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                              .encode()).hexdigest() == row.counts_sha256 == sp["counts_sha256"]
        assert row.paraf_nama == "Drs. Agus Salim" and row.signer_role == "walikota"

    # signatures: verify-pdf and pdfsig with an NSS database trusting the CA
    code, v = run(capsys, "verify-pdf", str(letter), "--ca", str(kpki.ca))
    assert code == 0, run.stderr
    assert v["valid"] is True
    assert [(s["role"], s["intact"], s["trusted"]) for s in v["signatures"]] == [("camat", True, True),
                                                                                ("walikota", True, True)]
    out = _pdfsig(letter, kpki.ca, tmp_path / "nss")
    assert out.count("Signature is Valid.") == 2 and out.count("Certificate is Trusted.") == 2, out
    assert "Dhany Sukma" in out

    # a kelurahan whose BA was never signed is refused by name, exit 1, nothing written
    c_bundle = _export(capsys, kpki, d, KEL_C)
    code, _ = run(capsys, "central", "--db", url, "import", str(c_bundle), "--key", str(kpki.dinsos.p12),
                  "--ca", str(kpki.ca), "--password-file", str(kpki.password_file))
    assert code == 0, run.stderr
    refused = tmp_path / "refused.pdf"
    code, _ = run(capsys, "central", "--db", url, "pengesahan", "--tahap", "1", "--out", str(refused), "--sign",
                  str(kpki.walikota.p12), "--password-file", str(kpki.password_file))
    assert code == 1
    assert run.stderr.startswith("error: ba_not_valid: ") and "Petojo Utara" in run.stderr
    assert "Cideng" not in run.stderr and "Gambir (" not in run.stderr
    assert not refused.exists()
    with UnitOfWorkFactory(store).read() as s:
        assert s.scalar(select(func.count()).select_from(SuratPengesahan)) == 1

    # a BA whose PDF was altered in the store is not valid either
    with UnitOfWorkFactory(store)() as s:
        doc = s.scalar(select(BeritaAcaraDokumen).join(Musyawarah).where(Musyawarah.kelurahan_kode == KEL_B))
        saved = bytes(doc.pdf)
        doc.pdf = saved.replace(b"Cideng", b"Cidenk", 1)
    code, _ = run(capsys, "central", "--db", url, "pengesahan", "--tahap", "1", "--out", str(refused), "--sign",
                  str(kpki.walikota.p12), "--password-file", str(kpki.password_file), "--kelurahan", KEL_A,
                  "--kelurahan", KEL_B)
    assert code == 1 and "error: ba_not_valid:" in run.stderr and "Cideng" in run.stderr
    with UnitOfWorkFactory(store)() as s:
        s.execute(update(BeritaAcaraDokumen).where(BeritaAcaraDokumen.id == doc.id).values(pdf=saved))

    # submission package for the letter's kelurahan (Petojo Utara is in the store but not in the letter)
    pkg = tmp_path / "siks-ng"
    code, sub = run(capsys, "central", "--db", url, "submission", "--tahap", "1", "--wilayah", "31.71.01",
                    "--out", str(pkg))
    assert code == 1 and "error: pengesahan_missing" in run.stderr  # the letter above was for the kota
    code, sub = run(capsys, "central", "--db", url, "submission", "--tahap", "1", "--out", str(pkg))
    assert code == 0, run.stderr
    assert sub["households"] == total["ruta"]
    manifest = json.loads((pkg / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"] for f in manifest["files"]}
    assert {"data/ruta.csv", "data/art.csv", "data/ruta.xlsx", "data/art.xlsx", "surat-pengesahan.pdf"} <= listed
    assert len([p for p in listed if p.startswith("berita-acara/")]) == 2
    for f in manifest["files"]:
        assert hashlib.sha256((pkg / f["path"]).read_bytes()).hexdigest() == f["sha256"], f["path"]
    assert {f["path"] for f in sub["files"]} == listed | {"manifest.json"}
    assert manifest["surat_pengesahan"]["sha256"] == sp["sha256"]
    assert (pkg / "surat-pengesahan.pdf").read_bytes() == letter.read_bytes()
    _check_data_files(pkg, ws, expected)


def _check_data_files(pkg: Path, ws, expected) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    with open(pkg / "data" / "ruta.csv", encoding="utf-8", newline="") as fh:
        ruta = list(csv.DictReader(fh))
    with open(pkg / "data" / "art.csv", encoding="utf-8", newline="") as fh:
        art = list(csv.DictReader(fh))
    assert len(ruta) == sum(e["ruta"] for e in expected.values())
    assert len(art) == sum(e["jiwa"] for e in expected.values())
    # BPS region codes (not Kemendagri): Gambir 3173080003, Cideng 3173080001
    assert {(r["KDPROP"], r["KDKAB"], r["KDKEC"], r["KDDESA"]) for r in ruta} == {("31", "73", "080", "003"),
                                                                                  ("31", "73", "080", "001")}
    # every value exactly as the workstation holds it, in the official coding
    by_uid = {r["ID_SIKS"]: r for r in ruta}
    art_by_uid = {a["ID_SIKS"]: a for a in art}
    seen_34 = seen_12 = 0
    for kel, engine in ws.items():
        if kel not in expected:
            continue
        with UnitOfWorkFactory(engine).read() as s:
            for r in s.scalars(select(Ruta)):
                row = by_uid[r.uid]
                for name in ("ada_lemari_es", "ada_tabung_gas", "sta_kip", "sta_kks", "rumah_lain"):
                    v = RUTA[name]
                    val = getattr(r, name)
                    want = "" if val is None else str(v.pair[0] if val else v.pair[1])
                    assert row[v.bdt] == want, name
                    seen_34 += want in ("3", "4")
                    seen_12 += want in ("1", "2")
                assert row["lantai"] == ("" if r.lantai is None else f"{r.lantai:02d}")
                assert row["sta_keberadaan_RT"] == ("" if r.status_verval is None else str(r.status_verval))
                assert row["Nama_KRT"] == (r.nama_krt or "") and row["IDBDT"] == (r.idbdt or "")
            for a in s.scalars(select(Anggota)):
                row = art_by_uid[a.uid]
                assert row["NIK"] == (a.nik or "") and (not a.nik or len(row["NIK"]) == 16)
                assert row["Hub_KRT"] == str(a.hub_krt) and row["JnsKel"] == str(a.jenis_kelamin)
                assert row["TglLahir"] == (a.tanggal_lahir.isoformat() if a.tanggal_lahir else "")
                v = ART["ada_pbi"]
                assert row["Ada_pbi"] == ("" if a.ada_pbi is None else str(v.pair[0] if a.ada_pbi else v.pair[1]))
                if a.pendidikan is not None:
                    assert row["Pendidikan_tertinggi"] == f"{a.pendidikan:02d}"
    assert seen_34 and seen_12
    assert all(len(a["NoKK"]) in (0, 16) for a in art)
    wb = load_workbook(pkg / "data" / "art.xlsx", read_only=True)
    rows = list(wb.active.iter_rows(values_only=True))
    header = list(rows[0])
    nik = header.index("NIK")
    assert all(isinstance(r[nik], str) and len(r[nik]) == 16 for r in rows[1:] if r[nik])
    assert len(rows) - 1 == len(art)
