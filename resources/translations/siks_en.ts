<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="64"/>
        <source>Kelurahan {name}, Kecamatan {kec}</source>
        <translation>Kelurahan {name}, Kecamatan {kec}</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="43"/>
        <source>ketik kode</source>
        <translation>type a code</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/pages/data.py" line="79"/>
        <source>Draf ditemukan</source>
        <translation>Draft found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py" line="80"/>
        <source>Ada draf yang belum disimpan dari {when} (mungkin karena aplikasi tertutup mendadak). Pulihkan draf itu?</source>
        <translation>There is an unsaved draft from {when} (perhaps the application closed unexpectedly). Restore that draft?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py" line="82"/>
        <source>Pulihkan draf</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py" line="82"/>
        <source>Buang draf</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py" line="90"/>
        <source>Tersimpan ({state}, revisi {rev})</source>
        <translation>Saved ({state}, revision {rev})</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="148"/>
        <source>hh-bb-tttt, misalnya 17-08-1990</source>
        <translation>dd-mm-yyyy, for example 17-08-1990</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>Nama pengguna atau kata sandi salah. Periksa huruf besar/kecil dan coba lagi.</source>
        <translation>Wrong user name or password. Check upper/lower case and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Peran Anda tidak berwenang untuk tindakan ini. Minta operator atau admin melakukannya.</source>
        <translation>Your role may not do this. Ask an operator or an admin to do it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>Data tidak ditemukan; mungkin sudah dihapus. Muat ulang daftar.</source>
        <translation>Data not found; it may have been deleted. Reload the list.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>Rumah tangga ini tidak ada lagi; mungkin sudah dihapus. Muat ulang daftar.</source>
        <translation>This household no longer exists; it may have been deleted. Reload the list.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Data belum lolos pemeriksaan. Perbaiki isian yang ditandai merah (lihat panel Masalah), lalu simpan lagi.</source>
        <translation>The record does not pass the checks yet. Fix the entries marked red (see the Problems panel), then save again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>NIK sudah terdaftar pada rumah tangga lain. Cari NIK itu di daftar untuk memeriksa data ganda.</source>
        <translation>This NIK is already registered in another household. Search for it in the list to check for a duplicate.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>Dua ART dalam rumah tangga ini memakai NIK yang sama. Perbaiki salah satunya.</source>
        <translation>Two members of this household have the same NIK. Correct one of them.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Data ini sudah diubah di tempat lain sejak dibuka. Tutup formulir, buka ulang, lalu ulangi perubahan.</source>
        <translation>This record was changed elsewhere since you opened it. Close the form, open it again and redo your change.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>Nomor urut keluarga ganda dalam satu rumah tangga.</source>
        <translation>Duplicate family number in one household.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>Kode wilayah tidak dikenal. Periksa kode Kemendagri.</source>
        <translation>Unknown region code. Check the Kemendagri code.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Basis data belum terikat ke kelurahan. Jalankan: siks init --kelurahan KODE.</source>
        <translation>The database is not bound to a kelurahan yet. Run: siks init --kelurahan CODE.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Pembaruan struktur basis data gagal; data tidak diubah. Hubungi admin dengan berkas basis data ini.</source>
        <translation>Upgrading the database structure failed; no data was changed. Contact your admin with this database file.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Dibatalkan; tidak ada data yang diubah.</source>
        <translation>Cancelled; no data was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126"/>
        <source>Terjadi kesalahan yang tidak terduga.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="244"/>
        <source>SIKS Desktop</source>
        <translation>SIKS Desktop</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/pages/prelist.py" line="59"/>
        <source>Langkah 1 dari 4 · Pilih berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="60"/>
        <source>Buku kerja Excel (.xlsx) kiriman Bappeda (P3KE), Dinas Pendidikan (KJP Plus/KJMU), Dinas Kesehatan (stunting) atau ekstrak DTKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="63"/>
        <source>&amp;Berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="66"/>
        <source>Ketik lokasi berkas atau tekan Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="68"/>
        <source>&amp;Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="77"/>
        <source>Pilih berkas prelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="78"/>
        <source>Buku kerja Excel (*.xlsx *.xlsm *.xls)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="28"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="37"/>
        <source>Jadwal tahap aktif</source>
        <translation>Schedule of the active stage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="43"/>
        <source>Waktu berjalan</source>
        <translation>Time elapsed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="46"/>
        <source>Rumah tangga sudah diverval</source>
        <translation>Households verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="53"/>
        <source>Hasil verval</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="54"/>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="55"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="63"/>
        <source>Rumah tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="85"/>
        <source>Beranda — Kelurahan {name}</source>
        <translation>Home — Kelurahan {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="86"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="88"/>
        <source>{h} rumah tangga · {j} jiwa</source>
        <translation>{h} households · {j} people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="92"/>
        <source>Belum diverval</source>
        <translation>Not yet verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="96"/>
        <source>Tanpa tahap</source>
        <translation>No stage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="112"/>
        <source>Belum ada jadwal tahap.</source>
        <translation>No stage schedule yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="117"/>
        <source>{nama}: verval {a} s.d. {b}; input s.d. {c}.</source>
        <translation>{nama}: verification {a} to {b}; data entry until {c}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="121"/>
        <source>Sisa {n} hari.</source>
        <translation>{n} days left.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="121"/>
        <source>Tahap sudah berakhir.</source>
        <translation>The stage has ended.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="128"/>
        <source>{n} dari {m} hari</source>
        <translation>{n} of {m} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="134"/>
        <source>{n} dari {m} rumah tangga</source>
        <translation>{n} of {m} households</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../ui/form/household_form.py" line="35"/>
        <source>Blok I Tempat</source>
        <translation>Block I Location</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="35"/>
        <source>Blok I Pengenalan Tempat</source>
        <translation>Block I Identification of location</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="36"/>
        <source>Blok II Petugas &amp;&amp; Verval</source>
        <translation>Block II Staff &amp;&amp; Result</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="37"/>
        <source>Blok II Keterangan Petugas dan Hasil Verval</source>
        <translation>Block II Staff and verification result</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="38"/>
        <source>Blok III Perumahan</source>
        <translation>Block III Housing</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="38"/>
        <source>Blok III Keterangan Perumahan</source>
        <translation>Block III Housing</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="39"/>
        <source>Blok IV ART</source>
        <translation>Block IV Members</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="39"/>
        <source>Blok IV Anggota Rumah Tangga</source>
        <translation>Block IV Household members</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="40"/>
        <source>Blok V Aset &amp;&amp; Program</source>
        <translation>Block V Assets &amp;&amp; Programmes</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="40"/>
        <source>Blok V Aset dan Keikutsertaan Program</source>
        <translation>Block V Assets and programme participation</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="43"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="43"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="43"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="44"/>
        <source>Hub. KRT</source>
        <translation>Rel. to head</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="44"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="44"/>
        <source>Tgl lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="45"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="45"/>
        <source>Keberadaan</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="121"/>
        <source>← Daftar</source>
        <translation>← List</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="122"/>
        <source>Kembali ke daftar (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="132"/>
        <source>Status rekaman</source>
        <translation>Record state</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="139"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="180"/>
        <source>I.1-4 Wilayah</source>
        <translation>I.1-4 Region</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="205"/>
        <source>I.11 Keluarga dalam rumah tangga (nomor urut dan Nomor KK)</source>
        <translation>I.11 Families in the household (number and family card number)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="216"/>
        <source>Tambah keluarga</source>
        <translation>Add family</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="218"/>
        <source>Hapus keluarga</source>
        <translation>Remove family</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="254"/>
        <source>&amp;Tambah ART</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="254"/>
        <source>Tambah ART (Insert)</source>
        <translation>Add a member (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="255"/>
        <source>&amp;Hapus ART</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="255"/>
        <source>Hapus ART terpilih (Delete)</source>
        <translation>Remove the selected member (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="256"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="256"/>
        <source>Pindahkan ke atas (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="257"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="257"/>
        <source>Pindahkan ke bawah (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="301"/>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="350"/>
        <source>Usulan baru</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="352"/>
        <source>Rumah tangga #{id}</source>
        <translation>Household #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="358"/>
        <source>(belum disimpan)</source>
        <translation>(not saved)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="452"/>
        <source>Belum ada ART. Tekan Insert atau &quot;Tambah ART&quot;.</source>
        <translation>No members yet. Press Insert or &quot;Add member&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="473"/>
        <source>ART ke-{n}</source>
        <translation>Member {n}</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="490"/>
        <source>tanpa nama</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="491"/>
        <source>Hapus ART</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="492"/>
        <source>Hapus ART ke-{n} ({nama}) dari rumah tangga ini?</source>
        <translation>Remove member {n} ({nama}) from this household?</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="493"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="493"/>
        <location filename="../../ui/form/household_form.py" line="733"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="576"/>
        <source>Masalah: tidak ada</source>
        <translation>Problems: none</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="578"/>
        <source>Masalah: {e} kesalahan, {w} peringatan</source>
        <translation>Problems: {e} errors, {w} warnings</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="583"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="583"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="617"/>
        <source>ada kesalahan</source>
        <translation>has errors</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="617"/>
        <source>ada peringatan</source>
        <translation>has warnings</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="618"/>
        <source>tanpa masalah</source>
        <translation>no problems</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="672"/>
        <source>Ada isian yang belum benar (tanda merah). Perbaiki dulu sebelum menyimpan.</source>
        <translation>Some entries are not valid yet (marked red). Fix them before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="730"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="731"/>
        <source>Data rumah tangga ini sudah diubah tetapi belum disimpan.</source>
        <translation>This household was changed but not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="732"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="732"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>HouseholdListPage</name>
    <message>
        <location filename="../../ui/pages/households.py" line="35"/>
        <source>Cari NIK, No. KK, nama atau alamat… (Ctrl+F)</source>
        <translation>Search NIK, family card no., name or address… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="38"/>
        <source>Usulan &amp;baru</source>
        <translation>&amp;New proposal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="39"/>
        <source>Rumah tangga baru dari awal (Ctrl+N)</source>
        <translation>A new household from scratch (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="45"/>
        <location filename="../../ui/pages/households.py" line="48"/>
        <location filename="../../ui/pages/households.py" line="49"/>
        <location filename="../../ui/pages/households.py" line="50"/>
        <location filename="../../ui/pages/households.py" line="51"/>
        <location filename="../../ui/pages/households.py" line="53"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="45"/>
        <source>Belum diverval</source>
        <translation>Not yet verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="48"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="49"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="50"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="51"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="53"/>
        <source>Rekaman</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="189"/>
        <source>{n} rumah tangga</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="191"/>
        <source>{n} jiwa</source>
        <translation>{n} people</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../ui/models/households.py" line="25"/>
        <source>Nama KRT</source>
        <translation>Household head</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="26"/>
        <source>NIK KRT</source>
        <translation>Head’s NIK</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="27"/>
        <source>No. KK</source>
        <translation>Family card</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="28"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="29"/>
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="30"/>
        <source>ART</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="31"/>
        <source>Hasil verval</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="32"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="33"/>
        <source>Rekaman</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="152"/>
        <source>Belum diverval</source>
        <translation>Not yet verified</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/pages/prelist.py" line="359"/>
        <source>Langkah 4 dari 4 · Impor dan ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="369"/>
        <source>Simpan &amp;laporan kesalahan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="386"/>
        <source>Memeriksa berkas (uji coba)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="386"/>
        <source>Mengimpor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="390"/>
        <source>Membaca dan memeriksa baris…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="390"/>
        <source>Menyimpan ke basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="401"/>
        <source>Impor prelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="406"/>
        <source>Impor gagal; basis data tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="414"/>
        <source>Impor dibatalkan. Tidak ada data yang disimpan; basis data tetap seperti sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="420"/>
        <source>Uji coba selesai: tidak ada yang disimpan. Angka di bawah adalah hasil bila berkas diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="423"/>
        <source>Berkas ini sudah pernah diimpor; tidak ada data baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="425"/>
        <source>Impor selesai, {n} baris ditolak. Simpan laporan kesalahan dan kirimkan ke instansi pengirim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="428"/>
        <source>Impor selesai tanpa kesalahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="429"/>
        <source>Baris dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="430"/>
        <source>Orang baru diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="431"/>
        <source>Digabung dengan data yang ada (NIK sama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="432"/>
        <source>Sudah ada dari sumber ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="433"/>
        <source>Baris ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="434"/>
        <source>Peringatan</source>
        <translation type="unfinished">Warning</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="435"/>
        <source>Baris dilewati (judul, kosong, jumlah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="436"/>
        <source>Rumah tangga baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="453"/>
        <source>Simpan laporan kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="454"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="462"/>
        <source>Laporan kesalahan disimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="23"/>
        <source>Masuk — SIKS Desktop</source>
        <translation>Log in — SIKS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="26"/>
        <source>SIKS Desktop</source>
        <translation>SIKS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="32"/>
        <source>Verifikasi dan validasi DTKS</source>
        <translation>DTKS verification and validation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="41"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="42"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="51"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="52"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="61"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your user name and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="23"/>
        <source>SIKS Desktop</source>
        <translation>SIKS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Data Rumah Tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Prelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Musyawarah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Pengguna: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Peran: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Kelurahan: {name}</source>
        <translation>Kelurahan: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Kelurahan: belum diatur</source>
        <translation>Kelurahan: not set</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Tahap: {name}</source>
        <translation>Stage: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>sisa {n} hari</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>sudah berakhir</source>
        <translation>ended</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/pages/prelist.py" line="93"/>
        <source>Langkah 2 dari 4 · Sumber dan pemetaan kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="94"/>
        <source>Periksa kolom mana yang berisi NIK, nama, dan seterusnya. NIK dan Nama wajib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="105"/>
        <source>Nomor baris judul kolom, seperti yang tampil di Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="106"/>
        <source>&amp;Sumber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="106"/>
        <source>&amp;Lembar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="107"/>
        <source>Baris &amp;judul:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="113"/>
        <source>Baca &amp;ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="114"/>
        <source>Baca ulang berkas dengan baris judul yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="120"/>
        <source>Judul kolom di berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="120"/>
        <source>Diisikan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="131"/>
        <source>&amp;Muat pemetaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="132"/>
        <source>Simpan &amp;pemetaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="156"/>
        <source>Membaca berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="170"/>
        <source>{message} Pilih sumber atau lembar lain, ubah baris judul lalu Baca ulang, atau muat berkas pemetaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="191"/>
        <source>— tidak dipakai —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="224"/>
        <source>Kolom wajib belum dipetakan: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="226"/>
        <source>Satu isian dipilih untuk lebih dari satu kolom: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="229"/>
        <source>Baris judul {row}; {n} kolom dipetakan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="238"/>
        <source>Muat pemetaan kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="239"/>
        <location filename="../../ui/pages/prelist.py" line="255"/>
        <source>Pemetaan kolom (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="254"/>
        <source>Simpan pemetaan kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="261"/>
        <source>Pemetaan disimpan ke {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MusyawarahPage</name>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="117"/>
        <source>Musyawarah Kelurahan/Desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="124"/>
        <source>Musyawarah &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="131"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="131"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="131"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="132"/>
        <source>Nomor BA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="132"/>
        <location filename="../../ui/pages/musyawarah.py" line="369"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="132"/>
        <location filename="../../ui/pages/musyawarah.py" line="369"/>
        <source>Rumah tangga</source>
        <translation type="unfinished">Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="150"/>
        <source>Buka &amp;revisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="157"/>
        <source>&amp;Data musyawarah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="158"/>
        <source>&amp;Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="159"/>
        <source>&amp;Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="160"/>
        <source>D&amp;okumen BA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="164"/>
        <source>Pratin&amp;jau BA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="165"/>
        <source>&amp;Tanda tangani BA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="166"/>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="167"/>
        <source>Buka di penampil P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="168"/>
        <source>Periksa Dok&amp;umen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="183"/>
        <source>Hanya Lurah/Kepala Desa yang menandatangani Berita Acara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="184"/>
        <source>Hanya Lurah/Kepala Desa yang membuka revisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="195"/>
        <source>hh-bb-tttt, misalnya 31-07-2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="210"/>
        <source>kosongkan: dibuat otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="212"/>
        <source>Satu butir per baris; kosongkan: disusun dari jumlah keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="214"/>
        <source>&amp;Tanggal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="214"/>
        <source>Waktu &amp;mulai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="215"/>
        <source>Waktu se&amp;lesai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="215"/>
        <source>T&amp;empat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="216"/>
        <source>&amp;Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="216"/>
        <source>Wa&amp;ktu pelaksanaan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="217"/>
        <source>&amp;Nomor BA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="218"/>
        <source>&amp;Pimpinan rapat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="218"/>
        <source>J&amp;abatan pimpinan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="220"/>
        <source>N&amp;IP pimpinan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="220"/>
        <source>N&amp;otulen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="221"/>
        <source>Jabatan notul&amp;en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="221"/>
        <source>Kesimp&amp;ulan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="231"/>
        <source>&amp;Simpan data (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="244"/>
        <source>Nama</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="244"/>
        <source>Unsur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="244"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="245"/>
        <source>Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="245"/>
        <source>Wakil peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="251"/>
        <source>&amp;Tambah peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="252"/>
        <source>&amp;Hapus peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="253"/>
        <source>&amp;Simpan daftar peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="276"/>
        <source>Cari rumah tangga: NIK, No. KK, nama atau alamat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="281"/>
        <source>T&amp;ambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="282"/>
        <source>Pilih rumah tangga ini untuk diberi keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="303"/>
        <location filename="../../ui/pages/musyawarah.py" line="669"/>
        <source>Pilih rumah tangga di tabel atau cari lalu Tambah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="309"/>
        <source>Wajib untuk tidak layak dan usulan hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="310"/>
        <source>Simpan &amp;keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="312"/>
        <source>&amp;Hapus keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="313"/>
        <source>Kepu&amp;tusan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="313"/>
        <source>Alasa&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="332"/>
        <source>&lt;b&gt;Indikator kelayakan&lt;/b&gt; — indikasi, bukan keputusan otomatis: musyawarah yang memutuskan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="342"/>
        <source>✓ terpenuhi (indikasi miskin) · ✗ tidak terpenuhi · – tidak dapat dinilai dari isian; dinilai peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="368"/>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="368"/>
        <source>Ditandatangani oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="368"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="369"/>
        <source>Halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="376"/>
        <source>Simpan &amp;salinan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="401"/>
        <source>Ditandatangani (v{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="402"/>
        <source>Draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="402"/>
        <source> · {n} versi lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="416"/>
        <source>Belum ada musyawarah. Tekan Musyawarah baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="456"/>
        <source>Diganti: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="457"/>
        <source>Berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="474"/>
        <source>{n} rumah tangga diputuskan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="504"/>
        <source>Berita Acara versi {v} sudah ditandatangani oleh {who}; data musyawarah ini terkunci. Perubahan memerlukan revisi dan BA baru (BA lama tetap tersimpan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="520"/>
        <source>Aula Kantor Kelurahan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="523"/>
        <source>Lurah {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="531"/>
        <source>Musyawarah baru: isi data lalu Simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="539"/>
        <source>Tanggal musyawarah harus tanggal yang benar, hh-bb-tttt (misalnya 31-07-2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="562"/>
        <source>Data musyawarah tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="614"/>
        <source>{n} peserta, {h} hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="618"/>
        <source>Simpan data musyawarah dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="622"/>
        <source>Daftar peserta tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="641"/>
        <source>Tidak ada rumah tangga yang cocok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="653"/>
        <source>Baru: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="668"/>
        <source>Rumah tangga: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="684"/>
        <source>{title}: {met} dari {total} terpenuhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="694"/>
        <source>Tidak ada isian instrumen; dinilai peserta musyawarah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="700"/>
        <source>Pilih rumah tangga dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="705"/>
        <source>Alasan wajib diisi untuk keputusan tidak layak dan usulan hapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="716"/>
        <source>Keputusan tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="748"/>
        <source>Menyiapkan Berita Acara…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="757"/>
        <source>Menyusun pratinjau Berita Acara…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="764"/>
        <source>Pratinjau (belum ditandatangani) dibuka di penampil PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="765"/>
        <source>Dibuka di penampil PDF: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="767"/>
        <source>Tidak ada penampil PDF terpasang. Berkas ada di {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="788"/>
        <source>Pilih versi Berita Acara di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="791"/>
        <source>Simpan salinan Berita Acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="792"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="796"/>
        <source>Tersimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="808"/>
        <source>Menandatangani Berita Acara…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="813"/>
        <source>Berita Acara belum ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="818"/>
        <source>Berita Acara versi {v} ditandatangani; berkas: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="826"/>
        <source>Buka revisi Berita Acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="827"/>
        <source>Alasan revisi (dicatat; BA lama tetap tersimpan sebagai versi yang diganti):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="832"/>
        <source>Revisi dibuka; data dapat diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriksaDokumenDialog</name>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="49"/>
        <source>Periksa Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="57"/>
        <source>ca.pem dari Dinas Sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="58"/>
        <source>&amp;Dokumen PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="59"/>
        <source>Sertifikat &amp;CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="62"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="67"/>
        <source>&amp;Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="74"/>
        <source>Pilih dokumen dan sertifikat CA, lalu tekan Periksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="80"/>
        <source>Penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="80"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="80"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="81"/>
        <source>Waktu tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="81"/>
        <source>Utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="81"/>
        <source>Tepercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="82"/>
        <source>Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="89"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="94"/>
        <source>Pilih dokumen PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="95"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="100"/>
        <source>Pilih sertifikat CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="101"/>
        <source>Sertifikat (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="108"/>
        <source>Pilih berkas PDF yang akan diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="111"/>
        <source>Pilih berkas sertifikat CA (ca.pem) dari Dinas Sosial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="117"/>
        <source>Memeriksa tanda tangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="129"/>
        <source>Dokumen TIDAK sah: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="131"/>
        <source>Dokumen TIDAK sah: berkas tidak dapat dibaca sebagai PDF bertanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="141"/>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="141"/>
        <source>TIDAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="146"/>
        <source>sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="146"/>
        <source>TIDAK sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="153"/>
        <source>✓ Dokumen sah: {n} tanda tangan utuh dan dari sertifikat tepercaya ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="157"/>
        <source>✗ Dokumen TIDAK sah: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="162"/>
        <source>dokumen tidak memuat tanda tangan elektronik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="164"/>
        <source>isi dokumen telah diubah setelah ditandatangani. Minta salinan asli dari penanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="167"/>
        <source>sertifikat penanda tangan tidak diterbitkan oleh CA yang dipilih. Periksa berkas CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="168"/>
        <source>tanda tangan tidak lolos pemeriksaan (perubahan tidak diizinkan setelah penandatanganan).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrelistPage</name>
    <message>
        <location filename="../../ui/pages/prelist.py" line="510"/>
        <source>Prelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="516"/>
        <source>Impor daftar awal dari instansi lain: P3KE (Bappeda), KJP Plus dan KJMU (Dinas Pendidikan), stunting (Dinas Kesehatan) dan ekstrak DTKS. Orang yang NIK-nya sudah ada tidak digandakan; sumber barunya ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="522"/>
        <source>&amp;Impor prelist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="528"/>
        <source>Impor dalam sesi ini:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="531"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="531"/>
        <source>Sumber</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="531"/>
        <source>Dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="532"/>
        <source>Diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="532"/>
        <source>Digabung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="532"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="533"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="550"/>
        <source>uji coba, tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="551"/>
        <source>sudah pernah diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="551"/>
        <source>tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrelistWizard</name>
    <message>
        <location filename="../../ui/pages/prelist.py" line="474"/>
        <source>Impor prelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="478"/>
        <source>&lt; &amp;Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="479"/>
        <source>&amp;Lanjut &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="480"/>
        <source>Batal</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="481"/>
        <source>&amp;Selesai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/pages/prelist.py" line="268"/>
        <source>Langkah 3 dari 4 · Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="269"/>
        <source>Baris pertama setelah dibersihkan, dan masalahnya. Merah: baris ditolak; kuning: peringatan, baris tetap diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="274"/>
        <location filename="../../ui/pages/prelist.py" line="279"/>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="274"/>
        <source>NIK</source>
        <translation type="unfinished">NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="274"/>
        <source>No. KK</source>
        <translation type="unfinished">Family card</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="274"/>
        <source>Nama</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="275"/>
        <source>L/P</source>
        <translation type="unfinished">M/F</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="275"/>
        <source>Tgl lahir</source>
        <translation type="unfinished">Born</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="275"/>
        <source>Alamat</source>
        <translation type="unfinished">Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="276"/>
        <source>RT</source>
        <translation type="unfinished">RT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="276"/>
        <source>RW</source>
        <translation type="unfinished">RW</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="279"/>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="279"/>
        <source>Masalah</source>
        <translation type="unfinished">Problems</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="286"/>
        <source>Baris pertama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="288"/>
        <source>Masalah pada baris di atas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="290"/>
        <source>&amp;Uji coba saja: periksa seluruh berkas tanpa menyimpan apa pun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="298"/>
        <source>&amp;Impor &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="306"/>
        <source>&amp;Lanjut &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="318"/>
        <source>ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="336"/>
        <source>Kesalahan</source>
        <translation type="unfinished">Error</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="336"/>
        <source>Peringatan</source>
        <translation type="unfinished">Warning</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <location filename="../../ui/errors.py" line="73"/>
        <source>harus 16 digit angka</source>
        <translation>must be 16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>memuat kode provinsi (2 digit pertama) yang tidak dikenal</source>
        <translation>has an unknown province code (first 2 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>memuat kode kecamatan (6 digit pertama) yang tidak dikenal</source>
        <translation>has an unknown kecamatan code (first 6 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>memuat tanggal lahir (digit 7–12) yang tidak valid</source>
        <translation>has an invalid birth date (digits 7–12)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <location filename="../../ui/errors.py" line="76"/>
        <source>memuat nomor urut (4 digit terakhir) 0000 yang tidak valid</source>
        <translation>has the invalid serial number 0000 (last 4 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>tampak seperti NIK isian sementara, bukan NIK sebenarnya</source>
        <translation>looks like a placeholder, not a real NIK</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>berasal dari luar provinsi setempat (kode provinsi {provinsi}); periksa kembali</source>
        <translation>comes from outside this province (province code {provinsi}); check it</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>tidak sesuai dengan jenis kelamin (tanggal lahir perempuan pada NIK ditambah 40)</source>
        <translation>does not match the sex (a woman’s birth day in a NIK has 40 added)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>tidak sesuai dengan tanggal lahir yang diisi</source>
        <translation>does not match the birth date entered</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>menunjukkan umur yang berbeda lebih dari 1 tahun dengan umur menurut tanggal lahir</source>
        <translation>gives an age more than 1 year away from the age by birth date</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>sama dengan NIK ART ke-{art_lain} dalam rumah tangga ini</source>
        <translation>is the same as the NIK of member {art_lain} of this household</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>memuat kode wilayah (6 digit pertama) yang tidak dikenal</source>
        <translation>has an unknown region code (first 6 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>memuat tanggal pencatatan (digit 7–12) yang tidak valid</source>
        <translation>has an invalid registration date (digits 7–12)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>tampak seperti nomor KK isian sementara, bukan nomor sebenarnya</source>
        <translation>looks like a placeholder, not a real family card number</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>tidak boleh sama dengan NIK anggota rumah tangga</source>
        <translation>must not equal the NIK of a household member</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>sama dengan Nomor KK keluarga ke-{keluarga_lain} dalam rumah tangga ini</source>
        <translation>is the same as the family card number of family {keluarga_lain} of this household</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>belum diisi untuk keluarga kepala rumah tangga</source>
        <translation>is missing for the family of the household head</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>wajib diisi</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>berisi kode yang tidak ada dalam daftar kode</source>
        <translation>holds a code that is not in the code list</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>berisi nilai yang tidak sesuai jenis isian</source>
        <translation>holds a value of the wrong kind</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>harus berupa angka bulat</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>harus tanggal yang benar dengan format hh-bb-tttt (misalnya 17-08-1990)</source>
        <translation>must be a real date as dd-mm-yyyy (for example 17-08-1990)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>harus bernilai antara {min} dan {max}</source>
        <translation>must be between {min} and {max}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>harus bernilai paling sedikit {min}</source>
        <translation>must be at least {min}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>harus bernilai paling banyak {max}</source>
        <translation>must be at most {max}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>paling banyak {max_len} karakter</source>
        <translation>has at most {max_len} characters</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>tidak boleh tanggal yang akan datang</source>
        <translation>must not be a future date</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>seharusnya dilewati (tidak berlaku) tetapi terisi</source>
        <translation>should be skipped (does not apply) but is filled</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>diisi hamil untuk ART yang belum kawin; periksa kembali</source>
        <translation>is pregnant for a member who never married; check it</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>harus tepat satu ART dengan hubungan 1 (kepala rumah tangga); ditemukan {jumlah}</source>
        <translation>needs exactly one member with relationship 1 (household head); found {jumlah}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>tercatat {tercatat}, tetapi daftar ART berisi {dihitung} orang</source>
        <translation>says {tercatat}, but the roster lists {dihitung} people</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>tercatat {tercatat}, tetapi ART terbagi dalam {dihitung} keluarga</source>
        <translation>says {tercatat}, but the members form {dihitung} families</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>merujuk keluarga ke-{keluarga} yang tidak ada dalam rumah tangga ini</source>
        <translation>refers to family {keluarga}, which is not in this household</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>dipakai lebih dari satu keluarga</source>
        <translation>is used by more than one family</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>kepala keluarga (hubungan 1) lebih dari satu dalam satu keluarga ({jumlah} orang)</source>
        <translation>more than one family head (relationship 1) in one family ({jumlah} people)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>tidak lolos pemeriksaan ({code})</source>
        <translation>fails a check ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>ART ke-{n}: {text}</source>
        <translation>Member {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156"/>
        <source>Keluarga ke-{n}: {text}</source>
        <translation>Family {n}: {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="194"/>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="197"/>
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan yang belum disimpan tersimpan sebagai draf. Salin laporan di bawah dan kirimkan ke admin. Laporan ini tidak memuat NIK atau nama.</source>
        <translation>An unexpected error occurred. Unsaved work is kept as a draft. Copy the report below and send it to your admin. The report holds no NIK and no name.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="206"/>
        <source>Salin laporan</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214"/>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/tasks.py" line="95"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="23"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="29"/>
        <source>Ukuran huruf</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="38"/>
        <source>Bahasa baru berlaku setelah aplikasi dibuka ulang.</source>
        <translation>The new language applies after restarting the application.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="59"/>
        <source>Tanda tangani Berita Acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="62"/>
        <source>Gunakan berkas sertifikat Lurah (.p12) dari Dinas Sosial. Setelah ditandatangani, data musyawarah terkunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="70"/>
        <source>&amp;Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="74"/>
        <source>Berkas &amp;sertifikat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="77"/>
        <source>&amp;Kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="80"/>
        <source>&amp;Tanda tangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="81"/>
        <source>Batal</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="87"/>
        <source>Pilih sertifikat Lurah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="88"/>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="106"/>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
</context>
</TS>
