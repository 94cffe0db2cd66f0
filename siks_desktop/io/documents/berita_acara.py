"""Berita Acara Musyawarah Kelurahan (verval DTKS) as a PDF, from pure data (no ORM: the musyawarah service maps its
records to :class:`BeritaAcaraData`).

Pages: kop surat, title, nomor, the "Pada hari ini …" sentence, dasar hukum, participants, decision counts, kesimpulan,
signature blocks (wakil peserta left, Lurah with NIP right); Lampiran 1 daftar hadir (portrait); Lampiran 2 BNBA of the
decided households (landscape, header repeated on every page). "Halaman x dari y" on every page.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table, \
    TableStyle

from siks_desktop.errors import SiksError
from siks_desktop.io.documents import engine as E

__all__ = ["Pejabat", "Peserta", "HouseholdRow", "BeritaAcaraCounts", "BeritaAcaraData", "RenderResult",
           "DEFAULT_DASAR_HUKUM", "KEPUTUSAN_LABELS", "count_keputusan", "render_berita_acara", "document_title"]

DEFAULT_DASAR_HUKUM: tuple[str, ...] = (
    "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin;",
    "Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial;",
    "Instruksi Sekretaris Daerah Provinsi DKI Jakarta Nomor e-0036 Tahun 2023 tentang Pemutakhiran Data Terpadu "
    "Kesejahteraan Sosial.",
)
#: codelists.keputusan_musyawarah codes → labels used in the counts table.
KEPUTUSAN_LABELS: Mapping[int, str] = {1: "Layak diusulkan", 2: "Tidak layak (mampu)", 3: "Verval ulang",
                                       4: "Usulan hapus"}


@dataclass(frozen=True)
class Pejabat:
    nama: str
    jabatan: str
    nip: str | None = None


@dataclass(frozen=True)
class Peserta:
    nama: str
    jabatan: str  # jabatan / unsur as printed, e.g. "Ketua RW 03", "TKSK", "Pendamping PKH"
    unsur: str = ""  # grouping for the participants summary, e.g. "Ketua RW/RT"; defaults to jabatan
    hadir: bool = True


@dataclass(frozen=True)
class HouseholdRow:
    no: int
    id_dtks: str
    nik: str
    no_kk: str
    nama_krt: str
    alamat: str
    rt: str
    rw: str
    status_verval: str  # label, e.g. "Ditemukan"
    keputusan: str  # label, e.g. "Layak diusulkan"
    alasan: str = ""
    keputusan_code: int | None = None  # codelists.keputusan_musyawarah code, for count_keputusan


@dataclass(frozen=True)
class BeritaAcaraCounts:
    ruta_diverifikasi: int = 0
    art_diverifikasi: int = 0
    ditemukan: int = 0
    tidak_ditemukan: int = 0
    pindah: int = 0
    meninggal: int = 0  # ART
    ganda: int = 0
    usulan_baru: int = 0
    layak_diusulkan: int = 0
    tidak_layak: int = 0
    verval_ulang: int = 0
    usulan_hapus: int = 0

    @property
    def jumlah_keputusan(self) -> int:
        return self.layak_diusulkan + self.tidak_layak + self.verval_ulang + self.usulan_hapus


@dataclass(frozen=True)
class BeritaAcaraData:
    doc_id: str  # stable id of this BA (goes into the PDF keywords and the signed QR payload)
    nomor: str
    kota: str  # "Kota Administrasi Jakarta Pusat"
    kecamatan: str  # "Gambir"
    kelurahan: str  # "Gambir"
    tanggal: dt.date
    waktu: str  # "09.00"
    tempat: str
    pimpinan: Pejabat  # the Lurah, signs with NIP
    notulen: Pejabat
    peserta: tuple[Peserta, ...]
    households: tuple[HouseholdRow, ...]
    counts: BeritaAcaraCounts
    kesimpulan: tuple[str, ...]
    wakil_peserta: tuple[Pejabat, ...] = ()
    kelurahan_code: str = ""
    alamat_kantor: str = ""
    provinsi: str = "PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA"
    dasar_hukum: tuple[str, ...] = DEFAULT_DASAR_HUKUM
    zona_waktu: str = "WIB"
    tempat_ttd: str = "Jakarta"
    tahap: str = ""  # free text period, e.g. "Tahap II 2026"
    paper: str = "A4"
    logo_path: str | None = None


@dataclass(frozen=True)
class RenderResult:
    path: Path
    pages: int
    households: int
    sha256: str
    signature_boxes: Mapping[str, E.SignatureBox] = field(default_factory=dict)


def count_keputusan(households: Sequence[HouseholdRow]) -> dict[str, int]:
    """Decision counts from ``keputusan_code`` (for filling :class:`BeritaAcaraCounts`)."""
    c = Counter(h.keputusan_code for h in households)
    return {"layak_diusulkan": c[1], "tidak_layak": c[2], "verval_ulang": c[3], "usulan_hapus": c[4]}


def document_title(d: BeritaAcaraData) -> str:
    return f"Berita Acara Musyawarah Kelurahan {d.kelurahan} Nomor {d.nomor}"


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text), style)


def _story(d: BeritaAcaraData, boxes: dict[str, E.SignatureBox]) -> list:
    st = E.styles(12)
    pw, _ = E.page_size(d.paper)
    width = pw - 50 * mm
    lw, _ = E.page_size(d.paper, landscape_=True)
    lwidth = lw - 40 * mm
    story: list = []
    story.append(E.KopSuratFlowable(E.KopSurat(provinsi=d.provinsi, kota=d.kota, kecamatan=f"Kecamatan {d.kecamatan}",
                                               instansi=f"Kelurahan {d.kelurahan}", alamat=d.alamat_kantor,
                                               logo_path=d.logo_path), width))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("BERITA ACARA<br/>MUSYAWARAH KELURAHAN " + escape(d.kelurahan.upper()) + "<br/>"
                           "TENTANG<br/>VERIFIKASI DAN VALIDASI DATA TERPADU KESEJAHTERAAN SOSIAL", st["title"]))
    story.append(_p(f"Nomor: {d.nomor}", st["center"]))
    story.append(Spacer(1, 5 * mm))

    hadir = [p for p in d.peserta if p.hadir]
    kalimat = (f"{E.hari_tanggal_kalimat(d.tanggal)} ({d.tanggal.strftime('%d-%m-%Y')}), pukul {d.waktu} "
               f"{d.zona_waktu} sampai dengan selesai, bertempat di {d.tempat}, telah dilaksanakan Musyawarah "
               f"Kelurahan {d.kelurahan} dalam rangka verifikasi dan validasi Data Terpadu Kesejahteraan Sosial "
               f"(DTKS){' ' + d.tahap if d.tahap else ''}, dipimpin oleh {d.pimpinan.nama} ({d.pimpinan.jabatan}) "
               f"dengan notulen {d.notulen.nama} ({d.notulen.jabatan}).")
    story.append(_p(kalimat, st["body"]))
    story.append(Spacer(1, 3 * mm))

    story.append(_p("I. Dasar Hukum", st["heading"]))
    for i, item in enumerate(d.dasar_hukum, 1):
        story.append(Paragraph(f"{i}.&nbsp;&nbsp;{escape(item)}", st["list"]))

    story.append(_p("II. Peserta Musyawarah", st["heading"]))
    by_unsur = Counter((p.unsur or p.jabatan) for p in hadir)
    story.append(_p(f"Musyawarah dihadiri oleh {len(hadir)} ({E.terbilang(len(hadir))}) orang dari {len(d.peserta)} "
                    f"({E.terbilang(len(d.peserta))}) orang yang diundang, terdiri atas unsur:", st["body"]))
    for i, (unsur, n) in enumerate(sorted(by_unsur.items(), key=lambda kv: (-kv[1], kv[0])), 1):
        story.append(Paragraph(f"{i}.&nbsp;&nbsp;{escape(unsur)}: {n} orang;", st["list"]))
    story.append(_p("Daftar hadir peserta terlampir (Lampiran 1).", st["body"]))

    # Heading, intro and the 17-row counts table (~115 mm) stay on one page: never a lone header at a page foot.
    story.append(CondPageBreak(120 * mm))
    story.append(_p("III. Hasil Verifikasi dan Validasi serta Keputusan Musyawarah", st["heading"]))
    story.append(_p("Musyawarah membahas hasil verifikasi dan validasi rumah tangga di wilayah Kelurahan "
                    f"{d.kelurahan} dan memutuskan sebagai berikut (rincian by name by address pada Lampiran 2):",
                    st["body"]))
    story.append(Spacer(1, 2 * mm))
    c = d.counts
    rows = [
        ["A.", "Hasil verifikasi dan validasi", ""],
        ["1.", "Rumah tangga (ruta) diverifikasi", c.ruta_diverifikasi],
        ["2.", "Anggota rumah tangga (ART) diverifikasi", c.art_diverifikasi],
        ["3.", "Ruta ditemukan", c.ditemukan],
        ["4.", "Ruta tidak ditemukan", c.tidak_ditemukan],
        ["5.", "Ruta pindah / bangunan tidak ada", c.pindah],
        ["6.", "ART meninggal", c.meninggal],
        ["7.", "Ruta ganda", c.ganda],
        ["8.", "Usulan baru", c.usulan_baru],
        ["B.", "Keputusan musyawarah", ""],
        ["1.", "Layak diusulkan", c.layak_diusulkan],
        ["2.", "Tidak layak (mampu)", c.tidak_layak],
        ["3.", "Verval ulang", c.verval_ulang],
        ["4.", "Usulan hapus", c.usulan_hapus],
        ["", "Jumlah ruta yang diputuskan", c.jumlah_keputusan],
    ]
    header = ["No", "Uraian", "Jumlah"]
    t = Table([header] + [[a, b, (f"{v:,}".replace(",", ".") if isinstance(v, int) else v)] for a, b, v in rows],
              colWidths=[14 * mm, width - 14 * mm - 30 * mm, 30 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), E.FONT), ("FONTSIZE", (0, 0), (-1, -1), 11),
        ("LEADING", (0, 0), (-1, -1), 13),
        ("FONTNAME", (0, 0), (-1, 0), E.FONT_BOLD), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("FONTNAME", (0, 1), (-1, 1), E.FONT_BOLD), ("FONTNAME", (0, 10), (-1, 10), E.FONT_BOLD),
        ("FONTNAME", (0, 15), (-1, 15), E.FONT_BOLD),
        ("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (2, -1), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.5, E.colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), E.colors.Color(0.88, 0.88, 0.88)),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(t)

    story.append(_p("IV. Kesimpulan", st["heading"]))
    for i, k in enumerate(d.kesimpulan, 1):
        story.append(Paragraph(f"{i}.&nbsp;&nbsp;{escape(k)}", st["list"]))
    story.append(Spacer(1, 3 * mm))
    story.append(_p("Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana "
                    "mestinya.", st["body"]))
    story.append(Spacer(1, 5 * mm))

    # Signature blocks: wakil peserta on the left, the Lurah (with NIP) on the right, as on paper BAs.
    col = width / 2
    lurah = E.SignatureBlock("lurah", boxes,
                             [f"{d.tempat_ttd}, {E.tanggal_panjang(d.tanggal)}", d.pimpinan.jabatan.upper()],
                             d.pimpinan.nama, d.pimpinan.nip, width=col)
    wakil_blocks = [E.SignatureBlock(f"wakil_{i}", boxes, ["", "Wakil Peserta Musyawarah", w.jabatan], w.nama,
                                     w.nip, width=col) for i, w in enumerate(d.wakil_peserta, 1)]
    cells = [[wakil_blocks[0] if wakil_blocks else "", lurah]]
    rest = wakil_blocks[1:]
    for i in range(0, len(rest), 2):
        cells.append(rest[i:i + 2] + [""] * (2 - len(rest[i:i + 2])))
    sig = Table(cells, colWidths=[col, col])
    sig.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), E.FONT), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story.append(KeepTogether([sig]))

    # Lampiran 1: daftar hadir (portrait)
    story.append(PageBreak())
    story.extend(_lampiran_heading(1, "DAFTAR HADIR PESERTA MUSYAWARAH KELURAHAN", d, st))
    cw = [10 * mm, 55 * mm, width - 10 * mm - 55 * mm - 45 * mm, 45 * mm]
    rows_hadir = []
    for i, p in enumerate(d.peserta, 1):
        ttd = f"{i}. ........................" if p.hadir else "(tidak hadir)"
        rows_hadir.append([str(i), p.nama, p.jabatan,
                           ttd if i % 2 else f"        {ttd}"])
    t1 = E.data_table(["No", "Nama", "Jabatan / Unsur", "Tanda Tangan"], rows_hadir, cw, font_size=10.5,
                      align_center=(0,))
    t1.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)]))
    story.append(t1)

    # Lampiran 2: BNBA (landscape)
    story.append(NextPageTemplate("landscape"))
    story.append(PageBreak())
    story.extend(_lampiran_heading(2, "DAFTAR NAMA DAN ALAMAT (BY NAME BY ADDRESS) HASIL MUSYAWARAH KELURAHAN", d,
                                   st))
    fixed = [8, 25, 26, 26, 0, 0, 8, 8, 20, 24, 0]  # mm; 0 = share the rest
    free = lwidth - sum(fixed) * mm
    share = {4: 0.28, 5: 0.36, 10: 0.36}
    cw2 = [f * mm if f else free * share[i] for i, f in enumerate(fixed)]
    cell = st["cell"]
    body = []
    for h in d.households:
        body.append([str(h.no), h.id_dtks, h.nik, h.no_kk, Paragraph(escape(h.nama_krt), cell),
                     Paragraph(escape(h.alamat), cell), h.rt, h.rw, Paragraph(escape(h.status_verval), cell),
                     Paragraph(escape(h.keputusan), cell),
                     Paragraph(escape(h.alasan), cell) if h.alasan else ""])
    t2 = E.data_table(["No", "ID DTKS", "NIK KRT", "No. KK", "Nama KRT", "Alamat", "RT", "RW", "Status Verval",
                       "Keputusan", "Alasan"], body, cw2, font_size=8, zebra=True, align_center=(0, 6, 7))
    story.append(t2)
    story.append(Spacer(1, 3 * mm))
    story.append(_p(f"Jumlah: {len(d.households):,} rumah tangga.".replace(",", "."), st["left"]))
    return story


def _lampiran_heading(n: int, judul: str, d: BeritaAcaraData, st) -> list:
    info = Table([[f"Lampiran {n}", ":", f"Berita Acara Musyawarah Kelurahan {d.kelurahan}"],
                  ["Nomor", ":", d.nomor], ["Tanggal", ":", E.tanggal_panjang(d.tanggal)]],
                 colWidths=[22 * mm, 4 * mm, 100 * mm], hAlign="RIGHT")
    info.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), E.FONT), ("FONTSIZE", (0, 0), (-1, -1), 10),
                              ("LEADING", (0, 0), (-1, -1), 12), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [info, Spacer(1, 4 * mm),
            Paragraph(escape(judul) + "<br/>" + escape(f"KELURAHAN {d.kelurahan.upper()} KECAMATAN "
                                                        f"{d.kecamatan.upper()} {d.kota.upper()}"), st["title"]),
            Spacer(1, 4 * mm)]


def render_berita_acara(data: BeritaAcaraData, out_path: str | Path) -> RenderResult:
    """Render the BA to ``out_path`` (atomic). ``signature_boxes`` holds ``"lurah"`` and ``"wakil_1"``… as
    :class:`~siks_desktop.io.documents.engine.SignatureBox` for :func:`siks_desktop.io.signing.sign_pdf`."""
    if data.paper not in E.PAPER_SIZES:
        raise SiksError("invalid_paper", "Ukuran kertas harus A4 atau F4.", paper=data.paper)
    if not data.households:
        raise SiksError("empty_document", "Berita Acara tanpa rumah tangga yang diputuskan.")
    boxes: dict[str, E.SignatureBox] = {}
    story = _story(data, boxes)
    pages, sha = E.build_document(out_path, story, paper=data.paper, title=document_title(data),
                                  subject="Berita Acara Musyawarah Kelurahan - Verval DTKS",
                                  keywords=f"siks-doc-id={data.doc_id}")
    return RenderResult(path=Path(out_path), pages=pages, households=len(data.households), sha256=sha,
                        signature_boxes=dict(boxes))
