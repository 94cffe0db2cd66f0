"""Document engine for official letters (Berita Acara, later the Surat Pengesahan): reportlab platypus.

What it gives a document module:

* paper sizes ``A4`` and ``F4`` (215 × 330 mm), portrait and landscape page templates;
* embedded TrueType fonts (Liberation Serif, metric-compatible with Times New Roman, SIL OFL);
* the kop surat (logo slot, PEMERINTAH PROVINSI …, kota, kecamatan, kelurahan, address line, double rule);
* Indonesian date words (:func:`hari_tanggal_kalimat`, :func:`tanggal_panjang`, :func:`terbilang`) and numbering
  (:func:`format_nomor`);
* long tables with repeated header rows (:func:`data_table`);
* "Halaman x dari y" on every page (:class:`NumberedCanvas`, single pass);
* signature blocks whose signature rectangle is reported back (page index + PDF coordinates) so that
  :func:`siks_desktop.io.signing.sign_pdf` can put the visible signature exactly there;
* a QR flowable (vector, reportlab's own QR encoder).

Output is deterministic (``invariant=1``): the same input renders the same bytes.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, LongTable, PageTemplate, Paragraph, Table,
                                TableStyle)

from siks_desktop.errors import SiksError
from siks_desktop.resources import resource_path

__all__ = [
    "PAPER_SIZES", "F4", "FONT", "FONT_BOLD", "register_fonts", "styles",
    "terbilang", "HARI", "BULAN", "hari_tanggal_kalimat", "tanggal_panjang", "format_nomor",
    "KopSurat", "KopSuratFlowable", "SignatureBox", "SignatureBlock", "QrFlowable", "NumberedCanvas",
    "data_table", "OfficialDocTemplate", "build_document", "page_size",
]

F4 = (215 * mm, 330 * mm)
PAPER_SIZES = {"A4": A4, "F4": F4}

FONT = "SiksSerif"
FONT_BOLD = "SiksSerif-Bold"
FONT_ITALIC = "SiksSerif-Italic"
FONT_BOLD_ITALIC = "SiksSerif-BoldItalic"
_FONTS_REGISTERED = False


def register_fonts() -> None:
    """Register the bundled Liberation Serif family (embedded, subset) once per process."""
    global _FONTS_REGISTERED
    if _FONTS_REGISTERED:
        return
    for name, file in ((FONT, "LiberationSerif-Regular.ttf"), (FONT_BOLD, "LiberationSerif-Bold.ttf"),
                       (FONT_ITALIC, "LiberationSerif-Italic.ttf"),
                       (FONT_BOLD_ITALIC, "LiberationSerif-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    _FONTS_REGISTERED = True


def page_size(paper: str, *, landscape_: bool = False) -> tuple[float, float]:
    try:
        size = PAPER_SIZES[paper]
    except KeyError:
        raise SiksError("invalid_paper", "Ukuran kertas harus A4 atau F4.", paper=paper) from None
    return landscape(size) if landscape_ else size


def styles(base_size: float = 12) -> dict[str, ParagraphStyle]:
    """Paragraph styles of an official letter (Times-like serif, 12 pt body, 1.15 leading)."""
    register_fonts()
    lead = base_size * 1.3
    body = ParagraphStyle("body", fontName=FONT, fontSize=base_size, leading=lead, alignment=TA_JUSTIFY)
    return {
        "body": body,
        "left": ParagraphStyle("left", parent=body, alignment=TA_LEFT),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=base_size + 1,
                                leading=lead + 1, alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, alignment=TA_LEFT, spaceBefore=6,
                                  spaceAfter=2),
        "list": ParagraphStyle("list", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=base_size - 3, leading=(base_size - 3) * 1.15),
        "cell_center": ParagraphStyle("cell_center", fontName=FONT, fontSize=base_size - 3,
                                      leading=(base_size - 3) * 1.15, alignment=TA_CENTER),
        "cell_head": ParagraphStyle("cell_head", fontName=FONT_BOLD, fontSize=base_size - 3,
                                    leading=(base_size - 3) * 1.15, alignment=TA_CENTER),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=base_size - 3, leading=(base_size - 3) * 1.2),
    }


# --------------------------------------------------------------------------------------------------- Indonesian words
_SATUAN = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
           "sebelas"]
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # date.weekday() order
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")


def terbilang(n: int) -> str:
    """Indonesian number words: 23 → "dua puluh tiga", 2026 → "dua ribu dua puluh enam", 1000 → "seribu"."""
    n = int(n)
    if n < 0:
        return "minus " + terbilang(-n)
    if n < 12:
        return _SATUAN[n]
    if n < 20:
        return _SATUAN[n - 10] + " belas"
    if n < 100:
        return (_SATUAN[n // 10] + " puluh" + (" " + _SATUAN[n % 10] if n % 10 else "")).strip()
    if n < 200:
        return "seratus" + (" " + terbilang(n - 100) if n > 100 else "")
    if n < 1000:
        return _SATUAN[n // 100] + " ratus" + (" " + terbilang(n % 100) if n % 100 else "")
    if n < 2000:
        return "seribu" + (" " + terbilang(n - 1000) if n > 1000 else "")
    for unit, word in ((10 ** 12, "triliun"), (10 ** 9, "miliar"), (10 ** 6, "juta"), (10 ** 3, "ribu")):
        if n >= unit:
            rest = n % unit
            return terbilang(n // unit) + " " + word + (" " + terbilang(rest) if rest else "")
    raise AssertionError("unreachable")


def hari_tanggal_kalimat(d: dt.date) -> str:
    """"Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam"."""
    return (f"Pada hari ini {HARI[d.weekday()]} tanggal {terbilang(d.day)} bulan {BULAN[d.month - 1]} "
            f"tahun {terbilang(d.year)}")


def tanggal_panjang(d: dt.date) -> str:
    """"23 November 2026"."""
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


DEFAULT_NOMOR_PATTERN = "{klasifikasi}/{seq:03d}/{kode}/{tahun}"


def format_nomor(seq: int, *, tahun: int, klasifikasi: str = "400.9.3", kode: str = "BA", unit: str = "",
                 pattern: str = DEFAULT_NOMOR_PATTERN) -> str:
    """Document number, by default ``400.9.3/001/BA/2026`` (klasifikasi arsip / urut / jenis / tahun). The pattern
    may also use ``{unit}`` (e.g. ``"{klasifikasi}/{seq:03d}/{kode}/{unit}/{tahun}"``)."""
    if seq < 1:
        raise SiksError("invalid_number", "Nomor urut surat harus positif.")
    return pattern.format(seq=seq, tahun=tahun, klasifikasi=klasifikasi, kode=kode, unit=unit)


# ----------------------------------------------------------------------------------------------------------- kop surat
@dataclass(frozen=True)
class KopSurat:
    provinsi: str = "PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA"
    kota: str = ""
    kecamatan: str = ""
    instansi: str = ""  # e.g. "KELURAHAN GAMBIR" (largest line)
    alamat: str = ""  # address line under the names
    logo_path: str | Path | None = None


class KopSuratFlowable(Flowable):
    """Letterhead: logo slot on the left, centred names, address, then a thick + thin double rule."""

    def __init__(self, kop: KopSurat, width: float):
        super().__init__()
        self.kop, self.width = kop, width
        self.height = 32 * mm

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.height

    def draw(self):
        register_fonts()
        c, k, w, h = self.canv, self.kop, self.width, self.height
        logo = 24 * mm
        if k.logo_path and Path(k.logo_path).exists():
            c.drawImage(str(k.logo_path), 0, h - logo - 1 * mm, logo, logo, preserveAspectRatio=True, mask="auto")
        cx = w / 2 + 8 * mm  # centred in the space right of the logo slot
        y = h - 5 * mm
        lines = [(k.provinsi, FONT_BOLD, 12), (k.kota.upper(), FONT_BOLD, 12), (k.kecamatan.upper(), FONT_BOLD, 12),
                 (k.instansi.upper(), FONT_BOLD, 15)]
        for text, font, size in lines:
            if not text:
                continue
            c.setFont(font, size)
            c.drawCentredString(cx, y, text)
            y -= size * 1.2
        if k.alamat:
            c.setFont(FONT, 9.5)
            c.drawCentredString(cx, y - 1, k.alamat)
        c.setLineWidth(2.2)
        c.line(0, 2.2 * mm, w, 2.2 * mm)
        c.setLineWidth(0.7)
        c.line(0, 1.0 * mm, w, 1.0 * mm)


# ---------------------------------------------------------------------------------------------------- signatures, QR
@dataclass(frozen=True)
class SignatureBox:
    """Where a visible signature goes: 0-based page index and PDF user-space rectangle (points, origin bottom left)."""
    page: int
    x1: float
    y1: float
    x2: float
    y2: float

    def as_tuple(self) -> tuple[int, float, float, float, float]:
        return (self.page, self.x1, self.y1, self.x2, self.y2)


class SignatureBlock(Flowable):
    """A signature block: heading lines (e.g. "Jakarta, 23 November 2026" / "LURAH GAMBIR"), an empty rectangle for
    the visible signature, the name (bold, underlined) and NIP. On draw, the rectangle's absolute position is recorded
    in ``registry[name]``."""

    def __init__(self, name: str, registry: dict[str, SignatureBox], heading: Sequence[str], nama: str,
                 nip: str | None = None, *, width: float = 75 * mm, box_height: float = 26 * mm,
                 box_width: float = 68 * mm, font_size: float = 11.5):
        super().__init__()
        self.name, self.registry, self.heading = name, registry, [h for h in heading if h]
        self.nama, self.nip = nama, nip
        self.width, self.box_height, self.box_width, self.fs = width, box_height, box_width, font_size
        self.lead = font_size * 1.25
        self.height = self.lead * (len(self.heading) + 2) + box_height + 4

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        register_fonts()
        c, w = self.canv, self.width
        y = self.height - self.fs
        c.setFont(FONT, self.fs)
        for line in self.heading:
            c.drawCentredString(w / 2, y, line)
            y -= self.lead
        box_top = y + self.fs * 0.6
        bx1, by1 = (w - self.box_width) / 2, box_top - self.box_height
        ax1, ay1 = c.absolutePosition(bx1, by1)
        ax2, ay2 = c.absolutePosition(bx1 + self.box_width, box_top)
        self.registry[self.name] = SignatureBox(c.getPageNumber() - 1, round(ax1, 2), round(ay1, 2),
                                                round(ax2, 2), round(ay2, 2))
        y = by1 - self.fs
        c.setFont(FONT_BOLD, self.fs)
        c.drawCentredString(w / 2, y, self.nama)
        tw = pdfmetrics.stringWidth(self.nama, FONT_BOLD, self.fs)
        c.setLineWidth(0.6)
        c.line(w / 2 - tw / 2, y - 1.5, w / 2 + tw / 2, y - 1.5)
        if self.nip:
            c.setFont(FONT, self.fs)
            c.drawCentredString(w / 2, y - self.lead, f"NIP. {self.nip}")


class QrFlowable(Flowable):
    """A QR code (vector) of ``text``, ``size`` points square; for static codes such as a document reference."""

    def __init__(self, text: str, size: float = 25 * mm):
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        draw_qr(self.canv, self.text, 0, 0, self.size)


def draw_qr(c: rl_canvas.Canvas, text: str, x: float, y: float, size: float, level: str = "L") -> None:
    """A vector QR of ``text`` in a ``size`` square at (x, y) (one path of horizontal runs, fast for big codes);
    level L keeps signed payloads (~800 chars) scannable at 25 mm."""
    import qrcode
    from qrcode import constants

    qr = qrcode.QRCode(error_correction=getattr(constants, f"ERROR_CORRECT_{level}"), border=1)
    qr.add_data(text)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    n = len(matrix)
    cell = size / n
    path = c.beginPath()
    for row, bits in enumerate(matrix):
        yy = y + size - (row + 1) * cell
        col = 0
        while col < n:
            if bits[col]:
                start = col
                while col < n and bits[col]:
                    col += 1
                path.rect(x + start * cell, yy, (col - start) * cell + 0.01, cell + 0.01)
            else:
                col += 1
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


# ------------------------------------------------------------------------------------------------------ page numbering
class NumberedCanvas(rl_canvas.Canvas):
    """Single-pass "Halaman x dari y": pages are buffered and numbered on save."""

    footer_font_size = 9

    def __init__(self, *args, **kwargs):
        register_fonts()
        kwargs.setdefault("initialFontName", FONT)  # no stray non-embedded Helvetica resource
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self):
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        w, _h = self._pagesize
        self.setFont(FONT, self.footer_font_size)
        self.setFillColor(colors.black)
        self.drawRightString(w - 20 * mm, 10 * mm, f"Halaman {self._pageNumber} dari {total}")


# ------------------------------------------------------------------------------------------------------------- tables
def data_table(header: Sequence, rows: Iterable[Sequence], col_widths: Sequence[float], *, font_size: float = 8.5,
               zebra: bool = False, align_center: Sequence[int] = (), header_rows: int = 1) -> Table:
    """A bordered table whose header row(s) repeat on every page (LongTable: linear-time splitting)."""
    register_fonts()
    data = [list(header)] if header_rows == 1 else [list(r) for r in header]
    data.extend(list(r) for r in rows)
    t = LongTable(data, colWidths=list(col_widths), repeatRows=header_rows)
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size * 1.15),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.88, 0.88, 0.88)),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for col in align_center:
        cmds.append(("ALIGN", (col, header_rows), (col, -1), "CENTER"))
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.Color(0.96, 0.96, 0.96)]))
    t.setStyle(TableStyle(cmds))
    return t


# ----------------------------------------------------------------------------------------------------------- document
class OfficialDocTemplate(BaseDocTemplate):
    """Portrait template ``"portrait"`` and landscape template ``"landscape"`` on the chosen paper; margins after the
    usual tata naskah dinas (left 3 cm, right/top 2 cm, bottom 2.2 cm leaving room for the page number)."""

    def __init__(self, filename, paper: str = "A4", *, title: str = "", subject: str = "", keywords: str = "",
                 author: str = "SIKS Desktop", **kw):
        portrait_size = page_size(paper)
        super().__init__(filename, pagesize=portrait_size, title=title, subject=subject, keywords=keywords,
                         author=author, creator="SIKS Desktop", invariant=1, **kw)
        pw, ph = portrait_size
        lw, lh = landscape(portrait_size)
        lm, rm, tm, bm = 30 * mm, 20 * mm, 20 * mm, 22 * mm
        portrait = Frame(lm, bm, pw - lm - rm, ph - tm - bm, id="p", leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0)
        land = Frame(20 * mm, bm, lw - 40 * mm, lh - tm - bm, id="l", leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0)
        self.addPageTemplates([PageTemplate("portrait", [portrait], pagesize=portrait_size),
                               PageTemplate("landscape", [land], pagesize=(lw, lh))])
        self.portrait_width = pw - lm - rm
        self.landscape_width = lw - 40 * mm


def build_document(out_path: str | Path, story: list, *, paper: str = "A4", title: str = "", subject: str = "",
                   keywords: str = "", on_template: Callable[[OfficialDocTemplate], None] | None = None) -> tuple[int, str]:
    """Build ``story`` into ``out_path`` (written atomically); returns ``(pages, sha256 hex of the file)``."""
    register_fonts()
    out = Path(out_path)
    tmp = out.with_name(out.name + ".part")
    doc = OfficialDocTemplate(str(tmp), paper, title=title, subject=subject, keywords=keywords)
    if on_template:
        on_template(doc)
    doc.build(story, canvasmaker=NumberedCanvas)
    data = tmp.read_bytes()
    tmp.replace(out)
    return doc.page, hashlib.sha256(data).hexdigest()
