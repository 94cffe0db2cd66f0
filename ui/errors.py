"""The one error funnel (architecture.md property 5).

* ``error_message(exc)``: a typed core error → one translated sentence that says what to do next.
* ``problem_message(problem)``: a validation Problem → "III.2 Luas lantai (m²) harus bernilai antara 1 dan 10000".
* ``report_error(parent, exc)``: a handled error → a message box; anything else → the report dialog.
* ``install_excepthook()``: unexpected exceptions on the GUI thread → the report dialog with "Salin laporan".

Reports hold versions and the stack (file, line, function, source line) only: never the exception's message, which
may carry a NIK or a name.
"""
from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, qVersion
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from siks_desktop import __version__ as core_version
from siks_desktop.domain.messages import Problem, caption
from siks_desktop.errors import SiksError

# Error codes of the core → sentences. Codes missing here fall back to the core's own (Indonesian) message.
ERROR_MESSAGES: dict[str, str] = {
    "auth_failed": QT_TRANSLATE_NOOP("Errors", "Nama pengguna atau kata sandi salah. Periksa huruf besar/kecil "
                                               "dan coba lagi."),
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "Peran Anda tidak berwenang untuk tindakan ini. Minta "
                                                     "operator atau admin melakukannya."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "Data tidak ditemukan; mungkin sudah dihapus. Muat ulang daftar."),
    "household_not_found": QT_TRANSLATE_NOOP("Errors", "Rumah tangga ini tidak ada lagi; mungkin sudah dihapus. "
                                                       "Muat ulang daftar."),
    "validation_failed": QT_TRANSLATE_NOOP("Errors", "Data belum lolos pemeriksaan. Perbaiki isian yang ditandai "
                                                     "merah (lihat panel Masalah), lalu simpan lagi."),
    "nik_duplicate": QT_TRANSLATE_NOOP("Errors", "NIK sudah terdaftar pada rumah tangga lain. Cari NIK itu di "
                                                 "daftar untuk memeriksa data ganda."),
    "nik_duplicate_in_household": QT_TRANSLATE_NOOP("Errors", "Dua ART dalam rumah tangga ini memakai NIK yang "
                                                              "sama. Perbaiki salah satunya."),
    "stale": QT_TRANSLATE_NOOP("Errors", "Data ini sudah diubah di tempat lain sejak dibuka. Tutup formulir, buka "
                                         "ulang, lalu ulangi perubahan."),
    "family_duplicate": QT_TRANSLATE_NOOP("Errors", "Nomor urut keluarga ganda dalam satu rumah tangga."),
    "reason_required": QT_TRANSLATE_NOOP("Errors", "Alasan wajib diisi."),
    "unknown_region": QT_TRANSLATE_NOOP("Errors", "Kode wilayah tidak dikenal. Periksa kode Kemendagri."),
    "config": QT_TRANSLATE_NOOP("Errors", "Basis data belum terikat ke kelurahan. Jalankan: siks init "
                                          "--kelurahan KODE."),
    "migration_failed": QT_TRANSLATE_NOOP("Errors", "Pembaruan struktur basis data gagal; data tidak diubah. "
                                                    "Hubungi admin dengan berkas basis data ini."),
    "cancelled": QT_TRANSLATE_NOOP("Errors", "Dibatalkan; tidak ada data yang diubah."),
    "weak_password": QT_TRANSLATE_NOOP("Errors", "Kata sandi minimal 8 karakter."),
}

# Problem codes → templates (the same sentences as siks_desktop.domain.messages, but translatable).
PROBLEM_MESSAGES: dict[str, str] = {
    "nik_format": QT_TRANSLATE_NOOP("Problems", "harus 16 digit angka"),
    "nik_province": QT_TRANSLATE_NOOP("Problems", "memuat kode provinsi (2 digit pertama) yang tidak dikenal"),
    "nik_region": QT_TRANSLATE_NOOP("Problems", "memuat kode kecamatan (6 digit pertama) yang tidak dikenal"),
    "nik_birth_date": QT_TRANSLATE_NOOP("Problems", "memuat tanggal lahir (digit 7–12) yang tidak valid"),
    "nik_serial": QT_TRANSLATE_NOOP("Problems", "memuat nomor urut (4 digit terakhir) 0000 yang tidak valid"),
    "nik_placeholder": QT_TRANSLATE_NOOP("Problems", "tampak seperti NIK isian sementara, bukan NIK sebenarnya"),
    "nik_outside_region": QT_TRANSLATE_NOOP("Problems", "berasal dari luar provinsi setempat (kode provinsi "
                                                        "{provinsi}); periksa kembali"),
    "nik_sex_mismatch": QT_TRANSLATE_NOOP("Problems", "tidak sesuai dengan jenis kelamin (tanggal lahir perempuan "
                                                      "pada NIK ditambah 40)"),
    "nik_birth_date_mismatch": QT_TRANSLATE_NOOP("Problems", "tidak sesuai dengan tanggal lahir yang diisi"),
    "nik_age_mismatch": QT_TRANSLATE_NOOP("Problems", "menunjukkan umur yang berbeda lebih dari 1 tahun dengan "
                                                      "umur menurut tanggal lahir"),
    "nik_duplicate_in_household": QT_TRANSLATE_NOOP("Problems", "sama dengan NIK ART ke-{art_lain} dalam rumah "
                                                                "tangga ini"),
    "kk_format": QT_TRANSLATE_NOOP("Problems", "harus 16 digit angka"),
    "kk_region": QT_TRANSLATE_NOOP("Problems", "memuat kode wilayah (6 digit pertama) yang tidak dikenal"),
    "kk_date": QT_TRANSLATE_NOOP("Problems", "memuat tanggal pencatatan (digit 7–12) yang tidak valid"),
    "kk_serial": QT_TRANSLATE_NOOP("Problems", "memuat nomor urut (4 digit terakhir) 0000 yang tidak valid"),
    "kk_placeholder": QT_TRANSLATE_NOOP("Problems", "tampak seperti nomor KK isian sementara, bukan nomor "
                                                    "sebenarnya"),
    "kk_equals_nik": QT_TRANSLATE_NOOP("Problems", "tidak boleh sama dengan NIK anggota rumah tangga"),
    "kk_duplicate_in_household": QT_TRANSLATE_NOOP("Problems", "sama dengan Nomor KK keluarga ke-{keluarga_lain} "
                                                               "dalam rumah tangga ini"),
    "krt_kk_missing": QT_TRANSLATE_NOOP("Problems", "belum diisi untuk keluarga kepala rumah tangga"),
    "required": QT_TRANSLATE_NOOP("Problems", "wajib diisi"),
    "code_unknown": QT_TRANSLATE_NOOP("Problems", "berisi kode yang tidak ada dalam daftar kode"),
    "invalid_value": QT_TRANSLATE_NOOP("Problems", "berisi nilai yang tidak sesuai jenis isian"),
    "invalid_number": QT_TRANSLATE_NOOP("Problems", "harus berupa angka bulat"),
    "invalid_date": QT_TRANSLATE_NOOP("Problems", "harus tanggal yang benar dengan format hh-bb-tttt "
                                                  "(misalnya 17-08-1990)"),
    "out_of_range": QT_TRANSLATE_NOOP("Problems", "harus bernilai antara {min} dan {max}"),
    "out_of_range_min": QT_TRANSLATE_NOOP("Problems", "harus bernilai paling sedikit {min}"),
    "out_of_range_max": QT_TRANSLATE_NOOP("Problems", "harus bernilai paling banyak {max}"),
    "too_long": QT_TRANSLATE_NOOP("Problems", "paling banyak {max_len} karakter"),
    "date_future": QT_TRANSLATE_NOOP("Problems", "tidak boleh tanggal yang akan datang"),
    "skipped_filled": QT_TRANSLATE_NOOP("Problems", "seharusnya dilewati (tidak berlaku) tetapi terisi"),
    "hamil_implausible": QT_TRANSLATE_NOOP("Problems", "diisi hamil untuk ART yang belum kawin; periksa kembali"),
    "krt_count": QT_TRANSLATE_NOOP("Problems", "harus tepat satu ART dengan hubungan 1 (kepala rumah tangga); "
                                               "ditemukan {jumlah}"),
    "jumlah_art_mismatch": QT_TRANSLATE_NOOP("Problems", "tercatat {tercatat}, tetapi daftar ART berisi "
                                                         "{dihitung} orang"),
    "jumlah_keluarga_mismatch": QT_TRANSLATE_NOOP("Problems", "tercatat {tercatat}, tetapi ART terbagi dalam "
                                                              "{dihitung} keluarga"),
    "family_missing": QT_TRANSLATE_NOOP("Problems", "merujuk keluarga ke-{keluarga} yang tidak ada dalam rumah "
                                                    "tangga ini"),
    "family_duplicate": QT_TRANSLATE_NOOP("Problems", "dipakai lebih dari satu keluarga"),
    "kk_head_count": QT_TRANSLATE_NOOP("Problems", "kepala keluarga (hubungan 1) lebih dari satu dalam satu "
                                                   "keluarga ({jumlah} orang)"),
}


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class _Params(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def error_message(exc: BaseException) -> str:
    """The sentence shown for a handled core error."""
    if isinstance(exc, SiksError):
        template = ERROR_MESSAGES.get(exc.code)
        if template is None:
            return exc.message  # the core's own Indonesian sentence (never holds personal data)
        return _translate("Errors", template).format_map(_Params(exc.params))
    return QCoreApplication.translate("Errors", "Terjadi kesalahan yang tidak terduga.")


def field_caption(field: str, member: int | None = None) -> str:
    return caption(field, member)


def problem_text(problem: Problem) -> str:
    """The sentence next to a field: "<form no> <label> <what is wrong>" (no ART prefix)."""
    code = problem.code
    if code == "out_of_range":
        keys = {k for k, _ in problem.params}
        code = "out_of_range_min" if "max" not in keys else "out_of_range_max" if "min" not in keys else code
    template = PROBLEM_MESSAGES.get(code)
    params = _Params({k: v for k, v in problem.params})
    params.setdefault("code", problem.code)
    if template is None:
        body = QCoreApplication.translate("Problems", "tidak lolos pemeriksaan ({code})").format_map(params)
    else:
        body = _translate("Problems", template).format_map(params)
    return f"{field_caption(problem.field, problem.member)} {body}"


def problem_message(problem: Problem) -> str:
    """The sentence in the problems panel: prefixed with the ART or family it concerns."""
    text = problem_text(problem)
    if problem.member is not None:
        return QCoreApplication.translate("Problems", "ART ke-{n}: {text}").format(n=problem.member + 1, text=text)
    keluarga = problem.param("keluarga")
    if keluarga is not None and problem.code != "family_missing":
        return QCoreApplication.translate("Problems", "Keluarga ke-{n}: {text}").format(n=keluarga, text=text)
    return text


# ---------- unexpected errors ----------

def build_report(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    """Versions + stack frames. The exception's text is left out on purpose: it may hold a NIK or a name."""
    lines = [
        f"SIKS Desktop {core_version}",
        f"Python {platform.python_version()} · PySide6 {pyside_version} · Qt {qVersion()}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
        f"{exc_type.__module__}.{exc_type.__qualname__}",
    ]
    if isinstance(exc, SiksError):
        lines.append(f"code: {exc.code}")
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines)


def _short_path(path: str) -> str:
    for marker in ("siks_desktop", "ui", "site-packages"):
        key = f"/{marker}/"
        norm = path.replace("\\", "/")
        if key in norm:
            return marker + "/" + norm.split(key, 1)[1]
    return path.replace("\\", "/").rsplit("/", 1)[-1]


class ReportDialog(QDialog):
    """"Terjadi kesalahan tak terduga" with the report and a "Salin laporan" button."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kesalahan tak terduga"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Terjadi kesalahan yang tidak terduga. Pekerjaan yang belum disimpan tersimpan "
                               "sebagai draf. Salin laporan di bawah dan kirimkan ke admin. Laporan ini tidak "
                               "memuat NIK atau nama."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Salin laporan"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Tersalin"))


_showing: list[Any] = []


def show_report(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                parent: QWidget | None = None) -> None:
    report = build_report(exc_type, exc, tb)
    sys.stderr.write(report + "\n")
    if QApplication.instance() is None or _showing:
        return
    dialog = ReportDialog(report, parent)
    _showing.append(dialog)
    try:
        dialog.exec()
    finally:
        _showing.clear()


def report_error(parent: QWidget | None, exc: BaseException) -> None:
    """Handled errors → a message box with the translated sentence; anything else → the report dialog."""
    if isinstance(exc, SiksError):
        show_message(parent, error_message(exc))
        return
    show_report(type(exc), exc, exc.__traceback__, parent)


def show_message(parent: QWidget | None, text: str) -> None:
    """Kept in one function so tests can replace it."""
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "SIKS Desktop"), text)


def install_excepthook() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, SiksError):
            show_message(None, error_message(exc))
            return
        show_report(exc_type, exc, tb)

    sys.excepthook = hook
