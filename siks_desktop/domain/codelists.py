"""Code lists of the DTKS verval instrument, as versioned data.

Version ``pbdt2015.1`` is the PBDT 2015 / "Formulir Verivali DTKS" set of ../shared/docs/domain.md §1.3–§2.1
(sources cited there). Codes are stored as integers; ``width`` gives the official zero padding ("03").
A newer form (BPS Susenas 2021+, Regsosek) is added as another version, never by editing these in place.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

CODELIST_VERSION = "pbdt2015.1"


@dataclass(frozen=True)
class Code:
    code: int
    label: str


@dataclass(frozen=True)
class CodeList:
    name: str
    title: str
    codes: tuple[Code, ...]
    width: int = 1
    version: str = CODELIST_VERSION

    def __contains__(self, code: object) -> bool:
        return any(c.code == code for c in self.codes)

    def label(self, code: int | None) -> str:
        for c in self.codes:
            if c.code == code:
                return c.label
        return ""

    def format(self, code: int) -> str:
        """Official text form of a code, zero-padded ("03")."""
        return str(code).zfill(self.width)

    def display(self, code: int) -> str:
        return f"{self.format(code)} — {self.label(code)}"

    def parse(self, text: str) -> int | None:
        """Code typed on the paper form ("3", "03") → 3, or None when it is not in the list."""
        text = text.strip()
        if not text.isdigit():
            return None
        value = int(text)
        return value if value in self else None

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(c.code for c in self.codes)


def _cl(name: str, title: str, pairs: list[tuple[int, str]] | str, width: int = 1) -> CodeList:
    if isinstance(pairs, str):  # "1 Label; 2 Label" shorthand
        items = []
        for part in pairs.split(";"):
            code, _, label = part.strip().partition(" ")
            items.append((int(code), label.strip()))
        pairs = items
    return CodeList(name, title, tuple(Code(c, lbl) for c, lbl in pairs), width)


_LISTS: list[CodeList] = [
    # ---- Blok III Keterangan Perumahan (domain.md §1.3) ----
    _cl("sta_bangunan", "Status penguasaan bangunan",
        "1 Milik sendiri; 2 Kontrak/sewa; 3 Bebas sewa; 4 Dinas; 5 Lainnya"),
    _cl("sta_lahan", "Status lahan tempat tinggal",
        "1 Milik sendiri; 2 Milik orang lain; 3 Tanah negara; 4 Lainnya"),
    _cl("lantai", "Jenis lantai terluas",
        "1 Marmer/granit; 2 Keramik; 3 Parket/vinil/permadani; 4 Ubin/tegel/teraso; 5 Kayu/papan kualitas tinggi; "
        "6 Semen/bata merah; 7 Bambu; 8 Kayu/papan kualitas rendah; 9 Tanah; 10 Lainnya", width=2),
    _cl("dinding", "Jenis dinding terluas",
        "1 Tembok; 2 Plesteran anyaman bambu/kawat; 3 Kayu; 4 Anyaman bambu; 5 Batang kayu; 6 Bambu; 7 Lainnya"),
    _cl("kondisi", "Kondisi", "1 Bagus/kualitas tinggi; 2 Jelek/kualitas rendah"),
    _cl("atap", "Jenis atap terluas",
        "1 Beton/genteng beton; 2 Genteng keramik; 3 Genteng metal; 4 Genteng tanah liat; 5 Asbes; 6 Seng; 7 Sirap; "
        "8 Bambu; 9 Jerami/ijuk/daun-daunan/rumbia; 10 Lainnya", width=2),
    _cl("sumber_airminum", "Sumber air minum",
        "1 Air kemasan bermerk; 2 Air isi ulang; 3 Leding meteran; 4 Leding eceran; 5 Sumur bor/pompa; "
        "6 Sumur terlindung; 7 Sumur tak terlindung; 8 Mata air terlindung; 9 Mata air tak terlindung; "
        "10 Air sungai/danau/waduk; 11 Air hujan; 12 Lainnya", width=2),
    _cl("cara_peroleh_airminum", "Cara memperoleh air minum", "1 Membeli eceran; 2 Langganan; 3 Tidak membeli"),
    _cl("sumber_penerangan", "Sumber penerangan utama", "1 Listrik PLN; 2 Listrik non-PLN; 3 Bukan listrik"),
    _cl("daya", "Daya terpasang",
        "1 450 W; 2 900 W; 3 1300 W; 4 2200 W; 5 >2200 W; 6 Tanpa meteran"),
    _cl("bb_masak", "Bahan bakar/energi utama memasak",
        "1 Listrik; 2 Gas >3 kg; 3 Gas 3 kg; 4 Gas kota/biogas; 5 Minyak tanah; 6 Briket; 7 Arang; 8 Kayu bakar; "
        "9 Tidak memasak di rumah"),
    _cl("fasbab", "Penggunaan fasilitas BAB", "1 Sendiri; 2 Bersama; 3 Umum; 4 Tidak ada"),
    _cl("kloset", "Jenis kloset", "1 Leher angsa; 2 Plengsengan; 3 Cemplung/cubluk; 4 Tidak pakai"),
    _cl("buang_tinja", "Tempat pembuangan akhir tinja",
        "1 Tangki; 2 SPAL; 3 Lubang tanah; 4 Kolam/sawah/sungai/danau/laut; 5 Pantai/tanah lapang/kebun; 6 Lainnya"),
    # ---- Blok IV Keterangan Sosial Ekonomi ART (domain.md §1.4) ----
    _cl("hub_krt", "Hubungan dengan kepala rumah tangga",
        "1 Kepala rumah tangga; 2 Istri/suami; 3 Anak; 4 Menantu; 5 Cucu; 6 Orang tua/mertua; 7 Pembantu ruta; "
        "8 Lainnya"),
    _cl("hub_kk", "Hubungan dengan kepala keluarga",
        "1 Kepala keluarga; 2 Istri/suami; 3 Anak; 4 Menantu; 5 Cucu; 6 Orang tua/mertua; 7 Pembantu; 8 Lainnya"),
    _cl("jenis_kelamin", "Jenis kelamin", "1 Laki-laki; 2 Perempuan"),
    _cl("status_kawin", "Status perkawinan", "1 Belum kawin; 2 Kawin/nikah; 3 Cerai hidup; 4 Cerai mati"),
    _cl("akta_nikah", "Ada akta/buku nikah atau cerai",
        "0 Tidak; 1 Ya, dapat ditunjukkan; 2 Ya, tidak dapat ditunjukkan"),
    _cl("ya_tidak", "Ya/Tidak", "1 Ya; 2 Tidak"),
    # Kartu identitas is a bit-sum: 1 Akta kelahiran + 2 Kartu pelajar + 4 KTP + 8 SIM (0..15)
    _cl("kartu_identitas", "Kartu identitas (jumlah kode)",
        [(0, "Tidak memiliki")] + [
            (n, " + ".join(lbl for bit, lbl in ((1, "Akta kelahiran"), (2, "Kartu pelajar"), (4, "KTP"), (8, "SIM"))
                           if n & bit))
            for n in range(1, 16)
        ], width=2),
    _cl("jenis_cacat", "Jenis cacat/disabilitas",
        "0 Tidak cacat; 1 Tuna daksa/cacat tubuh; 2 Tuna netra; 3 Tuna rungu; 4 Tuna wicara; 5 Rungu & wicara; "
        "6 Netra & cacat tubuh; 7 Netra, rungu & wicara; 8 Rungu, wicara & cacat tubuh; "
        "9 Rungu, wicara, netra & cacat tubuh; 10 Cacat mental retardasi; 11 Mantan penderita gangguan jiwa; "
        "12 Cacat fisik & mental", width=2),
    _cl("penyakit_kronis", "Penyakit kronis/menahun",
        "0 Tidak ada; 1 Hipertensi; 2 Rematik; 3 Asma; 4 Masalah jantung; 5 Diabetes; 6 TBC; 7 Stroke; "
        "8 Kanker/tumor ganas; 9 Lainnya (gagal ginjal, paru-paru flek, dsb)"),
    _cl("partisipasi_sekolah", "Partisipasi sekolah",
        "0 Tidak/belum pernah sekolah; 1 Masih sekolah; 2 Tidak bersekolah lagi"),
    _cl("pendidikan", "Jenjang pendidikan tertinggi",
        "1 SD/SDLB; 2 Paket A; 3 M. Ibtidaiyah; 4 SMP/SMPLB; 5 Paket B; 6 M. Tsanawiyah; 7 SMA/SMK/SMALB; "
        "8 Paket C; 9 M. Aliyah; 10 Perguruan tinggi", width=2),
    _cl("kelas", "Kelas tertinggi", "1 Kelas 1; 2 Kelas 2; 3 Kelas 3; 4 Kelas 4; 5 Kelas 5; 6 Kelas 6; 7 Kelas 7; "
        "8 Tamat"),
    _cl("ijazah", "Ijazah tertinggi",
        "0 Tidak punya; 1 SD/sederajat; 2 SMP/sederajat; 3 SMA/sederajat; 4 D1/D2/D3; 5 D4/S1; 6 S2/S3"),
    _cl("lapangan_usaha", "Lapangan usaha pekerjaan utama",
        "1 Pertanian tanaman padi & palawija; 2 Hortikultura; 3 Perkebunan; 4 Perikanan tangkap; "
        "5 Perikanan budidaya; 6 Peternakan; 7 Kehutanan & pertanian lainnya; 8 Pertambangan/penggalian; "
        "9 Industri pengolahan; 10 Listrik dan gas; 11 Bangunan/konstruksi; 12 Perdagangan; 13 Hotel & rumah makan; "
        "14 Transportasi & pergudangan; 15 Informasi & komunikasi; 16 Keuangan & asuransi; 17 Jasa pendidikan; "
        "18 Jasa kesehatan; 19 Jasa kemasyarakatan, pemerintahan & perorangan; 20 Pemulung; 21 TKI; 22 Lainnya",
        width=2),
    _cl("status_pekerjaan", "Status kedudukan dalam pekerjaan",
        "1 Berusaha sendiri; 2 Berusaha dibantu buruh tidak tetap/tidak dibayar; 3 Berusaha dibantu buruh "
        "tetap/dibayar; 4 Buruh/karyawan/pegawai swasta; 5 PNS/TNI/Polri/BUMN/BUMD/anggota legislatif; "
        "6 Pekerja bebas pertanian; 7 Pekerja bebas non-pertanian; 8 Pekerja keluarga/tidak dibayar"),
    # ---- Status verval (domain.md §2.1, Decision "Status codes") ----
    _cl("status_ruta", "Hasil verval rumah tangga",
        "1 Ditemukan (selesai diverval); 2 Tidak ditemukan; 3 Pindah/bangunan tidak ada; "
        "4 Bagian dari ruta lain (prelist); 5 Ganda; 6 Menolak/tidak bersedia; 7 Usulan baru"),
    _cl("status_art", "Keberadaan anggota rumah tangga",
        "1 Tinggal bersama ruta; 2 Meninggal; 3 Pindah (dalam negeri); 4 Pindah (luar negeri); "
        "5 Tidak ditemukan; 6 ART baru"),
    _cl("desil", "Desil kesejahteraan P3KE", "1 Desil 1; 2 Desil 2; 3 Desil 3; 4 Desil 4"),
    _cl("keputusan_musyawarah", "Keputusan musyawarah",
        "1 Layak diusulkan; 2 Tidak layak (mampu); 3 Verval ulang; 4 Usulan hapus"),
]

# Blok V items coded Ya/Tidak alternate between 1/2 and 3/4 on the official form (domain.md §1.5):
YA_TIDAK_12 = (1, 2)
YA_TIDAK_34 = (3, 4)

CODELISTS: Mapping[str, CodeList] = MappingProxyType({cl.name: cl for cl in _LISTS})


def codelist(name: str) -> CodeList:
    return CODELISTS[name]


def yes_no_code(value: bool | None, pair: tuple[int, int]) -> int | None:
    """Official code of a Ya/Tidak item: ``pair`` is YA_TIDAK_12 or YA_TIDAK_34 (from the instrument registry)."""
    if value is None:
        return None
    return pair[0] if value else pair[1]


def yes_no_value(code: int | str | None, pair: tuple[int, int]) -> bool | None:
    """Inverse of yes_no_code; accepts the pair's codes only (a 3 where 1/2 is expected is not silently taken)."""
    if code is None or code == "":
        return None
    num = int(code)
    if num == pair[0]:
        return True
    if num == pair[1]:
        return False
    raise ValueError(f"code {num} not in {pair}")


SOURCES: Mapping[str, str] = MappingProxyType({
    "dtks": "DTKS",
    "p3ke": "P3KE",
    "kjp": "KJP Plus",
    "kjmu": "KJMU",
    "stunting": "Stunting",
    "usulan_baru": "Usulan baru",
})

ROLES: Mapping[str, str] = MappingProxyType({
    "operator": "Operator kelurahan/desa",
    "lurah": "Lurah/Kepala desa",
    "kecamatan": "Operator kecamatan/kota",
    "dinsos": "Dinas Sosial",
    "admin": "Administrator",
})

RECORD_STATES: Mapping[str, str] = MappingProxyType({
    "draf": "Draf",
    "final": "Final",
    "terkirim": "Terkirim",
})

RECORD_KINDS: Mapping[str, str] = MappingProxyType({
    "perbaikan": "Perbaikan data DTKS",
    "usulan_baru": "Usulan baru",
    "hapus": "Usulan hapus/non-aktif",
})
