"""A realistic synthetic Berita Acara input (names are invented)."""
from __future__ import annotations

import datetime as dt
import random

from siks_desktop.io.documents.berita_acara import (BeritaAcaraCounts, BeritaAcaraData, HouseholdRow, Pejabat,
                                                    Peserta, count_keputusan)

_DEPAN = ["Ahmad", "Siti", "Budi", "Dewi", "Rahmat", "Nur", "Agus", "Sri", "Yusuf", "Wati", "Hendra", "Rina",
          "Joko", "Fitri", "Slamet", "Ani", "Bambang", "Lestari", "Dedi", "Yanti"]
_BELAKANG = ["Hidayat", "Rahayu", "Saputra", "Wulandari", "Setiawan", "Kurniawati", "Pratama", "Handayani",
             "Nugroho", "Susanti", "Gunawan", "Permata", "Hakim", "Maharani", "Siregar", "Simanjuntak"]
_JALAN = ["Jl. Kebon Kelapa", "Jl. Tanah Abang II", "Jl. Batu Tulis", "Gg. Sawo", "Jl. Krekot Bunder",
          "Jl. Cideng Timur", "Gg. Kenari", "Jl. Sukarjo Wiryopranoto"]
_KEP = {1: "Layak diusulkan", 2: "Tidak layak (mampu)", 3: "Verval ulang", 4: "Usulan hapus"}
_STATUS = ["Ditemukan", "Ditemukan", "Ditemukan", "Tidak ditemukan", "Pindah", "Ganda", "Usulan baru"]
_ALASAN = {1: "Memenuhi kriteria fakir miskin (Kepmensos 262/HUK/2022)", 2: "Memiliki usaha dan kendaraan roda empat",
           3: "Data KK tidak padan dengan Dukcapil", 4: "KRT meninggal, ART pindah ke luar kota"}


def sample_ba(n_households: int = 60, *, paper: str = "A4", seed: int = 5) -> BeritaAcaraData:
    rnd = random.Random(seed)
    households = []
    for i in range(1, n_households + 1):
        kep = rnd.choices([1, 2, 3, 4], weights=[6, 2, 1, 1])[0]
        households.append(HouseholdRow(
            no=i, id_dtks=f"3171{rnd.randrange(10**10, 10**11)}", nik=f"3171{rnd.randrange(10**11, 10**12)}",
            no_kk=f"3171{rnd.randrange(10**11, 10**12)}",
            nama_krt=f"{rnd.choice(_DEPAN)} {rnd.choice(_BELAKANG)}",
            alamat=f"{rnd.choice(_JALAN)} No. {rnd.randrange(1, 120)}", rt=f"{rnd.randrange(1, 15):03d}",
            rw=f"{rnd.randrange(1, 9):03d}", status_verval=rnd.choice(_STATUS), keputusan=_KEP[kep],
            alasan=_ALASAN[kep], keputusan_code=kep))
    households[0] = HouseholdRow(**{**households[0].__dict__, "nama_krt": "Sumarni Wijayakusuma"})
    peserta = (
        Peserta("Budi Santoso, S.Sos", "Lurah Gambir", "Pemerintah kelurahan"),
        Peserta("Dra. Endang Kusumawati", "Sekretaris Kelurahan", "Pemerintah kelurahan"),
        Peserta("Hendra Gunawan, S.E.", "Kasi Kesejahteraan Sosial", "Pemerintah kelurahan"),
        Peserta("H. Abdul Rachman", "Ketua LMK", "Lembaga Musyawarah Kelurahan"),
        Peserta("Siti Aminah", "Operator SIKS Kelurahan", "Pemerintah kelurahan"),
        *(Peserta(f"{_DEPAN[k]} {_BELAKANG[k]}", f"Ketua RW {k + 1:03d}", "Ketua RW/RT") for k in range(8)),
        Peserta("Yusuf Maulana", "TKSK Kecamatan Gambir", "TKSK"),
        Peserta("Rina Handayani", "Pendamping PKH", "PSM/Pendamping PKH"),
        Peserta("Ustaz Hasanuddin", "Tokoh Masyarakat", "Tokoh masyarakat"),
        Peserta("Maria Simanjuntak", "Tokoh Perempuan", "Tokoh masyarakat", hadir=False),
    )
    kep = count_keputusan(households)
    st = {s: sum(1 for h in households if h.status_verval == s) for s in set(_STATUS)}
    counts = BeritaAcaraCounts(ruta_diverifikasi=n_households, art_diverifikasi=n_households * 3 + 7,
                               ditemukan=st.get("Ditemukan", 0), tidak_ditemukan=st.get("Tidak ditemukan", 0),
                               pindah=st.get("Pindah", 0), meninggal=4, ganda=st.get("Ganda", 0),
                               usulan_baru=st.get("Usulan baru", 0), **kep)
    return BeritaAcaraData(
        doc_id="BA-3171011001-2026-001", nomor="400.9.3/001/BA/2026",
        kota="Kota Administrasi Jakarta Pusat", kecamatan="Gambir", kelurahan="Gambir",
        kelurahan_code="3171011001",
        alamat_kantor="Jl. Tanah Abang I No. 1, Gambir, Jakarta Pusat 10160 · Telp. (021) 3846702",
        tanggal=dt.date(2026, 11, 23), waktu="09.00", tempat="Aula Kantor Kelurahan Gambir",
        pimpinan=Pejabat("Budi Santoso, S.Sos", "Lurah Gambir", "19780512 200312 1 004"),
        notulen=Pejabat("Siti Aminah", "Operator SIKS Kelurahan"),
        peserta=peserta, households=tuple(households), counts=counts,
        kesimpulan=(f"Sebanyak {kep['layak_diusulkan']} rumah tangga dinyatakan layak dan diusulkan masuk DTKS "
                    "melalui Dinas Sosial Provinsi DKI Jakarta.",
                    "Rumah tangga yang diputuskan verval ulang akan dikunjungi kembali oleh petugas sebelum "
                    "musyawarah berikutnya.",
                    "Usulan hapus disampaikan kepada Dinas Sosial untuk ditindaklanjuti sesuai ketentuan."),
        wakil_peserta=(Pejabat("H. Abdul Rachman", "Ketua LMK Gambir"),),
        tahap="Tahap II Tahun 2026", paper=paper)
