"""Opening and printing a PDF from the window.

PySide6-Essentials has no QtPdf, so the window cannot draw PDF pages itself: the preview opens the file in the
system PDF viewer (QDesktopServices), and printing asks for the printer with QPrintDialog and hands the file to the
system's print spooler (CUPS ``lp`` on Linux/macOS, the shell's "print" verb on Windows). Both are module functions
so tests can replace them."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget


def open_in_viewer(path: str | Path) -> bool:
    """Open in the system PDF viewer; False when no viewer is registered."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))


def print_pdf(parent: QWidget | None, path: str | Path) -> str | None:
    """Print dialog (printer, copies), then send the file to that printer. Returns a sentence for the status bar, or
    None when the operator cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfActions", "Cetak Berita Acara"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return send_to_printer(path, printer.printerName(), max(1, printer.copyCount()))


def send_to_printer(path: str | Path, printer: str, copies: int = 1) -> str:
    file = str(Path(path).resolve())
    if sys.platform.startswith("win"):
        # The default PDF application prints to the default printer; choose that printer in the dialog.
        for _ in range(copies):
            os.startfile(file, "print")  # type: ignore[attr-defined]  # noqa: S606
        return QCoreApplication.translate("PdfActions", "Dokumen dikirim ke pencetak bawaan Windows.")
    lp = shutil.which("lp")
    if lp is None:
        open_in_viewer(file)
        return QCoreApplication.translate("PdfActions", "Perintah cetak sistem (lp) tidak ada; dokumen dibuka di penampil PDF, cetak dari sana.")
    args = [lp, "-n", str(copies)] + (["-d", printer] if printer else []) + [file]
    done = subprocess.run(args, capture_output=True, text=True, check=False, timeout=60)  # noqa: S603
    if done.returncode != 0:
        return QCoreApplication.translate("PdfActions", "Pencetak menolak dokumen: {detail}").format(detail=done.stderr.strip()[:200])
    return QCoreApplication.translate("PdfActions", "Dokumen dikirim ke pencetak {name}.").format(name=printer or QCoreApplication.translate("PdfActions", "bawaan"))
