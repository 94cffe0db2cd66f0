"""Surat Pengesahan Hasil Verifikasi dan Validasi DTKS of the Walikota/Bupati (Administrasi) as a PDF, from pure data.

Page 1 (portrait): kop surat of the Pemerintah Kota/Kabupaten (Administrasi), place and date, nomor / sifat / lampiran
/ perihal, the addressee (Menteri Sosial c.q. Kepala Pusdatin Kesos, melalui Gubernur), the body (tahap, wilayah,
totals, the statement that the data are valid and the responsibility of the Pemda), the signer block (Walikota/Bupati,
or "a.n." by the Kepala Suku Dinas Sosial), an optional paraf box for the Camat, tembusan.
Lampiran (landscape): the recap per kecamatan and kelurahan — ruta, keluarga, jiwa, verval status, musyawarah
decisions, the Berita Acara number — with a subtotal per kecamatan and the grand total; header repeated per page.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from siks_desktop.errors import SiksError
from siks_desktop.io.documents import engine as E

__all__ = [
    "DEFAULT_TEMBUSAN",
    "PERIHAL",
    "RecapRow",
    "RenderResult",
    "SuratPengesahanData",
    "render_surat_pengesahan",
    "signer_heading",
]

PERIHAL = "Pengesahan Hasil Verifikasi dan Validasi DTKS"
DEFAULT_TEMBUSAN: tuple[str, ...] = (
    "Gubernur Daerah Khusus Ibukota Jakarta;",
    "Kepala Dinas Sosial Provinsi Daerah Khusus Ibukota Jakarta;",
    "Camat se-{wilayah};",
    "Arsip.",
)


@dataclass(frozen=True)
class RecapRow:
    """One kelurahan of the recap (numbers from the central store at signing time)."""
    kecamatan: str
    kelurahan: str
    ruta: int = 0
    keluarga: int = 0
    jiwa: int = 0
    ditemukan: int = 0  # status verval 1
    tidak_ditemukan: int = 0  # 2
    pindah: int = 0  # 3
    lainnya: int = 0  # 4 bagian ruta lain, 5 ganda, 6 menolak, belum diverval
    usulan_baru: int = 0  # 7
    layak: int = 0  # keputusan 1
    tidak_layak: int = 0  # 2
    verval_ulang: int = 0  # 3
    usulan_hapus: int = 0  # 4
    nomor_ba: str = ""


_NUMERIC = [f.name for f in fields(RecapRow) if f.type in ("int", int)]


def _sum(rows: Sequence[RecapRow], kecamatan: str, kelurahan: str) -> RecapRow:
    return RecapRow(kecamatan, kelurahan, **{n: sum(getattr(r, n) for r in rows) for n in _NUMERIC})


@dataclass(frozen=True)
class SuratPengesahanData:
    doc_id: str
    nomor: str
    tanggal: dt.date
    tahap: str  # "Tahap II Tahun 2023"
    wilayah: str  # "Kota Administrasi Jakarta Pusat"
    rows: tuple[RecapRow, ...]
    signer_nama: str
    signer_jabatan: tuple[str, ...]  # heading lines above the signature box, see signer_heading()
    signer_nip: str | None = None
    pemda: str = ""  # "Pemerintah Kota Administrasi Jakarta Pusat" (responsible for the data)
    kop_provinsi: str = "PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA"
    kop_instansi: str = ""  # "KOTA ADMINISTRASI JAKARTA PUSAT"
    kop_alamat: str = ""
    tempat_ttd: str = "Jakarta"
    sifat: str = "Penting"
    gubernur: str = "Gubernur Daerah Khusus Ibukota Jakarta"
    kota_tujuan: str = "Jakarta"
    tembusan: tuple[str, ...] = DEFAULT_TEMBUSAN
    paraf: tuple[str, ...] = ()  # jabatan of officials who initial first (e.g. "Camat Gambir"), one box each
    paper: str = "A4"
    logo_path: str | None = None


@dataclass(frozen=True)
class RenderResult:
    path: Path
    pages: int
    sha256: str
    totals: RecapRow
    signature_boxes: Mapping[str, E.SignatureBox] = field(default_factory=dict)


def signer_heading(penandatangan: str, wilayah: str, *, jabatan_walikota: str | None = None) -> tuple[str, ...]:
    """Heading lines of the signer block. ``wilayah`` is "Kota Administrasi Jakarta Pusat" / "Kabupaten Bogor".

    ``walikota``: "WALI KOTA ADMINISTRASI JAKARTA PUSAT," (Bupati for a kabupaten); ``kasudin``: by delegation,
    "a.n. WALI KOTA …" / "KEPALA SUKU DINAS SOSIAL" / "KOTA ADMINISTRASI JAKARTA PUSAT,"."""
    w = wilayah.strip()
    if jabatan_walikota:
        kepala = jabatan_walikota.upper()
    elif w.lower().startswith("kabupaten"):
        kepala = "BUPATI" + w[len("kabupaten"):].upper()
    elif w.lower().startswith("kota"):
        kepala = "WALI KOTA" + w[len("kota"):].upper()
    else:
        kepala = "WALI KOTA " + w.upper()
    if penandatangan == "walikota":
        return (kepala + ",",)
    if penandatangan == "kasudin":
        return (f"a.n. {kepala}", "KEPALA SUKU DINAS SOSIAL", w.upper() + ",")
    raise SiksError("invalid_signer", "Penandatangan harus walikota atau kasudin.", penandatangan=penandatangan)


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text), style)


class _ParafBox(Flowable):
    """A small "Paraf" table: one row per official (jabatan | box); each box's position is recorded for signing."""

    def __init__(self, jabatan: Sequence[str], registry: dict[str, E.SignatureBox], *, width: float = 88 * mm,
                 row_h: float = 17 * mm):
        super().__init__()
        self.jabatan, self.registry, self.width, self.row_h = list(jabatan), registry, width, row_h
        self.head = 5.5 * mm
        self.height = self.head + row_h * len(self.jabatan)

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        col = 30 * mm
        c.setLineWidth(0.5)
        c.rect(0, 0, self.width, self.height)
        c.line(col, 0, col, self.height)
        c.line(0, self.height - self.head, self.width, self.height - self.head)
        c.setFont(E.FONT_BOLD, 8.5)
        c.drawCentredString(col / 2, self.height - self.head + 1.6 * mm, "Jabatan")
        c.drawCentredString(col + (self.width - col) / 2, self.height - self.head + 1.6 * mm, "Paraf")
        c.setFont(E.FONT, 8.5)
        for i, jab in enumerate(self.jabatan):
            top = self.height - self.head - i * self.row_h
            if i:
                c.line(0, top, self.width, top)
            c.drawString(1.5 * mm, top - self.row_h / 2 - 1.2 * mm, jab)
            x1, y1 = c.absolutePosition(col + 0.8 * mm, top - self.row_h + 0.8 * mm)
            x2, y2 = c.absolutePosition(self.width - 0.8 * mm, top - 0.8 * mm)
            self.registry[f"paraf_{i + 1}"] = E.SignatureBox(c.getPageNumber() - 1, round(x1, 2), round(y1, 2),
                                                             round(x2, 2), round(y2, 2))


def _story(d: SuratPengesahanData, boxes: dict[str, E.SignatureBox], totals: RecapRow) -> list:
    st = E.styles(11.5)
    pw, _ = E.page_size(d.paper)
    width = pw - 50 * mm
    lw, _ = E.page_size(d.paper, landscape_=True)
    lwidth = lw - 40 * mm
    kecamatan = sorted({r.kecamatan for r in d.rows})
    story: list = [E.KopSuratFlowable(E.KopSurat(provinsi=d.kop_provinsi, instansi=d.kop_instansi,
                                                 alamat=d.kop_alamat, logo_path=d.logo_path), width),
                   Spacer(1, 3 * mm)]

    small = st["left"]
    head = Table([["Nomor", ":", _p(d.nomor, small)], ["Sifat", ":", d.sifat],
                  ["Lampiran", ":", "1 (satu) berkas"], ["Perihal", ":", _p(PERIHAL, small)]],
                 colWidths=[20 * mm, 4 * mm, 64 * mm])
    head.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), E.FONT), ("FONTSIZE", (0, 0), (-1, -1), 11.5),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    kepada = [_p(f"{d.tempat_ttd}, {E.tanggal_panjang(d.tanggal)}", small), Spacer(1, 3 * mm),
              _p("Kepada", small),
              Paragraph("Yth. Menteri Sosial Republik Indonesia<br/>c.q. Kepala Pusat Data dan Informasi "
                        f"Kesejahteraan Sosial<br/>melalui {escape(d.gubernur)}", small),
              _p("di", small), Paragraph(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{escape(d.kota_tujuan)}", small)]
    top = Table([[head, kepada]], colWidths=[width - 70 * mm, 70 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (0, 0), 7.5 * mm)]))
    story += [top, Spacer(1, 4 * mm)]

    indent = ParagraphStyleIndent(st)
    n_kel, n_kec = len(d.rows), len(kecamatan)
    story.append(_p("Dalam rangka pemutakhiran Data Terpadu Kesejahteraan Sosial (DTKS) sebagaimana diatur dalam "
                    "Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan "
                    "Sosial, bersama ini kami sampaikan hal-hal sebagai berikut:", indent["para"]))
    points = [
        f"Verifikasi dan validasi DTKS {d.tahap} di wilayah {d.wilayah} telah dilaksanakan di {n_kel} "
        f"({E.terbilang(n_kel)}) kelurahan pada {n_kec} ({E.terbilang(n_kec)}) kecamatan, dan hasilnya telah "
        "dibahas dan diputuskan dalam Musyawarah Kelurahan yang dituangkan dalam Berita Acara yang "
        "ditandatangani secara elektronik oleh Lurah masing-masing.",
        f"Hasil verifikasi dan validasi tersebut meliputi {_fmt(totals.ruta)} ({E.terbilang(totals.ruta)}) rumah "
        f"tangga, {_fmt(totals.keluarga)} ({E.terbilang(totals.keluarga)}) keluarga dan {_fmt(totals.jiwa)} "
        f"({E.terbilang(totals.jiwa)}) jiwa, dengan keputusan musyawarah {_fmt(totals.layak)} rumah tangga "
        f"layak diusulkan, {_fmt(totals.tidak_layak)} tidak layak, {_fmt(totals.verval_ulang)} verval ulang dan "
        f"{_fmt(totals.usulan_hapus)} usulan hapus, dengan rincian per kecamatan dan kelurahan sebagaimana "
        "tercantum dalam Lampiran surat ini.",
        f"Dengan ini kami mengesahkan hasil verifikasi dan validasi DTKS tersebut dan menyatakan bahwa data "
        f"tersebut adalah valid serta menjadi tanggung jawab {d.pemda}.",
        "Data hasil verifikasi dan validasi beserta seluruh Berita Acara Musyawarah Kelurahan dan Surat Pengesahan "
        "ini disampaikan melalui aplikasi SIKS-NG untuk diproses lebih lanjut sesuai ketentuan.",
    ]
    for i, text in enumerate(points, 1):
        story.append(Paragraph(f"{i}.&nbsp;&nbsp;{escape(text)}", indent["list"]))
    story.append(_p("Demikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
                    indent["para"]))
    story.append(Spacer(1, 3 * mm))

    col = width / 2 + 10 * mm
    block = E.SignatureBlock("penandatangan", boxes, list(d.signer_jabatan), d.signer_nama, d.signer_nip, width=col,
                             font_size=11.5, box_height=22 * mm)
    left: object = _ParafBox(d.paraf, boxes, width=width - col - 6 * mm) if d.paraf else ""
    sig = Table([[left, block]], colWidths=[width - col, col])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    tembusan = [Spacer(1, 2 * mm), _p("Tembusan:", st["small"])]
    for i, t in enumerate(d.tembusan, 1):
        tembusan.append(Paragraph(f"{i}.&nbsp;&nbsp;{escape(t.format(wilayah=d.wilayah))}", st["small"]))
    story.append(KeepTogether([sig]))
    story.append(KeepTogether(tembusan))

    # Lampiran: the recap (landscape)
    story.append(NextPageTemplate("landscape"))
    story.append(PageBreak())
    info = Table([["Lampiran", ":", f"Surat {d.signer_jabatan[0].rstrip(',').replace('a.n. ', '').title()}"],
                  ["Nomor", ":", d.nomor], ["Tanggal", ":", E.tanggal_panjang(d.tanggal)],
                  ["Perihal", ":", PERIHAL]],
                 colWidths=[20 * mm, 4 * mm, 105 * mm], hAlign="RIGHT")
    info.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), E.FONT), ("FONTSIZE", (0, 0), (-1, -1), 10),
                              ("LEADING", (0, 0), (-1, -1), 12), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [info, Spacer(1, 4 * mm),
              Paragraph("REKAPITULASI HASIL VERIFIKASI DAN VALIDASI DTKS<br/>"
                        + escape(f"{d.tahap.upper()} — {d.wilayah.upper()}"), st["title"]),
              Spacer(1, 4 * mm)]
    header = [["No", "Kecamatan", "Kelurahan", "Ruta", "Keluarga", "Jiwa", "Hasil verval rumah tangga", "", "", "",
               "", "Keputusan musyawarah", "", "", "", "Nomor Berita Acara"],
              ["", "", "", "", "", "", "Dite-\nmukan", "Tidak\nditemukan", "Pindah", "Usulan\nbaru", "Lain-\nnya",
               "Layak", "Tidak\nlayak", "Verval\nulang", "Usulan\nhapus", ""]]
    header[0][15] = Paragraph("Nomor Berita Acara", st["cell_head"])
    body: list[list] = []
    cell = st["cell"]
    sub_rows: list[int] = []
    no = 0
    for kec in kecamatan:
        rows = [r for r in d.rows if r.kecamatan == kec]
        for r in sorted(rows, key=lambda r: r.kelurahan):
            no += 1
            body.append([str(no), kec, r.kelurahan, *_numbers(r), Paragraph(escape(r.nomor_ba), cell)])
        if len(kecamatan) > 1:
            s = _sum(rows, kec, "")
            body.append(["", f"Jumlah Kecamatan {kec}", "", *_numbers(s), ""])
            sub_rows.append(len(body) + 1)
    body.append(["", "JUMLAH", "", *_numbers(totals), ""])
    fixed = [8, 28, 30, 13, 15, 13, 13, 16, 12, 13, 12, 12, 12, 13, 13]
    widths = [f * mm for f in fixed] + [lwidth - sum(fixed) * mm]
    t = E.data_table(header, body, widths, font_size=8.5, header_rows=2, align_center=(0,))
    style = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (3, 0), (3, 1)),
             ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (5, 1)), ("SPAN", (6, 0), (10, 0)),
             ("SPAN", (11, 0), (14, 0)), ("SPAN", (15, 0), (15, 1)), ("ALIGN", (3, 2), (14, -1), "RIGHT"),
             ("FONTNAME", (0, -1), (-1, -1), E.FONT_BOLD), ("SPAN", (1, -1), (2, -1)),
             ("BACKGROUND", (0, -1), (-1, -1), E.colors.Color(0.93, 0.93, 0.93))]
    for r in sub_rows:
        style += [("FONTNAME", (0, r), (-1, r), E.FONT_BOLD), ("SPAN", (1, r), (2, r))]
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("Keterangan: <i>Lainnya</i> = bagian dari ruta lain, ganda, menolak, atau belum "
                           "diverifikasi. Angka diambil dari penyimpanan pusat SIKS pada saat penandatanganan dan "
                           "dicatat bersama sidik jari (SHA-256) surat ini.", st["small"]))
    return story


def _numbers(r: RecapRow) -> list[str]:
    return [_fmt(r.ruta), _fmt(r.keluarga), _fmt(r.jiwa), _fmt(r.ditemukan), _fmt(r.tidak_ditemukan),
            _fmt(r.pindah), _fmt(r.usulan_baru), _fmt(r.lainnya), _fmt(r.layak), _fmt(r.tidak_layak),
            _fmt(r.verval_ulang), _fmt(r.usulan_hapus)]


def ParagraphStyleIndent(st) -> dict:
    from reportlab.lib.styles import ParagraphStyle

    body = st["body"]
    return {"para": ParagraphStyle("sp_para", parent=body, firstLineIndent=10 * mm, spaceAfter=2),
            "list": ParagraphStyle("sp_list", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm,
                                   spaceAfter=1.5)}


def render_surat_pengesahan(data: SuratPengesahanData, out_path: str | Path) -> RenderResult:
    """Render to ``out_path`` (atomic). ``signature_boxes``: ``"penandatangan"`` and ``"paraf_1"``… for
    :func:`siks_desktop.io.signing.sign_pdf`."""
    if data.paper not in E.PAPER_SIZES:
        raise SiksError("invalid_paper", "Ukuran kertas harus A4 atau F4.", paper=data.paper)
    if not data.rows:
        raise SiksError("empty_document", "Surat Pengesahan tanpa kelurahan yang disahkan.")
    boxes: dict[str, E.SignatureBox] = {}
    totals = _sum(data.rows, "", "JUMLAH")
    story = _story(data, boxes, totals)
    pages, sha = E.build_document(out_path, story, paper=data.paper,
                                  title=f"Surat Pengesahan Hasil Verval DTKS {data.wilayah} Nomor {data.nomor}",
                                  subject=f"{PERIHAL} - {data.tahap}", keywords=f"siks-doc-id={data.doc_id}")
    return RenderResult(path=Path(out_path), pages=pages, sha256=sha, totals=totals, signature_boxes=dict(boxes))
