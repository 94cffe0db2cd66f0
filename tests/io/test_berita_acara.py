from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from siks_desktop.errors import SiksError
from siks_desktop.io.documents import engine as E
from siks_desktop.io.documents.berita_acara import render_berita_acara
from tests.io.conftest import need_tool, pdftotext
from tests.io.sample_ba import sample_ba


@pytest.mark.parametrize("n,words", [
    (0, "nol"), (1, "satu"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"), (19, "sembilan belas"),
    (20, "dua puluh"), (23, "dua puluh tiga"), (100, "seratus"), (115, "seratus lima belas"),
    (300, "tiga ratus"), (1000, "seribu"), (1001, "seribu satu"), (2026, "dua ribu dua puluh enam"),
    (12500, "dua belas ribu lima ratus"), (1_000_000, "satu juta"), (2_345_678,
     "dua juta tiga ratus empat puluh lima ribu enam ratus tujuh puluh delapan"),
])
def test_terbilang(n, words):
    assert E.terbilang(n) == words


def test_date_words_and_numbering():
    d = dt.date(2026, 11, 23)
    assert E.hari_tanggal_kalimat(d) == ("Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu "
                                         "dua puluh enam")
    assert E.tanggal_panjang(d) == "23 November 2026"
    assert E.hari_tanggal_kalimat(dt.date(2025, 8, 17)).startswith("Pada hari ini Minggu tanggal tujuh belas bulan "
                                                                   "Agustus tahun dua ribu dua puluh lima")
    assert E.format_nomor(1, tahun=2026) == "400.9.3/001/BA/2026"
    assert E.format_nomor(12, tahun=2027, kode="SP", unit="Kel.Gbr",
                          pattern="{klasifikasi}/{seq:03d}/{kode}/{unit}/{tahun}") == "400.9.3/012/SP/Kel.Gbr/2027"
    with pytest.raises(SiksError):
        E.format_nomor(0, tahun=2026)


@pytest.fixture(scope="module")
def ba60(tmp_path_factory):
    data = sample_ba(60)
    out = tmp_path_factory.mktemp("ba") / "ba.pdf"
    return data, render_berita_acara(data, out)


def test_render_and_read_back(ba60, output_dir):
    data, res = ba60
    text = pdftotext(res.path)
    flat = re.sub(r"\s+", " ", text)
    assert "BERITA ACARA" in text and "MUSYAWARAH KELURAHAN GAMBIR" in text
    assert "PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA" in text
    assert "Nomor: 400.9.3/001/BA/2026" in text
    assert ("Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam" in flat)
    assert "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin" in flat
    assert "Peraturan Menteri Sosial Nomor 3 Tahun 2021" in flat and "e-0036" in flat
    # counts table
    c = data.counts
    for label, value in [("Layak diusulkan", c.layak_diusulkan), ("Tidak layak (mampu)", c.tidak_layak),
                         ("Verval ulang", c.verval_ulang), ("Usulan hapus", c.usulan_hapus),
                         ("Jumlah ruta yang diputuskan", 60)]:
        assert re.search(re.escape(label) + r"\s+" + str(value) + r"\b", text), label
    # names, signature block, lampiran, every household of the BNBA
    assert "Budi Santoso, S.Sos" in text and "NIP. 19780512 200312 1 004" in text
    assert "Lampiran 1" in text and "DAFTAR HADIR" in text and "Lampiran 2" in text
    assert "Sumarni" in text and "Wijayakusuma" in text  # may wrap inside its cell
    for h in data.households:
        assert h.nik in text
    # page numbers on every page, repeated table header on each BNBA page
    assert f"Halaman 1 dari {res.pages}" in text and f"Halaman {res.pages} dari {res.pages}" in text
    pages = text.split("\f")
    bnba_pages = [p for p in pages if "3171" in p and "Alasan" in p]
    assert len(bnba_pages) >= 2 and all("NIK KRT" in p for p in bnba_pages)
    assert res.households == 60 and len(res.sha256) == 64
    # look at it
    need_tool("pdftoppm")
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(res.path), str(output_dir / "ba-a4")], check=True)


def test_signature_boxes_on_signature_page(ba60):
    data, res = ba60
    assert set(res.signature_boxes) == {"lurah", "wakil_1"}
    lurah = res.signature_boxes["lurah"]
    w, h = E.PAPER_SIZES["A4"]
    assert 0 <= lurah.page < res.pages
    assert 0 < lurah.x1 < lurah.x2 <= w and 0 < lurah.y1 < lurah.y2 <= h
    assert lurah.x1 > res.signature_boxes["wakil_1"].x2  # Lurah on the right


def test_f4_paper_and_determinism(tmp_path):
    data = sample_ba(30, paper="F4")
    a = render_berita_acara(data, tmp_path / "a.pdf")
    b = render_berita_acara(data, tmp_path / "b.pdf")
    assert a.sha256 == b.sha256
    need_tool("pdfinfo")
    info = subprocess.run(["pdfinfo", str(a.path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+609\.4\d* x 935\.4", info)  # 215 x 330 mm


def test_fonts_embedded(ba60):
    need_tool("pdffonts")
    out = subprocess.run(["pdffonts", str(ba60[1].path)], capture_output=True, text=True, check=True).stdout
    lib = [line for line in out.splitlines() if "LiberationSerif" in line]
    assert lib and all(" yes yes " in line for line in lib)


def test_rejects_bad_input(tmp_path):
    d = sample_ba(3)
    with pytest.raises(SiksError) as e:
        render_berita_acara(type(d)(**{**d.__dict__, "paper": "Letter"}), tmp_path / "x.pdf")
    assert e.value.code == "invalid_paper"
    with pytest.raises(SiksError) as e:
        render_berita_acara(type(d)(**{**d.__dict__, "households": ()}), tmp_path / "x.pdf")
    assert e.value.code == "empty_document"
