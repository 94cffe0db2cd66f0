"""Every variable of the DTKS verval instrument, once (domain.md §1.1–§1.5).

This registry drives the documentation table (docs/instrument.md), the household form's labels and code lists, the
validation rules and the official BDT/DTKS export. A test checks it against the ORM models, so a variable cannot be
added to one and forgotten in the other.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, Mapping

from .codelists import YA_TIDAK_12, YA_TIDAK_34

Kind = Literal["code", "int", "float", "text", "date", "yesno"]
Level = Literal["ruta", "keluarga", "art"]


@dataclass(frozen=True)
class Variable:
    name: str            # column name in our models (snake_case)
    level: Level         # ruta / keluarga / art
    block: str           # "I", "II", "III", "IV", "V", "ext" (local extension)
    form_no: str         # number on the paper form, e.g. "III.7"
    label: str           # Indonesian label as on the form
    kind: Kind
    codelist: str | None = None
    bdt: str | None = None           # column name in the BDT/DTKS export (domain.md §1.2, §1.4)
    pair: tuple[int, int] | None = None  # official Ya/Tidak codes for kind "yesno"
    min: float | None = None
    max: float | None = None
    max_len: int | None = None
    stored_as: str | None = None     # "table.column" when not the variable's own column on its level's table

    @property
    def caption(self) -> str:
        return f"{self.form_no} {self.label}"


def _v(*args, **kw) -> Variable:  # type: ignore[no-untyped-def]
    return Variable(*args, **kw)


RUTA_VARS: tuple[Variable, ...] = (
    # Blok I Pengenalan Tempat (provinsi..desa come from kelurahan_kode)
    _v("kelurahan_kode", "ruta", "I", "I.1-4", "Provinsi/Kab/Kota/Kecamatan/Desa (kode Kemendagri)", "text",
       bdt="KDDESA", max_len=13),
    _v("nama_sls", "ruta", "I", "I.5", "Nama SLS", "text", bdt="Nama_SLS", max_len=120),
    _v("rw", "ruta", "I", "I.5a", "RW", "text", max_len=3),
    _v("rt", "ruta", "I", "I.5b", "RT", "text", max_len=3),
    _v("alamat", "ruta", "I", "I.6", "Alamat", "text", bdt="Alamat", max_len=250),
    _v("nomor_urut_prelist", "ruta", "I", "I.7", "Nomor urut rumah tangga (dari prelist)", "int", min=1),
    _v("nama_krt", "ruta", "I", "I.8", "Nama kepala rumah tangga", "text", bdt="Nama_KRT", max_len=120),
    _v("jumlah_art", "ruta", "I", "I.9", "Jumlah ART", "int", bdt="Jumlah_ART", min=0, max=99),
    _v("jumlah_keluarga", "ruta", "I", "I.10", "Jumlah keluarga", "int", bdt="Jumlah_Keluarga", min=0, max=10),
    # I.11 No. KK of each family: the keluarga table
    # Blok II Keterangan Petugas dan Responden
    _v("tanggal_verval", "ruta", "II", "II.1", "Tanggal verivali", "date"),
    _v("nama_petugas", "ruta", "II", "II.2", "Nama petugas verivali", "text", max_len=120),
    _v("tanggal_pemeriksaan", "ruta", "II", "II.3", "Tanggal pemeriksaan", "date"),
    _v("nama_pemeriksa", "ruta", "II", "II.4", "Nama pemeriksa", "text", max_len=120),
    _v("status_verval", "ruta", "II", "II.5", "Hasil verivali", "code", "status_ruta", bdt="sta_keberadaan_RT"),
    # Blok III Keterangan Perumahan
    _v("sta_bangunan", "ruta", "III", "III.1a", "Status penguasaan bangunan tempat tinggal", "code", "sta_bangunan",
       bdt="sta_bangunan"),
    _v("sta_lahan", "ruta", "III", "III.1b", "Status lahan tempat tinggal", "code", "sta_lahan", bdt="sta_lahan"),
    _v("luas_lantai", "ruta", "III", "III.2", "Luas lantai (m²)", "int", bdt="luas_lantai", min=1, max=10000),
    _v("lantai", "ruta", "III", "III.3", "Jenis lantai terluas", "code", "lantai", bdt="lantai"),
    _v("dinding", "ruta", "III", "III.4a", "Jenis dinding terluas", "code", "dinding", bdt="dinding"),
    _v("kondisi_dinding", "ruta", "III", "III.4b", "Kondisi dinding", "code", "kondisi", bdt="kondisi_dinding"),
    _v("atap", "ruta", "III", "III.5a", "Jenis atap terluas", "code", "atap", bdt="atap"),
    _v("kondisi_atap", "ruta", "III", "III.5b", "Kondisi atap", "code", "kondisi", bdt="kondisi_atap"),
    _v("jumlah_kamar", "ruta", "III", "III.6", "Jumlah kamar tidur", "int", bdt="jumlah_kamar", min=0, max=50),
    _v("sumber_airminum", "ruta", "III", "III.7", "Sumber air minum", "code", "sumber_airminum",
       bdt="sumber_airminum"),
    _v("nomor_meter_air", "ruta", "III", "III.7a", "Nomor meter air", "text", bdt="nomor_meter_air", max_len=40),
    _v("cara_peroleh_airminum", "ruta", "III", "III.8", "Cara memperoleh air minum", "code", "cara_peroleh_airminum",
       bdt="cara_peroleh_airminum"),
    _v("sumber_penerangan", "ruta", "III", "III.9a", "Sumber penerangan utama", "code", "sumber_penerangan",
       bdt="sumber_penerangan"),
    _v("daya", "ruta", "III", "III.9b", "Daya terpasang", "code", "daya", bdt="daya"),
    _v("nomor_pln", "ruta", "III", "III.9c", "ID pelanggan PLN", "text", bdt="nomor_pln", max_len=20),
    _v("bb_masak", "ruta", "III", "III.10", "Bahan bakar/energi utama memasak", "code", "bb_masak", bdt="bb_masak"),
    _v("nomor_gas", "ruta", "III", "III.10a", "Nomor pelanggan gas", "text", bdt="nomor_gas", max_len=40),
    _v("fasbab", "ruta", "III", "III.11a", "Penggunaan fasilitas BAB", "code", "fasbab", bdt="fasbab"),
    _v("kloset", "ruta", "III", "III.11b", "Jenis kloset", "code", "kloset", bdt="kloset"),
    _v("buang_tinja", "ruta", "III", "III.12", "Tempat pembuangan akhir tinja", "code", "buang_tinja",
       bdt="buang_tinja"),
    # Blok V.1 aset bergerak: Ya/Tidak alternating 1/2 and 3/4 (domain.md §1.5)
    _v("ada_tabung_gas", "ruta", "V", "V.1a", "Tabung gas 5,5 kg atau lebih", "yesno", bdt="ada_tabung_gas",
       pair=YA_TIDAK_12),
    _v("ada_lemari_es", "ruta", "V", "V.1b", "Lemari es/kulkas", "yesno", bdt="ada_lemari_es", pair=YA_TIDAK_34),
    _v("ada_ac", "ruta", "V", "V.1c", "AC", "yesno", bdt="ada_ac", pair=YA_TIDAK_12),
    _v("ada_pemanas", "ruta", "V", "V.1d", "Pemanas air (water heater)", "yesno", bdt="ada_pemanas",
       pair=YA_TIDAK_34),
    _v("ada_telepon", "ruta", "V", "V.1e", "Telepon", "yesno", bdt="ada_telepon", pair=YA_TIDAK_12),
    _v("ada_tv", "ruta", "V", "V.1f", "Televisi", "yesno", bdt="ada_tv", pair=YA_TIDAK_34),
    _v("ada_emas", "ruta", "V", "V.1g", "Emas/perhiasan & tabungan (senilai 10 gram emas)", "yesno", bdt="ada_emas",
       pair=YA_TIDAK_12),
    _v("ada_laptop", "ruta", "V", "V.1h", "Komputer/laptop", "yesno", bdt="ada_laptop", pair=YA_TIDAK_34),
    _v("ada_sepeda", "ruta", "V", "V.1i", "Sepeda", "yesno", bdt="ada_sepeda", pair=YA_TIDAK_12),
    _v("ada_motor", "ruta", "V", "V.1j", "Sepeda motor", "yesno", bdt="ada_motor", pair=YA_TIDAK_34),
    _v("ada_mobil", "ruta", "V", "V.1k", "Mobil", "yesno", bdt="ada_mobil", pair=YA_TIDAK_12),
    _v("ada_perahu", "ruta", "V", "V.1l", "Perahu", "yesno", bdt="ada_perahu", pair=YA_TIDAK_34),
    _v("ada_motor_tempel", "ruta", "V", "V.1m", "Motor tempel", "yesno", bdt="ada_motor_tempel", pair=YA_TIDAK_12),
    _v("ada_perahu_motor", "ruta", "V", "V.1n", "Perahu motor", "yesno", bdt="ada_perahu_motor", pair=YA_TIDAK_34),
    _v("ada_kapal", "ruta", "V", "V.1o", "Kapal", "yesno", bdt="ada_kapal", pair=YA_TIDAK_12),
    # Blok V.2 aset tidak bergerak, ternak, usaha
    _v("aset_tak_bergerak", "ruta", "V", "V.2a", "Memiliki aset tidak bergerak (lahan)", "yesno",
       bdt="aset_tak_bergerak", pair=YA_TIDAK_12),
    _v("luas_atb", "ruta", "V", "V.2a1", "Luas aset tidak bergerak (m²)", "int", bdt="luas_atb", min=0),
    _v("rumah_lain", "ruta", "V", "V.2b", "Rumah di tempat lain", "yesno", bdt="rumah_lain", pair=YA_TIDAK_34),
    _v("jumlah_sapi", "ruta", "V", "V.2c1", "Jumlah sapi", "int", bdt="jumlah_sapi", min=0, max=9999),
    _v("jumlah_kerbau", "ruta", "V", "V.2c2", "Jumlah kerbau", "int", bdt="jumlah_kerbau", min=0, max=9999),
    _v("jumlah_kuda", "ruta", "V", "V.2c3", "Jumlah kuda", "int", bdt="jumlah_kuda", min=0, max=9999),
    _v("jumlah_babi", "ruta", "V", "V.2c4", "Jumlah babi", "int", bdt="jumlah_babi", min=0, max=9999),
    _v("jumlah_kambing", "ruta", "V", "V.2c5", "Jumlah kambing/domba", "int", bdt="jumlah_kambing", min=0, max=9999),
    _v("sta_art_usaha", "ruta", "V", "V.2d", "ART memiliki usaha sendiri/bersama", "yesno", bdt="sta_art_usaha",
       pair=YA_TIDAK_12),
    # Blok V.3 keikutsertaan program (ruta), same alternation
    _v("sta_kks", "ruta", "V", "V.3a", "KKS/KPS", "yesno", bdt="sta_kks", pair=YA_TIDAK_12),
    _v("sta_kip", "ruta", "V", "V.3b", "KIP/BSM", "yesno", bdt="sta_kip", pair=YA_TIDAK_34),
    _v("sta_kis", "ruta", "V", "V.3c", "KIS/BPJS Kesehatan PBI", "yesno", bdt="sta_kis", pair=YA_TIDAK_12),
    _v("sta_bpjs_mandiri", "ruta", "V", "V.3d", "BPJS Kesehatan mandiri", "yesno", bdt="sta_bpjs_mandiri",
       pair=YA_TIDAK_34),
    _v("sta_jamsostek", "ruta", "V", "V.3e", "Jamsostek/BPJS Ketenagakerjaan", "yesno", bdt="sta_jamsostek",
       pair=YA_TIDAK_12),
    _v("sta_asuransi", "ruta", "V", "V.3f", "Asuransi kesehatan lainnya", "yesno", bdt="sta_asuransi",
       pair=YA_TIDAK_34),
    _v("sta_pkh", "ruta", "V", "V.3g", "PKH", "yesno", bdt="sta_pkh", pair=YA_TIDAK_12),
    _v("sta_rastra", "ruta", "V", "V.3h", "Raskin/Rastra/BPNT", "yesno", bdt="sta_rastra", pair=YA_TIDAK_34),
    _v("sta_kur", "ruta", "V", "V.3i", "KUR", "yesno", bdt="sta_kur", pair=YA_TIDAK_12),
)

KELUARGA_VARS: tuple[Variable, ...] = (
    _v("nomor_urut", "keluarga", "I", "I.11", "Nomor urut keluarga (NUK)", "int", bdt="NUK", min=1, max=10),
    _v("no_kk", "keluarga", "I", "I.11", "Nomor Kartu Keluarga", "text", bdt="NoKK", max_len=16),
)

ART_VARS: tuple[Variable, ...] = (
    _v("no_urut", "art", "IV", "IV.1", "Nomor urut ART", "int", min=1, max=99),
    _v("nama", "art", "IV", "IV.2", "Nama", "text", bdt="Nama", max_len=120),
    _v("nik", "art", "IV", "IV.3", "NIK", "text", bdt="NIK", max_len=16),
    _v("hub_krt", "art", "IV", "IV.4", "Hubungan dengan kepala rumah tangga", "code", "hub_krt", bdt="Hub_KRT"),
    _v("nomor_urut_keluarga", "art", "IV", "IV.5", "Nomor urut keluarga", "int", bdt="NUK", min=1, max=10,
       stored_as="keluarga.nomor_urut"),  # through anggota.keluarga_id
    _v("hub_kk", "art", "IV", "IV.6", "Hubungan dengan kepala keluarga", "code", "hub_kk", bdt="Hubkel"),
    _v("jenis_kelamin", "art", "IV", "IV.7", "Jenis kelamin", "code", "jenis_kelamin", bdt="JnsKel"),
    _v("tempat_lahir", "art", "IV", "IV.8a", "Tempat lahir", "text", bdt="TmpLahir", max_len=80),
    _v("tanggal_lahir", "art", "IV", "IV.8b", "Tanggal lahir", "date", bdt="TglLahir"),
    _v("status_kawin", "art", "IV", "IV.9", "Status perkawinan", "code", "status_kawin", bdt="Sta_kawin"),
    _v("akta_nikah", "art", "IV", "IV.10", "Kepemilikan akta/buku nikah atau cerai", "code", "akta_nikah",
       bdt="Ada_akta_nikah"),
    _v("tercantum_kk", "art", "IV", "IV.11", "Tercantum dalam Kartu Keluarga", "code", "ya_tidak", bdt="Ada_diKK"),
    _v("kartu_identitas", "art", "IV", "IV.12", "Kepemilikan kartu identitas", "code", "kartu_identitas",
       bdt="Ada_kartu_identitas"),
    _v("hamil", "art", "IV", "IV.13", "Sedang hamil", "code", "ya_tidak", bdt="Sta_hamil"),
    _v("jenis_cacat", "art", "IV", "IV.14", "Jenis cacat/disabilitas", "code", "jenis_cacat", bdt="Jenis_cacat"),
    _v("penyakit_kronis", "art", "IV", "IV.15", "Penyakit kronis/menahun", "code", "penyakit_kronis",
       bdt="Penyakit_kronis"),
    _v("partisipasi_sekolah", "art", "IV", "IV.16", "Partisipasi sekolah", "code", "partisipasi_sekolah",
       bdt="Partisipasi_sekolah"),
    _v("pendidikan", "art", "IV", "IV.17", "Jenjang pendidikan tertinggi", "code", "pendidikan",
       bdt="Pendidikan_tertinggi"),
    _v("kelas", "art", "IV", "IV.18", "Kelas tertinggi", "code", "kelas", bdt="Kelas_tertinggi"),
    _v("ijazah", "art", "IV", "IV.19", "Ijazah tertinggi", "code", "ijazah", bdt="Ijazah_tertinggi"),
    _v("bekerja", "art", "IV", "IV.20", "Bekerja/membantu bekerja seminggu lalu", "code", "ya_tidak",
       bdt="Sta_Bekerja"),
    _v("jam_kerja", "art", "IV", "IV.21", "Jumlah jam kerja seminggu lalu", "int", bdt="Jumlah_jamkerja", min=0,
       max=168),
    _v("lapangan_usaha", "art", "IV", "IV.22", "Lapangan usaha pekerjaan utama", "code", "lapangan_usaha",
       bdt="Lapangan_usaha"),
    _v("status_pekerjaan", "art", "IV", "IV.23", "Status kedudukan dalam pekerjaan", "code", "status_pekerjaan",
       bdt="Status_pekerjaan"),
    _v("status_art", "art", "IV", "IV.24", "Keberadaan ART (hasil verval)", "code", "status_art",
       bdt="Sta_keberadaan_art"),
    _v("nama_ibu_kandung", "art", "IV", "IV.25", "Nama gadis ibu kandung", "text", bdt="namagadis_ibukandung",
       max_len=120),
    _v("domisili_sesuai_ktp", "art", "IV", "IV.26", "Domisili sesuai alamat KTP/KK", "code", "ya_tidak"),
    # ART-level programme flags (domain.md §1.4/§1.5)
    _v("ada_kks", "art", "V", "V.4a", "ART memiliki KKS", "yesno", bdt="Ada_kks", pair=YA_TIDAK_12),
    _v("ada_pbi", "art", "V", "V.4b", "ART peserta PBI-JK", "yesno", bdt="Ada_pbi", pair=YA_TIDAK_34),
    _v("ada_kip", "art", "V", "V.4c", "ART penerima KIP/PIP", "yesno", bdt="Ada_kip", pair=YA_TIDAK_12),
    _v("ada_pkh", "art", "V", "V.4d", "ART peserta PKH", "yesno", bdt="Ada_pkh", pair=YA_TIDAK_34),
    _v("ada_bpnt", "art", "V", "V.4e", "ART penerima BPNT/Sembako (dahulu Rastra)", "yesno", bdt="Ada_rastra",
       pair=YA_TIDAK_12),
    # Jakarta local extensions (APBD programmes, not Kemensos): exported in our own columns, never into BDT ones
    _v("kjp_plus", "art", "ext", "X.1", "Penerima KJP Plus", "yesno", pair=YA_TIDAK_12),
    _v("kjmu", "art", "ext", "X.2", "Penerima KJMU", "yesno", pair=YA_TIDAK_12),
    _v("kaj", "art", "ext", "X.3", "Penerima Kartu Anak Jakarta (KAJ)", "yesno", pair=YA_TIDAK_12),
)

ALL_VARS: tuple[Variable, ...] = RUTA_VARS + KELUARGA_VARS + ART_VARS

RUTA: Mapping[str, Variable] = MappingProxyType({v.name: v for v in RUTA_VARS})
KELUARGA: Mapping[str, Variable] = MappingProxyType({v.name: v for v in KELUARGA_VARS})
ART: Mapping[str, Variable] = MappingProxyType({v.name: v for v in ART_VARS})
