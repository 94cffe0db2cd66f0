<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="64" />
        <source>Kelurahan {name}, Kecamatan {kec}</source>
        <translation>Kelurahan {name}, Kecamatan {kec}</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="43" />
        <source>ketik kode</source>
        <translation>type a code</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/pages/data.py" line="79" />
        <source>Draf ditemukan</source>
        <translation>Draft found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py" line="80" />
        <source>Ada draf yang belum disimpan dari {when} (mungkin karena aplikasi tertutup mendadak). Pulihkan draf itu?</source>
        <translation>There is an unsaved draft from {when} (perhaps the application closed unexpectedly). Restore that draft?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py" line="82" />
        <source>Pulihkan draf</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py" line="82" />
        <source>Buang draf</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py" line="90" />
        <source>Tersimpan ({state}, revisi {rev})</source>
        <translation>Saved ({state}, revision {rev})</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="148" />
        <source>hh-bb-tttt, misalnya 17-08-1990</source>
        <translation>dd-mm-yyyy, for example 17-08-1990</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="30" />
        <source>Nama pengguna atau kata sandi salah. Periksa huruf besar/kecil dan coba lagi.</source>
        <translation>Wrong user name or password. Check upper/lower case and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32" />
        <source>Peran Anda tidak berwenang untuk tindakan ini. Minta operator atau admin melakukannya.</source>
        <translation>Your role may not do this. Ask an operator or an admin to do it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34" />
        <source>Data tidak ditemukan; mungkin sudah dihapus. Muat ulang daftar.</source>
        <translation>Data not found; it may have been deleted. Reload the list.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35" />
        <source>Rumah tangga ini tidak ada lagi; mungkin sudah dihapus. Muat ulang daftar.</source>
        <translation>This household no longer exists; it may have been deleted. Reload the list.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37" />
        <source>Data belum lolos pemeriksaan. Perbaiki isian yang ditandai merah (lihat panel Masalah), lalu simpan lagi.</source>
        <translation>The record does not pass the checks yet. Fix the entries marked red (see the Problems panel), then save again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="39" />
        <source>NIK sudah terdaftar pada rumah tangga lain. Cari NIK itu di daftar untuk memeriksa data ganda.</source>
        <translation>This NIK is already registered in another household. Search for it in the list to check for a duplicate.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41" />
        <source>Dua ART dalam rumah tangga ini memakai NIK yang sama. Perbaiki salah satunya.</source>
        <translation>Two members of this household have the same NIK. Correct one of them.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43" />
        <source>Data ini sudah diubah di tempat lain sejak dibuka. Tutup formulir, buka ulang, lalu ulangi perubahan.</source>
        <translation>This record was changed elsewhere since you opened it. Close the form, open it again and redo your change.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45" />
        <source>Nomor urut keluarga ganda dalam satu rumah tangga.</source>
        <translation>Duplicate family number in one household.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46" />
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47" />
        <source>Kode wilayah tidak dikenal. Periksa kode Kemendagri.</source>
        <translation>Unknown region code. Check the Kemendagri code.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>Basis data belum terikat ke kelurahan. Jalankan: siks init --kelurahan KODE.</source>
        <translation>The database is not bound to a kelurahan yet. Run: siks init --kelurahan CODE.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50" />
        <source>Pembaruan struktur basis data gagal; data tidak diubah. Hubungi admin dengan berkas basis data ini.</source>
        <translation>Upgrading the database structure failed; no data was changed. Contact your admin with this database file.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>Dibatalkan; tidak ada data yang diubah.</source>
        <translation>Cancelled; no data was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53" />
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126" />
        <source>Terjadi kesalahan yang tidak terduga.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="244" />
        <source>SIKS Desktop</source>
        <translation>SIKS Desktop</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="28" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="37" />
        <source>Jadwal tahap aktif</source>
        <translation>Schedule of the active stage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="43" />
        <source>Waktu berjalan</source>
        <translation>Time elapsed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="46" />
        <source>Rumah tangga sudah diverval</source>
        <translation>Households verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="53" />
        <source>Hasil verval</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="54" />
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="55" />
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="63" />
        <source>Rumah tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="85" />
        <source>Beranda — Kelurahan {name}</source>
        <translation>Home — Kelurahan {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="86" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="88" />
        <source>{h} rumah tangga · {j} jiwa</source>
        <translation>{h} households · {j} people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="92" />
        <source>Belum diverval</source>
        <translation>Not yet verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="96" />
        <source>Tanpa tahap</source>
        <translation>No stage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="112" />
        <source>Belum ada jadwal tahap.</source>
        <translation>No stage schedule yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="117" />
        <source>{nama}: verval {a} s.d. {b}; input s.d. {c}.</source>
        <translation>{nama}: verification {a} to {b}; data entry until {c}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="121" />
        <source>Sisa {n} hari.</source>
        <translation>{n} days left.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="121" />
        <source>Tahap sudah berakhir.</source>
        <translation>The stage has ended.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="128" />
        <source>{n} dari {m} hari</source>
        <translation>{n} of {m} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="134" />
        <source>{n} dari {m} rumah tangga</source>
        <translation>{n} of {m} households</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../ui/form/household_form.py" line="35" />
        <source>Blok I Tempat</source>
        <translation>Block I Location</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="35" />
        <source>Blok I Pengenalan Tempat</source>
        <translation>Block I Identification of location</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="36" />
        <source>Blok II Petugas &amp;&amp; Verval</source>
        <translation>Block II Staff &amp;&amp; Result</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="37" />
        <source>Blok II Keterangan Petugas dan Hasil Verval</source>
        <translation>Block II Staff and verification result</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="38" />
        <source>Blok III Perumahan</source>
        <translation>Block III Housing</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="38" />
        <source>Blok III Keterangan Perumahan</source>
        <translation>Block III Housing</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="39" />
        <source>Blok IV ART</source>
        <translation>Block IV Members</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="39" />
        <source>Blok IV Anggota Rumah Tangga</source>
        <translation>Block IV Household members</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="40" />
        <source>Blok V Aset &amp;&amp; Program</source>
        <translation>Block V Assets &amp;&amp; Programmes</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="40" />
        <source>Blok V Aset dan Keikutsertaan Program</source>
        <translation>Block V Assets and programme participation</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="43" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="43" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="43" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="44" />
        <source>Hub. KRT</source>
        <translation>Rel. to head</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="44" />
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="44" />
        <source>Tgl lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="45" />
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="45" />
        <source>Keberadaan</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="121" />
        <source>← Daftar</source>
        <translation>← List</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="122" />
        <source>Kembali ke daftar (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="132" />
        <source>Status rekaman</source>
        <translation>Record state</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="139" />
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="180" />
        <source>I.1-4 Wilayah</source>
        <translation>I.1-4 Region</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="205" />
        <source>I.11 Keluarga dalam rumah tangga (nomor urut dan Nomor KK)</source>
        <translation>I.11 Families in the household (number and family card number)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="216" />
        <source>Tambah keluarga</source>
        <translation>Add family</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="218" />
        <source>Hapus keluarga</source>
        <translation>Remove family</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="254" />
        <source>&amp;Tambah ART</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="254" />
        <source>Tambah ART (Insert)</source>
        <translation>Add a member (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="255" />
        <source>&amp;Hapus ART</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="255" />
        <source>Hapus ART terpilih (Delete)</source>
        <translation>Remove the selected member (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="256" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="256" />
        <source>Pindahkan ke atas (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="257" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="257" />
        <source>Pindahkan ke bawah (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="301" />
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="350" />
        <source>Usulan baru</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="352" />
        <source>Rumah tangga #{id}</source>
        <translation>Household #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="358" />
        <source>(belum disimpan)</source>
        <translation>(not saved)</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="452" />
        <source>Belum ada ART. Tekan Insert atau "Tambah ART".</source>
        <translation>No members yet. Press Insert or "Add member".</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="473" />
        <source>ART ke-{n}</source>
        <translation>Member {n}</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="490" />
        <source>tanpa nama</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="491" />
        <source>Hapus ART</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="492" />
        <source>Hapus ART ke-{n} ({nama}) dari rumah tangga ini?</source>
        <translation>Remove member {n} ({nama}) from this household?</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="493" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="493" />
        <location filename="../../ui/form/household_form.py" line="733" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="576" />
        <source>Masalah: tidak ada</source>
        <translation>Problems: none</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="578" />
        <source>Masalah: {e} kesalahan, {w} peringatan</source>
        <translation>Problems: {e} errors, {w} warnings</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="583" />
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="583" />
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="617" />
        <source>ada kesalahan</source>
        <translation>has errors</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="617" />
        <source>ada peringatan</source>
        <translation>has warnings</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="618" />
        <source>tanpa masalah</source>
        <translation>no problems</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="672" />
        <source>Ada isian yang belum benar (tanda merah). Perbaiki dulu sebelum menyimpan.</source>
        <translation>Some entries are not valid yet (marked red). Fix them before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="730" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="731" />
        <source>Data rumah tangga ini sudah diubah tetapi belum disimpan.</source>
        <translation>This household was changed but not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="732" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/form/household_form.py" line="732" />
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>HouseholdListPage</name>
    <message>
        <location filename="../../ui/pages/households.py" line="35" />
        <source>Cari NIK, No. KK, nama atau alamat… (Ctrl+F)</source>
        <translation>Search NIK, family card no., name or address… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="38" />
        <source>Usulan &amp;baru</source>
        <translation>&amp;New proposal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="39" />
        <source>Rumah tangga baru dari awal (Ctrl+N)</source>
        <translation>A new household from scratch (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="45" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="45" />
        <location filename="../../ui/pages/households.py" line="48" />
        <location filename="../../ui/pages/households.py" line="49" />
        <location filename="../../ui/pages/households.py" line="50" />
        <location filename="../../ui/pages/households.py" line="51" />
        <location filename="../../ui/pages/households.py" line="53" />
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="45" />
        <source>Belum diverval</source>
        <translation>Not yet verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="48" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="49" />
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="50" />
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="51" />
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="53" />
        <source>Rekaman</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="167" />
        <source>{n} rumah tangga</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="169" />
        <source>{n} jiwa</source>
        <translation>{n} people</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../ui/models/households.py" line="25" />
        <source>Nama KRT</source>
        <translation>Household head</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="26" />
        <source>NIK KRT</source>
        <translation>Head’s NIK</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="27" />
        <source>No. KK</source>
        <translation>Family card</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="28" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="29" />
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="30" />
        <source>ART</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="31" />
        <source>Hasil verval</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="32" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="33" />
        <source>Rekaman</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/models/households.py" line="152" />
        <source>Belum diverval</source>
        <translation>Not yet verified</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="23" />
        <source>Masuk — SIKS Desktop</source>
        <translation>Log in — SIKS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="26" />
        <source>SIKS Desktop</source>
        <translation>SIKS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="32" />
        <source>Verifikasi dan validasi DTKS</source>
        <translation>DTKS verification and validation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="41" />
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="42" />
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="51" />
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="52" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="61" />
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your user name and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="21" />
        <source>SIKS Desktop</source>
        <translation>SIKS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40" />
        <source>Data Rumah Tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>Pengguna: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70" />
        <source>Peran: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73" />
        <source>Kelurahan: {name}</source>
        <translation>Kelurahan: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74" />
        <source>Kelurahan: belum diatur</source>
        <translation>Kelurahan: not set</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>Tahap: {name}</source>
        <translation>Stage: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>sisa {n} hari</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>sudah berakhir</source>
        <translation>ended</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/errors.py" line="58" />
        <location filename="../../ui/errors.py" line="73" />
        <source>harus 16 digit angka</source>
        <translation>must be 16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59" />
        <source>memuat kode provinsi (2 digit pertama) yang tidak dikenal</source>
        <translation>has an unknown province code (first 2 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60" />
        <source>memuat kode kecamatan (6 digit pertama) yang tidak dikenal</source>
        <translation>has an unknown kecamatan code (first 6 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61" />
        <source>memuat tanggal lahir (digit 7–12) yang tidak valid</source>
        <translation>has an invalid birth date (digits 7–12)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62" />
        <location filename="../../ui/errors.py" line="76" />
        <source>memuat nomor urut (4 digit terakhir) 0000 yang tidak valid</source>
        <translation>has the invalid serial number 0000 (last 4 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63" />
        <source>tampak seperti NIK isian sementara, bukan NIK sebenarnya</source>
        <translation>looks like a placeholder, not a real NIK</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>berasal dari luar provinsi setempat (kode provinsi {provinsi}); periksa kembali</source>
        <translation>comes from outside this province (province code {provinsi}); check it</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>tidak sesuai dengan jenis kelamin (tanggal lahir perempuan pada NIK ditambah 40)</source>
        <translation>does not match the sex (a woman’s birth day in a NIK has 40 added)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68" />
        <source>tidak sesuai dengan tanggal lahir yang diisi</source>
        <translation>does not match the birth date entered</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69" />
        <source>menunjukkan umur yang berbeda lebih dari 1 tahun dengan umur menurut tanggal lahir</source>
        <translation>gives an age more than 1 year away from the age by birth date</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71" />
        <source>sama dengan NIK ART ke-{art_lain} dalam rumah tangga ini</source>
        <translation>is the same as the NIK of member {art_lain} of this household</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74" />
        <source>memuat kode wilayah (6 digit pertama) yang tidak dikenal</source>
        <translation>has an unknown region code (first 6 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75" />
        <source>memuat tanggal pencatatan (digit 7–12) yang tidak valid</source>
        <translation>has an invalid registration date (digits 7–12)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77" />
        <source>tampak seperti nomor KK isian sementara, bukan nomor sebenarnya</source>
        <translation>looks like a placeholder, not a real family card number</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79" />
        <source>tidak boleh sama dengan NIK anggota rumah tangga</source>
        <translation>must not equal the NIK of a household member</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80" />
        <source>sama dengan Nomor KK keluarga ke-{keluarga_lain} dalam rumah tangga ini</source>
        <translation>is the same as the family card number of family {keluarga_lain} of this household</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82" />
        <source>belum diisi untuk keluarga kepala rumah tangga</source>
        <translation>is missing for the family of the household head</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83" />
        <source>wajib diisi</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84" />
        <source>berisi kode yang tidak ada dalam daftar kode</source>
        <translation>holds a code that is not in the code list</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85" />
        <source>berisi nilai yang tidak sesuai jenis isian</source>
        <translation>holds a value of the wrong kind</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86" />
        <source>harus berupa angka bulat</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87" />
        <source>harus tanggal yang benar dengan format hh-bb-tttt (misalnya 17-08-1990)</source>
        <translation>must be a real date as dd-mm-yyyy (for example 17-08-1990)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89" />
        <source>harus bernilai antara {min} dan {max}</source>
        <translation>must be between {min} and {max}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90" />
        <source>harus bernilai paling sedikit {min}</source>
        <translation>must be at least {min}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91" />
        <source>harus bernilai paling banyak {max}</source>
        <translation>must be at most {max}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92" />
        <source>paling banyak {max_len} karakter</source>
        <translation>has at most {max_len} characters</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93" />
        <source>tidak boleh tanggal yang akan datang</source>
        <translation>must not be a future date</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94" />
        <source>seharusnya dilewati (tidak berlaku) tetapi terisi</source>
        <translation>should be skipped (does not apply) but is filled</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95" />
        <source>diisi hamil untuk ART yang belum kawin; periksa kembali</source>
        <translation>is pregnant for a member who never married; check it</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96" />
        <source>harus tepat satu ART dengan hubungan 1 (kepala rumah tangga); ditemukan {jumlah}</source>
        <translation>needs exactly one member with relationship 1 (household head); found {jumlah}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98" />
        <source>tercatat {tercatat}, tetapi daftar ART berisi {dihitung} orang</source>
        <translation>says {tercatat}, but the roster lists {dihitung} people</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100" />
        <source>tercatat {tercatat}, tetapi ART terbagi dalam {dihitung} keluarga</source>
        <translation>says {tercatat}, but the members form {dihitung} families</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102" />
        <source>merujuk keluarga ke-{keluarga} yang tidak ada dalam rumah tangga ini</source>
        <translation>refers to family {keluarga}, which is not in this household</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104" />
        <source>dipakai lebih dari satu keluarga</source>
        <translation>is used by more than one family</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105" />
        <source>kepala keluarga (hubungan 1) lebih dari satu dalam satu keluarga ({jumlah} orang)</source>
        <translation>more than one family head (relationship 1) in one family ({jumlah} people)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143" />
        <source>tidak lolos pemeriksaan ({code})</source>
        <translation>fails a check ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153" />
        <source>ART ke-{n}: {text}</source>
        <translation>Member {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156" />
        <source>Keluarga ke-{n}: {text}</source>
        <translation>Family {n}: {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="194" />
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="197" />
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan yang belum disimpan tersimpan sebagai draf. Salin laporan di bawah dan kirimkan ke admin. Laporan ini tidak memuat NIK atau nama.</source>
        <translation>An unexpected error occurred. Unsaved work is kept as a draft. Copy the report below and send it to your admin. The report holds no NIK and no name.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="206" />
        <source>Salin laporan</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214" />
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/tasks.py" line="95" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="23" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="29" />
        <source>Ukuran huruf</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="38" />
        <source>Bahasa baru berlaku setelah aplikasi dibuka ulang.</source>
        <translation>The new language applies after restarting the application.</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="106" />
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
</context>
</TS>