"""Indonesian name and place data for the synthetic demo kelurahan (services/demo.py).

A Jakarta mix: Betawi, Javanese, Sundanese, Batak, Minang and Chinese-Indonesian naming. Names are invented
combinations of common given names; any likeness to a real person is chance. Tuples only (never sets), so that
iteration order, and therefore the demo data, is the same in every process.
"""
from __future__ import annotations

# ---- Given names by group and sex ----
MALE_COMMON: tuple[str, ...] = (
    "Ahmad", "Muhammad", "Abdul", "Agus", "Andi", "Arif", "Bayu", "Dimas", "Eko", "Fajar", "Hendra", "Irfan",
    "Rizky", "Yusuf", "Ilham", "Rahmat", "Hidayat", "Fauzi", "Reza", "Aditya", "Fikri", "Galih", "Hafiz", "Taufik",
    "Syahrul", "Ridwan", "Zainal", "Hamzah", "Imam", "Lukman", "Nur", "Rudi", "Firman", "Arya", "Farhan", "Akbar",
)
MALE_BETAWI: tuple[str, ...] = (
    "Mamat", "Rojali", "Sabeni", "Jaelani", "Samsudin", "Muhidin", "Salim", "Mursid", "Napi", "Rohim", "Sarmili",
    "Jiih", "Mandra", "Udin", "Marzuki", "Saman", "Juned", "Sanip", "Naim", "Romli",
)
MALE_JAWA: tuple[str, ...] = (
    "Budi", "Joko", "Slamet", "Bambang", "Sutrisno", "Suparman", "Teguh", "Wahyu", "Hadi", "Sugeng", "Gunawan",
    "Bagus", "Dwi", "Tri", "Purnomo", "Sumarno", "Darmanto", "Wibowo", "Prasetyo", "Hartono", "Supriyadi",
    "Sukirman", "Widodo", "Yanto",
)
MALE_SUNDA: tuple[str, ...] = (
    "Asep", "Ujang", "Cecep", "Dadang", "Dede", "Aep", "Deden", "Jajang", "Ujang", "Iwan", "Yayan", "Wawan",
    "Engkus", "Dudung", "Endang", "Ade", "Enjang",
)
MALE_BATAK: tuple[str, ...] = (
    "Roni", "Parlindungan", "Togar", "Binsar", "Horas", "Marulam", "Poltak", "Saut", "Tumpal", "Jonny", "Daniel",
    "Samuel", "Hotman", "Robert", "Fernando", "Jefri",
)
MALE_CHINESE: tuple[str, ...] = (
    "Hendra", "Budi", "Rudy", "Willy", "Andreas", "Kevin", "Steven", "Jimmy", "Hendrik", "Ferry", "Johan",
    "Handoko", "Albert", "Michael", "Vincent", "Edwin",
)
FEMALE_COMMON: tuple[str, ...] = (
    "Siti", "Nur", "Dewi", "Sri", "Fitri", "Rina", "Wati", "Lestari", "Ayu", "Putri", "Indah", "Nurhaliza",
    "Aisyah", "Fatimah", "Rahma", "Zahra", "Nabila", "Aulia", "Annisa", "Salsabila", "Nadia", "Intan", "Maya",
    "Yuliana", "Kartika", "Dian", "Eka", "Rahayu", "Nurul", "Khairunnisa",
)
FEMALE_BETAWI: tuple[str, ...] = (
    "Romlah", "Juleha", "Munah", "Rohmah", "Aminah", "Saodah", "Maesaroh", "Zubaedah", "Mariam", "Jamilah",
    "Hasanah", "Nurjanah", "Rokayah", "Masitoh",
)
FEMALE_JAWA: tuple[str, ...] = (
    "Sri", "Suwarni", "Sumiati", "Tumini", "Painem", "Sulastri", "Sutinah", "Endah", "Wulan", "Rahayu",
    "Puji", "Suryani", "Ningsih", "Kasmini", "Yuni", "Retno", "Lestari", "Wahyuni",
)
FEMALE_SUNDA: tuple[str, ...] = (
    "Euis", "Neneng", "Imas", "Iis", "Yeni", "Enok", "Cucu", "Nining", "Dedeh", "Popon", "Entin", "Elis",
    "Nenden", "Rina", "Tati",
)
FEMALE_BATAK: tuple[str, ...] = (
    "Rosmawati", "Tiurma", "Romauli", "Lasma", "Dormauli", "Rugun", "Debora", "Maria", "Sondang", "Erika",
    "Friska", "Yohana", "Melati",
)
FEMALE_CHINESE: tuple[str, ...] = (
    "Lily", "Susanti", "Meilani", "Lina", "Yenny", "Melinda", "Jessica", "Fransiska", "Veronica", "Cindy",
    "Grace", "Angelina", "Natalia", "Olivia",
)

# ---- Second names / family names ----
JAWA_SECOND: tuple[str, ...] = (
    "Santoso", "Susanto", "Wijaya", "Saputra", "Setiawan", "Kurniawan", "Pratama", "Nugroho", "Hidayat",
    "Wibowo", "Prasetyo", "Purnomo", "Hartono", "Permana", "Rahman", "Syahputra", "Firmansyah", "Ramadhan",
    "Kusuma", "Maulana", "Hakim", "Sulistyo",
)
FEMALE_SECOND: tuple[str, ...] = (
    "Lestari", "Wulandari", "Rahayu", "Handayani", "Sari", "Puspita", "Safitri", "Anggraini", "Susanti",
    "Purwanti", "Kurniasih", "Maharani", "Permatasari", "Oktaviani", "Ramadhani", "Hasanah", "Fitriani",
)
BATAK_MARGA: tuple[str, ...] = (
    "Siregar", "Nasution", "Simanjuntak", "Hutapea", "Sitompul", "Lubis", "Harahap", "Situmorang", "Pardede",
    "Sinaga", "Simatupang", "Panjaitan", "Hutagalung", "Manurung", "Silalahi", "Tambunan", "Sihombing", "Napitupulu",
)
CHINESE_SURNAME: tuple[str, ...] = (
    "Wijaya", "Halim", "Gunawan", "Santoso", "Salim", "Tanuwijaya", "Kusuma", "Hartono", "Setiadi", "Tjandra",
    "Susilo", "Lim", "Tan", "Sutanto", "Wibisono", "Chandra", "Hidayat", "Sugiarto",
)
MINANG_SECOND: tuple[str, ...] = ("Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang", "Caniago", "Jambak")

# group -> (weight, male given names, female given names)
GROUPS: tuple[tuple[str, int, tuple[str, ...], tuple[str, ...]], ...] = (
    ("betawi", 30, MALE_BETAWI + MALE_COMMON, FEMALE_BETAWI + FEMALE_COMMON),
    ("jawa", 30, MALE_JAWA + MALE_COMMON, FEMALE_JAWA + FEMALE_COMMON),
    ("sunda", 18, MALE_SUNDA + MALE_COMMON, FEMALE_SUNDA + FEMALE_COMMON),
    ("batak", 8, MALE_BATAK, FEMALE_BATAK),
    ("tionghoa", 7, MALE_CHINESE, FEMALE_CHINESE),
    ("minang", 7, MALE_COMMON, FEMALE_COMMON),
)

# ---- Places ----
# Streets of central Jakarta kampung; a kelurahan also gets streets named after itself (see demo._streets).
STREETS: tuple[str, ...] = (
    "Jl. Kebon Kelapa", "Jl. Petojo Enclek", "Jl. Cideng Timur", "Jl. Tanah Abang II", "Jl. Kramat Jaya",
    "Jl. Kemayoran Gempol", "Jl. Bungur Besar", "Jl. Kampung Bali", "Jl. Kebon Sirih", "Jl. Kwitang",
    "Jl. Paseban Raya", "Jl. Johar Baru", "Jl. Galur Sari", "Jl. Kartini", "Jl. Budi Kemuliaan", "Jl. Sawah Besar",
    "Jl. Mangga Besar", "Jl. Karang Anyar", "Jl. Pasar Baru Timur", "Jl. Krukut", "Jl. Kebon Jahe",
    "Jl. Duri Bangkit", "Jl. Angke Barat", "Jl. Tambora Raya", "Jl. Jembatan Besi", "Jl. Pademangan Timur",
    "Jl. Haji Naim", "Jl. Haji Dogol", "Jl. Masjid Al-Ikhlas", "Jl. Pendidikan", "Jl. Swadaya", "Jl. Mawar",
    "Jl. Melati", "Jl. Kenanga", "Jl. Anggrek", "Jl. Delima", "Jl. Nangka", "Jl. Rambutan",
)
GANG_NAMES: tuple[str, ...] = (
    "Masjid", "Haji Naim", "Langgar", "Kelor", "Kober", "Sawo", "Buntu", "Mushola", "Damai", "Rukun", "Hikmah",
    "Kancil", "Ciliwung", "Sentiong",
)
ROMAN: tuple[str, ...] = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Birth places other than Jakarta for people whose NIK was first issued in Jakarta (migrants registered here).
BIRTH_PLACES_OTHER: tuple[str, ...] = (
    "Bogor", "Bekasi", "Tangerang", "Depok", "Bandung", "Garut", "Tasikmalaya", "Cirebon", "Kuningan", "Indramayu",
    "Tegal", "Brebes", "Pemalang", "Semarang", "Surakarta", "Yogyakarta", "Kebumen", "Purworejo", "Wonogiri",
    "Klaten", "Surabaya", "Medan", "Padang", "Bukittinggi", "Palembang", "Bandar Lampung", "Makassar", "Serang",
    "Pandeglang", "Pontianak",
)

# Kab/kota outside DKI whose kecamatan supply ~half of the non-local NIK prefixes (Kemendagri codes; each is
# checked against the national kecamatan list at run time, so a prefix that does not exist is never used).
NIK_ORIGIN_KABKOTA: tuple[str, ...] = (
    "32.73", "33.74", "32.75", "32.76", "36.71", "36.74", "32.71", "32.01", "32.16", "36.03", "33.72", "34.71",
    "35.78", "12.71", "16.71", "18.71", "73.71", "32.09", "33.28", "33.29", "32.05", "32.12", "33.05", "13.71",
)

# Verval staff (petugas: pendamping/PSM/TKSK; pemeriksa: kelurahan/Sudin Sosial).
PETUGAS: tuple[str, ...] = (
    "Rizky Ramadhan", "Siti Nurhaliza", "Dedi Kurniawan", "Novi Anggraini", "Agus Setiawan", "Maesaroh",
    "Irfan Hakim", "Yuliana Sari", "Bambang Prasetyo", "Rahmawati", "Hendra Saputra", "Euis Kurniasih",
)
PEMERIKSA: tuple[str, ...] = ("Drs. H. Mulyadi", "Sri Wahyuni, S.Sos.", "Ahmad Fauzi, S.E.", "Dra. Ratna Dewi")
