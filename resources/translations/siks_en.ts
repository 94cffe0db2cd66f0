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
    <name>CentralPage</name>
    <message>
        <location filename="../../ui/pages/central.py" line="91"/>
        <source>Impor Bundel</source>
        <translation>Import Bundles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="95"/>
        <source>Penyimpanan pusat dan kunci Dinsos</source>
        <translation>Central store and Dinsos (Dinas Sosial) key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="99"/>
        <source>Berkas SQLite (kantor kecil) atau URL PostgreSQL, mis. postgresql://dinsos@server/siks_pusat</source>
        <translation>SQLite file (small office) or PostgreSQL URL, e.g. postgresql://dinsos@server/siks_pusat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="104"/>
        <source>Berkas kunci Dinsos (.p12)</source>
        <translation>Dinsos key file (.p12)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="107"/>
        <source>Sertifikat CA Dinsos (ca.pem)</source>
        <translation>Dinsos CA certificate (ca.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="108"/>
        <source>Penyimpanan &amp;pusat:</source>
        <translation>Central &amp;store:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="109"/>
        <source>&amp;Kunci Dinsos:</source>
        <translation>Dinsos &amp;key:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="110"/>
        <source>&amp;CA:</source>
        <translation>&amp;CA:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="114"/>
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="119"/>
        <source>Kunci Dinsos belum dibuka (kata sandi ditanyakan sekali per sesi).</source>
        <translation>The Dinsos key is not open yet (the password is asked once per session).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="133"/>
        <source>&amp;Pilih bundel dan impor…</source>
        <translation>Choose bundles and &amp;import…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="136"/>
        <source>&amp;Tahan bundel yang datang tidak berurutan sampai celahnya tertutup</source>
        <translation>&amp;Hold bundles that arrive out of order until the gap is closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="142"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="142"/>
        <location filename="../../ui/pages/central.py" line="163"/>
        <location filename="../../ui/pages/central.py" line="179"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="142"/>
        <source>No. urut</source>
        <translation>Seq. no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="143"/>
        <location filename="../../ui/pages/central.py" line="167"/>
        <location filename="../../ui/pages/central.py" line="180"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="143"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="144"/>
        <source>Tanda terima</source>
        <translation>Tanda terima (receipt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="151"/>
        <source>Belum ada bundel yang diimpor dalam sesi ini.</source>
        <translation>No bundles imported in this session yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="154"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="159"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="163"/>
        <source>Bundel</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="163"/>
        <source>No. urut terakhir</source>
        <translation>Last seq. no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="163"/>
        <source>Celah</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="164"/>
        <location filename="../../ui/pages/central.py" line="333"/>
        <source>Ditahan</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="164"/>
        <source>Rumah tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="164"/>
        <source>ART</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="164"/>
        <source>Konflik terbuka</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="173"/>
        <source>Tampilkan yang sudah &amp;ditinjau</source>
        <translation>Show re&amp;viewed conflicts too</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="179"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="179"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="179"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="179"/>
        <source>Kelurahan lain</source>
        <translation>Other kelurahan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="180"/>
        <source>ID data</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="180"/>
        <source>Catatan peninjau</source>
        <translation>Reviewer&apos;s note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="185"/>
        <source>Ca&amp;tatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="188"/>
        <source>Keputusan peninjau, mis. &quot;Data benar milik Cideng; Gambir diminta menghapus&quot;</source>
        <translation>Reviewer&apos;s decision, e.g. &quot;The record belongs to Cideng; Gambir is asked to delete it&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="191"/>
        <source>&amp;Selesai ditinjau</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="198"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="227"/>
        <source>Berkas penyimpanan pusat (SQLite)</source>
        <translation>Central store file (SQLite)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="228"/>
        <source>Basis data SQLite (*.db)</source>
        <translation>SQLite database (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="240"/>
        <location filename="../../ui/pages/central.py" line="275"/>
        <source>Kunci Dinsos</source>
        <translation>Dinsos key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="241"/>
        <source>Kunci PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 keys (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="247"/>
        <source>Sertifikat CA Dinsos</source>
        <translation>Dinsos CA certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="248"/>
        <source>Sertifikat (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="270"/>
        <source>Kunci Dinsos terbuka: {name}</source>
        <translation>Dinsos key open: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="276"/>
        <source>Kata sandi kunci Dinsos (.p12):</source>
        <translation>Password of the Dinsos key (.p12):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="290"/>
        <source>Pilih bundel .siks</source>
        <translation>Choose .siks bundles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="291"/>
        <source>Bundel SIKS (*.siks)</source>
        <translation>SIKS bundles (*.siks)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="299"/>
        <source>Buka dulu kunci Dinsos.</source>
        <translation>Open the Dinsos key first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="304"/>
        <source>Mengimpor {name} ({i} dari {n})…</source>
        <translation>Importing {name} ({i} of {n})…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="304"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="328"/>
        <source>Impor bundel ke penyimpanan pusat</source>
        <translation>Import bundles into the central store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="332"/>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="332"/>
        <source>Sudah ada (duplikat)</source>
        <translation>Already present (duplicate)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="333"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="351"/>
        <source>{n} data bertabrakan dengan kelurahan lain: lihat tab Konflik.</source>
        <translation>{n} record(s) clash with another kelurahan: see the Conflicts tab.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="354"/>
        <source>Ditahan sampai bundel dengan nomor urut sebelumnya diimpor.</source>
        <translation>Held until the bundle with the previous sequence number is imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="355"/>
        <source>Berhasil.</source>
        <translation>Succeeded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="368"/>
        <source>Impor terakhir: {a} bundel diproses: {i} diimpor, {d} duplikat, {h} ditahan, {r} ditolak.</source>
        <translation>Last import: {a} bundle(s) processed: {i} imported, {d} duplicate, {h} held, {r} rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="372"/>
        <source>Dibatalkan: {n} berkas tidak diproses.</source>
        <translation>Cancelled: {n} file(s) not processed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="374"/>
        <source>Bundel yang ditolak tidak mengubah apa pun.</source>
        <translation>Rejected bundles change nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="409"/>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="409"/>
        <source>selesai</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="430"/>
        <source>Pilih dulu konflik yang sudah ditinjau.</source>
        <translation>First select the conflict you have reviewed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/central.py" line="433"/>
        <source>Tulis catatan keputusan peninjau dulu.</source>
        <translation>Write the reviewer&apos;s decision note first.</translation>
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
    <name>DecisionTableModel</name>
    <message>
        <location filename="../../ui/models/musyawarah.py" line="53"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/musyawarah.py" line="53"/>
        <source>Nama KRT</source>
        <translation>Household head</translation>
    </message>
    <message>
        <location filename="../../ui/models/musyawarah.py" line="54"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/models/musyawarah.py" line="54"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ui/models/musyawarah.py" line="55"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/models/musyawarah.py" line="56"/>
        <source>Alasan</source>
        <translation>Reason</translation>
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
        <translation>Step 1 of 4 · Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="60"/>
        <source>Buku kerja Excel (.xlsx) kiriman Bappeda (P3KE), Dinas Pendidikan (KJP Plus/KJMU), Dinas Kesehatan (stunting) atau ekstrak DTKS.</source>
        <translation>Excel workbook (.xlsx) sent by Bappeda (P3KE), Dinas Pendidikan (education office; KJP Plus/KJMU), Dinas Kesehatan (health office; stunting) or a DTKS extract.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="63"/>
        <source>&amp;Berkas:</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="66"/>
        <source>Ketik lokasi berkas atau tekan Pilih berkas…</source>
        <translation>Type the file location or press Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="68"/>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="77"/>
        <source>Pilih berkas prelist</source>
        <translation>Choose a prelist file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="78"/>
        <source>Buku kerja Excel (*.xlsx *.xlsm *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm *.xls)</translation>
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
        <translation>Step 4 of 4 · Import and summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="369"/>
        <source>Simpan &amp;laporan kesalahan…</source>
        <translation>Save error &amp;report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="386"/>
        <source>Memeriksa berkas (uji coba)…</source>
        <translation>Checking the file (dry run)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="386"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="390"/>
        <source>Membaca dan memeriksa baris…</source>
        <translation>Reading and checking rows…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="390"/>
        <source>Menyimpan ke basis data…</source>
        <translation>Saving to the database…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="401"/>
        <source>Impor prelist</source>
        <translation>Import prelist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="406"/>
        <source>Impor gagal; basis data tidak berubah.</source>
        <translation>Import failed; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="414"/>
        <source>Impor dibatalkan. Tidak ada data yang disimpan; basis data tetap seperti sebelumnya.</source>
        <translation>Import cancelled. No data was saved; the database is the same as before.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="420"/>
        <source>Uji coba selesai: tidak ada yang disimpan. Angka di bawah adalah hasil bila berkas diimpor.</source>
        <translation>Dry run finished: nothing was saved. The figures below are what importing the file would give.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="423"/>
        <source>Berkas ini sudah pernah diimpor; tidak ada data baru.</source>
        <translation>This file has already been imported; there is no new data.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="425"/>
        <source>Impor selesai, {n} baris ditolak. Simpan laporan kesalahan dan kirimkan ke instansi pengirim.</source>
        <translation>Import finished, {n} rows rejected. Save the error report and send it to the agency that sent the file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="428"/>
        <source>Impor selesai tanpa kesalahan.</source>
        <translation>Import finished without errors.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="429"/>
        <source>Baris dibaca</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="430"/>
        <source>Orang baru diimpor</source>
        <translation>New people imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="431"/>
        <source>Digabung dengan data yang ada (NIK sama)</source>
        <translation>Merged with existing data (same NIK)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="432"/>
        <source>Sudah ada dari sumber ini</source>
        <translation>Already present from this source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="433"/>
        <source>Baris ditolak</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="434"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="435"/>
        <source>Baris dilewati (judul, kosong, jumlah)</source>
        <translation>Rows skipped (headings, empty, totals)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="436"/>
        <source>Rumah tangga baru</source>
        <translation>New households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="453"/>
        <source>Simpan laporan kesalahan</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="454"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="462"/>
        <source>Laporan kesalahan disimpan: {path}</source>
        <translation>Error report saved: {path}</translation>
    </message>
</context>
<context>
    <name>KotaPage</name>
    <message>
        <location filename="../../ui/pages/kota.py" line="130"/>
        <source>Rekap &amp; Pengesahan</source>
        <translation>Summary &amp; Endorsement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="137"/>
        <source>berkas SQLite penyimpanan pusat atau URL PostgreSQL</source>
        <translation>central store SQLite file or PostgreSQL URL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="138"/>
        <location filename="../../ui/pages/kota.py" line="143"/>
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="142"/>
        <source>ca.pem dari Dinas Sosial (untuk memeriksa Berita Acara)</source>
        <translation>ca.pem from the Dinas Sosial (to verify the Berita Acara)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="148"/>
        <source>Tahap {r}</source>
        <translation>Stage {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="153"/>
        <source>terbaru</source>
        <translation>latest</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="159"/>
        <location filename="../../ui/pages/kota.py" line="438"/>
        <source>Seluruh kota/kabupaten</source>
        <translation>Whole city/regency</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="160"/>
        <source>Satu Surat Pengesahan per kota/kabupaten; pilih kecamatan untuk rekap kecamatan saja.</source>
        <translation>One Surat Pengesahan (endorsement letter) per city/regency; choose a kecamatan for a summary of that kecamatan only.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="162"/>
        <source>&amp;Muat rekap</source>
        <translation>&amp;Load summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="166"/>
        <source>Penyimpanan &amp;pusat:</source>
        <translation>Central &amp;store:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="167"/>
        <source>Sertifikat &amp;CA:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="173"/>
        <source>&amp;Tahap:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="175"/>
        <source>Ta&amp;hun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="181"/>
        <source>&amp;Wilayah:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="189"/>
        <source>Pilih penyimpanan pusat dan tahap, lalu tekan Muat rekap.</source>
        <translation>Choose the central store and stage, then press Load summary.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="195"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="195"/>
        <location filename="../../ui/pages/kota.py" line="229"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="195"/>
        <location filename="../../ui/pages/kota.py" line="229"/>
        <source>Ruta</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="195"/>
        <source>Keluarga</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="195"/>
        <location filename="../../ui/pages/kota.py" line="229"/>
        <source>Jiwa</source>
        <translation>Jiwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="196"/>
        <source>Dite-
mukan</source>
        <translation>Verified
(found)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="196"/>
        <source>Tidak
ditemukan</source>
        <translation>Not
found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="196"/>
        <source>Verval
lain</source>
        <translation>Other
result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="197"/>
        <source>Belum
verval</source>
        <translation>Not yet
verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="197"/>
        <source>Layak</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="197"/>
        <source>Tidak
layak</source>
        <translation>Not
eligible</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="197"/>
        <source>Keputusan
lain</source>
        <translation>Other
decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="198"/>
        <source>Belum
diputuskan</source>
        <translation>Not yet
decided</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="198"/>
        <source>Bundel
terakhir</source>
        <translation>Last
bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="198"/>
        <source>Tanggal
bundel</source>
        <translation>Bundle
date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="199"/>
        <source>Berita
Acara</source>
        <translation>Berita
Acara</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="201"/>
        <source>Hasil verval: ditemukan (selesai diverval)</source>
        <translation>Verification result: found (verification completed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="201"/>
        <source>Hasil verval: tidak ditemukan</source>
        <translation>Verification result: not found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="202"/>
        <source>Hasil verval: pindah, bagian ruta lain, ganda, menolak, usulan baru</source>
        <translation>Verification result: moved, part of another ruta (household), duplicate, refused, new proposal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="203"/>
        <source>Belum ada hasil verval</source>
        <translation>No verification result yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="203"/>
        <source>Keputusan musyawarah: layak diusulkan</source>
        <translation>Musyawarah decision: eligible, to be proposed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="204"/>
        <source>Keputusan musyawarah: tidak layak (mampu)</source>
        <translation>Musyawarah decision: not eligible (well-off)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="205"/>
        <source>Keputusan musyawarah: verval ulang, usulan hapus</source>
        <translation>Musyawarah decision: verify again, proposed for removal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="206"/>
        <source>Belum ada keputusan musyawarah</source>
        <translation>No musyawarah decision yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="207"/>
        <source>Berita Acara: sah (tanda tangan Lurah sah dan tepercaya), tidak sah, atau belum ada</source>
        <translation>Berita Acara (minutes): valid (the Lurah&apos;s signature is valid and trusted), not valid, or missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="219"/>
        <source>Kelurahan yang belum mengirim bundel</source>
        <translation>Kelurahan that have not sent a bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="224"/>
        <source>Surat Pengesahan yang sudah ditandatangani</source>
        <translation>Signed Surat Pengesahan (endorsement letters)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="228"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="228"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="228"/>
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="239"/>
        <source>Periksa Dok&amp;umen…</source>
        <translation>Veri&amp;fy document…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="242"/>
        <source>&amp;Buka di penampil PDF</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="262"/>
        <source>Buat &amp;&amp; tanda tangani &amp;Surat Pengesahan…</source>
        <translation>Create &amp;&amp; sign Surat &amp;Pengesahan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="265"/>
        <source>Buat paket SIKS-&amp;NG…</source>
        <translation>Build SIKS-&amp;NG package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="284"/>
        <source>Pilih berkas penyimpanan pusat</source>
        <translation>Choose the central store file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="285"/>
        <source>Basis data SQLite (*.db *.sqlite);;Semua berkas (*)</source>
        <translation>SQLite database (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="290"/>
        <source>Pilih sertifikat CA</source>
        <translation>Choose the CA certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="291"/>
        <source>Sertifikat (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="317"/>
        <source>Berkas penyimpanan pusat tidak ditemukan: periksa lokasinya atau pilih berkas lain.</source>
        <translation>Central store file not found: check its location or choose another file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="333"/>
        <source>Isi dulu penyimpanan pusat (berkas SQLite atau URL PostgreSQL).</source>
        <translation>Fill in the central store first (SQLite file or PostgreSQL URL).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="341"/>
        <source>Memuat rekap dan memeriksa tanda tangan Berita Acara…</source>
        <translation>Loading the summary and checking the Berita Acara signatures…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="352"/>
        <source>Rekap belum dimuat.</source>
        <translation>The summary has not been loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="363"/>
        <source>belum ada</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="365"/>
        <source>belum diperiksa</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="367"/>
        <source>sah</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="368"/>
        <source>tidak sah</source>
        <translation>not valid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="381"/>
        <source>{wilayah} — {tahap}: {n} kelurahan mengirim data, {m} belum</source>
        <translation>{wilayah} — {tahap}: {n} kelurahan sent data, {m} have not</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="399"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="414"/>
        <source>JUMLAH</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="423"/>
        <source>{kel} (Kec. {kec})</source>
        <translation>{kel} (Kec. {kec})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="425"/>
        <source>Semua kelurahan sudah mengirim.</source>
        <translation>All kelurahan have sent their data.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="427"/>
        <source>Rekap dimuat.</source>
        <translation>Summary loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="441"/>
        <source>Kec. {name}</source>
        <translation>Kec. {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="449"/>
        <source> (paraf {name})</source>
        <translation> (initialled by {name})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="473"/>
        <source>Pilih berkas sertifikat penanda tangan (.p12).</source>
        <translation>Choose the signer&apos;s certificate file (.p12).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="481"/>
        <source>Memeriksa Berita Acara dan menandatangani Surat Pengesahan…</source>
        <translation>Checking the Berita Acara and signing the Surat Pengesahan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="489"/>
        <source>Menandatangani Surat Pengesahan…</source>
        <translation>Signing the Surat Pengesahan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="490"/>
        <source>Surat Pengesahan</source>
        <translation>Surat Pengesahan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="494"/>
        <source>Surat Pengesahan belum ditandatangani.</source>
        <translation>The Surat Pengesahan has not been signed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="501"/>
        <source>Surat Pengesahan Nomor {nomor} ditandatangani: {n} kelurahan, {ruta} ruta, {jiwa} jiwa. Berkas: {path}</source>
        <translation>Surat Pengesahan No. {nomor} signed: {n} kelurahan, {ruta} ruta (households), {jiwa} jiwa (people). File: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="513"/>
        <source>Pilih Surat Pengesahan di daftar.</source>
        <translation>Select a Surat Pengesahan in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="524"/>
        <source>Dibuka di penampil PDF: {path}</source>
        <translation>Opened in the PDF viewer: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="526"/>
        <source>Tidak ada penampil PDF terpasang. Berkas ada di {path}</source>
        <translation>No PDF viewer is installed. The file is at {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="548"/>
        <source>Pilih folder kosong untuk paket SIKS-NG</source>
        <translation>Choose an empty folder for the SIKS-NG package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="554"/>
        <location filename="../../ui/pages/kota.py" line="558"/>
        <source>Menyusun paket SIKS-NG…</source>
        <translation>Building the SIKS-NG package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="559"/>
        <source>Paket SIKS-NG</source>
        <translation>SIKS-NG package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="563"/>
        <source>Paket SIKS-NG belum dibuat.</source>
        <translation>The SIKS-NG package has not been built.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="568"/>
        <source>Paket SIKS-NG selesai di {path}: {ruta} ruta, {art} ART, {ba} Berita Acara, Surat Pengesahan Nomor {nomor}, {files} berkas dengan manifest.json (sha256).</source>
        <translation>SIKS-NG package ready in {path}: {ruta} ruta (households), {art} ART (members), {ba} Berita Acara, Surat Pengesahan No. {nomor}, {files} files with manifest.json (sha256).</translation>
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
        <location filename="../../ui/main_window.py" line="25"/>
        <source>SIKS Desktop</source>
        <translation>SIKS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Impor Bundel</source>
        <translation>Import Bundles</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Data Rumah Tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <source>Prelist</source>
        <translation>Prelist</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Musyawarah</source>
        <translation>Musyawarah</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Rekap &amp; Pengesahan</source>
        <translation>Summary &amp; Endorsement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Pengguna: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Peran: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Kelurahan: {name}</source>
        <translation>Kelurahan: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Kelurahan: belum diatur</source>
        <translation>Kelurahan: not set</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Tahap: {name}</source>
        <translation>Stage: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>sisa {n} hari</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>sudah berakhir</source>
        <translation>ended</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/pages/prelist.py" line="93"/>
        <source>Langkah 2 dari 4 · Sumber dan pemetaan kolom</source>
        <translation>Step 2 of 4 · Source and column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="94"/>
        <source>Periksa kolom mana yang berisi NIK, nama, dan seterusnya. NIK dan Nama wajib.</source>
        <translation>Check which column holds the NIK, the name, and so on. NIK and Name are required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="105"/>
        <source>Nomor baris judul kolom, seperti yang tampil di Excel</source>
        <translation>Row number of the column headings, as shown in Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="106"/>
        <source>&amp;Sumber:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="106"/>
        <source>&amp;Lembar:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="107"/>
        <source>Baris &amp;judul:</source>
        <translation>Header &amp;row:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="113"/>
        <source>Baca &amp;ulang</source>
        <translation>Read a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="114"/>
        <source>Baca ulang berkas dengan baris judul yang dipilih</source>
        <translation>Read the file again using the selected header row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="120"/>
        <source>Judul kolom di berkas</source>
        <translation>Column heading in the file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="120"/>
        <source>Diisikan ke</source>
        <translation>Maps to field</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="131"/>
        <source>&amp;Muat pemetaan…</source>
        <translation>&amp;Load mapping…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="132"/>
        <source>Simpan &amp;pemetaan…</source>
        <translation>Save &amp;mapping…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="156"/>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="170"/>
        <source>{message} Pilih sumber atau lembar lain, ubah baris judul lalu Baca ulang, atau muat berkas pemetaan.</source>
        <translation>{message} Choose another source or sheet, change the header row and press Read again, or load a mapping file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="191"/>
        <source>— tidak dipakai —</source>
        <translation>— not used —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="224"/>
        <source>Kolom wajib belum dipetakan: {fields}.</source>
        <translation>Required fields not mapped yet: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="226"/>
        <source>Satu isian dipilih untuk lebih dari satu kolom: {fields}.</source>
        <translation>The same field is chosen for more than one column: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="229"/>
        <source>Baris judul {row}; {n} kolom dipetakan.</source>
        <translation>Header row {row}; {n} columns mapped.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="238"/>
        <source>Muat pemetaan kolom</source>
        <translation>Load column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="239"/>
        <location filename="../../ui/pages/prelist.py" line="255"/>
        <source>Pemetaan kolom (*.json)</source>
        <translation>Column mapping (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="254"/>
        <source>Simpan pemetaan kolom</source>
        <translation>Save column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="261"/>
        <source>Pemetaan disimpan ke {name}.</source>
        <translation>Mapping saved to {name}.</translation>
    </message>
</context>
<context>
    <name>MusyawarahPage</name>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="119"/>
        <source>Musyawarah Kelurahan/Desa</source>
        <translation>Musyawarah Kelurahan/Desa (village deliberation meeting)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="126"/>
        <source>Musyawarah &amp;baru</source>
        <translation>&amp;New musyawarah</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="133"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="133"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="133"/>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="134"/>
        <source>Nomor BA</source>
        <translation>BA number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="134"/>
        <location filename="../../ui/pages/musyawarah.py" line="373"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="134"/>
        <location filename="../../ui/pages/musyawarah.py" line="373"/>
        <source>Rumah tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="160"/>
        <source>&amp;Peserta</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="161"/>
        <source>&amp;Keputusan</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="166"/>
        <source>Pratin&amp;jau BA</source>
        <translation>Previe&amp;w BA</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="167"/>
        <source>&amp;Tanda tangani BA…</source>
        <translation>Si&amp;gn BA…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="168"/>
        <source>&amp;Cetak…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="170"/>
        <source>Periksa Dok&amp;umen…</source>
        <translation>Veri&amp;fy document…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="185"/>
        <source>Hanya Lurah/Kepala Desa yang menandatangani Berita Acara.</source>
        <translation>Only the Lurah/Kepala Desa (village head) signs the Berita Acara (minutes).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="186"/>
        <source>Hanya Lurah/Kepala Desa yang membuka revisi.</source>
        <translation>Only the Lurah/Kepala Desa (village head) can open a revision.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="197"/>
        <source>hh-bb-tttt, misalnya 31-07-2023</source>
        <translation>dd-mm-yyyy, for example 31-07-2023</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="212"/>
        <source>kosongkan: dibuat otomatis</source>
        <translation>leave empty: generated automatically</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="214"/>
        <source>Satu butir per baris; kosongkan: disusun dari jumlah keputusan</source>
        <translation>One point per line; leave empty: composed from the decision counts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="218"/>
        <source>Waktu &amp;mulai:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="219"/>
        <source>Waktu se&amp;lesai:</source>
        <translation>&amp;End time:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="219"/>
        <source>T&amp;empat:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="221"/>
        <source>&amp;Nomor BA:</source>
        <translation>&amp;BA number:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="224"/>
        <source>N&amp;otulen:</source>
        <translation>Minute-ta&amp;ker:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="235"/>
        <source>&amp;Simpan data (Ctrl+S)</source>
        <translation>Save detai&amp;ls (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="248"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="248"/>
        <source>Unsur</source>
        <translation>Represents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="248"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="249"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="249"/>
        <source>Wakil peserta</source>
        <translation>Participants&apos; representative</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="256"/>
        <source>&amp;Hapus peserta</source>
        <translation>Remo&amp;ve participant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="257"/>
        <source>&amp;Simpan daftar peserta</source>
        <translation>&amp;Save participant list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="280"/>
        <source>Cari rumah tangga: NIK, No. KK, nama atau alamat…</source>
        <translation>Search households: NIK, No. KK (family card no.), name or address…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="285"/>
        <source>T&amp;ambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="286"/>
        <source>Pilih rumah tangga ini untuk diberi keputusan</source>
        <translation>Select this household to record a decision for it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="307"/>
        <location filename="../../ui/pages/musyawarah.py" line="673"/>
        <source>Pilih rumah tangga di tabel atau cari lalu Tambah.</source>
        <translation>Select a household in the table, or search and press Add.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="313"/>
        <source>Wajib untuk tidak layak dan usulan hapus</source>
        <translation>Required for “not eligible” and “proposed removal”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="316"/>
        <source>&amp;Hapus keputusan</source>
        <translation>Remo&amp;ve decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="152"/>
        <source>Buka re&amp;visi…</source>
        <translation>Open &amp;revision…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="159"/>
        <source>Data mus&amp;yawarah</source>
        <translation>&amp;Musyawarah details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="162"/>
        <source>&amp;Dokumen BA</source>
        <translation>BA doc&amp;uments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="169"/>
        <source>Buka di penampil PD&amp;F</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="218"/>
        <source>Tan&amp;ggal:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="220"/>
        <source>Jen&amp;is:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="220"/>
        <source>&amp;Waktu pelaksanaan:</source>
        <translation>&amp;Timing:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="222"/>
        <source>Pimpinan &amp;rapat:</source>
        <translation>C&amp;haired by:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="222"/>
        <source>Jabatan pimpinan:</source>
        <translation>Chair&apos;s position:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="224"/>
        <source>NIP pimpinan:</source>
        <translation>Chair&apos;s NIP (civil servant ID):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="225"/>
        <source>Jabatan notulen:</source>
        <translation>Minute-taker&apos;s position:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="225"/>
        <source>Kesimpul&amp;an:</source>
        <translation>&amp;Conclusions:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="255"/>
        <source>T&amp;ambah peserta</source>
        <translation>&amp;Add participant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="314"/>
        <source>&amp;Simpan keputusan</source>
        <translation>&amp;Save decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="317"/>
        <source>Alasa&amp;n:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="317"/>
        <source>K&amp;eputusan:</source>
        <translation>De&amp;cision:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="336"/>
        <source>&lt;b&gt;Indikator kelayakan&lt;/b&gt; — indikasi, bukan keputusan otomatis: musyawarah yang memutuskan.</source>
        <translation>&lt;b&gt;Eligibility indicators&lt;/b&gt; — an indication, not an automatic decision: the musyawarah decides.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="346"/>
        <source>✓ terpenuhi (indikasi miskin) · ✗ tidak terpenuhi · – tidak dapat dinilai dari isian; dinilai peserta</source>
        <translation>✓ met (indicates poverty) · ✗ not met · – cannot be assessed from the form; assessed by the participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="372"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="372"/>
        <source>Ditandatangani oleh</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="372"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="373"/>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="380"/>
        <source>Simpan &amp;salinan PDF…</source>
        <translation>&amp;Save PDF copy…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="405"/>
        <source>Ditandatangani (v{n})</source>
        <translation>Signed (v{n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="406"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="406"/>
        <source> · {n} versi lama</source>
        <translation> · {n} old versions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="420"/>
        <source>Belum ada musyawarah. Tekan Musyawarah baru.</source>
        <translation>No musyawarah yet. Press New musyawarah.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="460"/>
        <source>Diganti: {why}</source>
        <translation>Superseded: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="461"/>
        <source>Berlaku</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="478"/>
        <source>{n} rumah tangga diputuskan: </source>
        <translation>{n} households decided: </translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="508"/>
        <source>Berita Acara versi {v} sudah ditandatangani oleh {who}; data musyawarah ini terkunci. Perubahan memerlukan revisi dan BA baru (BA lama tetap tersimpan).</source>
        <translation>Berita Acara (minutes) version {v} has been signed by {who}; this musyawarah is locked. Changes require a revision and a new BA (the old BA is kept).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="524"/>
        <source>Aula Kantor Kelurahan {name}</source>
        <translation>Aula Kantor Kelurahan {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="527"/>
        <source>Lurah {name}</source>
        <translation>Lurah {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="535"/>
        <source>Musyawarah baru: isi data lalu Simpan.</source>
        <translation>New musyawarah: fill in the details, then save.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="543"/>
        <source>Tanggal musyawarah harus tanggal yang benar, hh-bb-tttt (misalnya 31-07-2023).</source>
        <translation>The musyawarah date must be a valid date, dd-mm-yyyy (for example 31-07-2023).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="566"/>
        <source>Data musyawarah tersimpan.</source>
        <translation>Musyawarah details saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="618"/>
        <source>{n} peserta, {h} hadir</source>
        <translation>{n} participants, {h} present</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="622"/>
        <source>Simpan data musyawarah dahulu.</source>
        <translation>Save the musyawarah details first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="626"/>
        <source>Daftar peserta tersimpan.</source>
        <translation>Participant list saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="645"/>
        <source>Tidak ada rumah tangga yang cocok</source>
        <translation>No matching households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="657"/>
        <source>Baru: {name}</source>
        <translation>New: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="672"/>
        <source>Rumah tangga: {label}</source>
        <translation>Household: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="688"/>
        <source>{title}: {met} dari {total} terpenuhi</source>
        <translation>{title}: {met} of {total} met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="698"/>
        <source>Tidak ada isian instrumen; dinilai peserta musyawarah.</source>
        <translation>No questionnaire answers; assessed by the musyawarah participants.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="704"/>
        <source>Pilih rumah tangga dahulu.</source>
        <translation>Select a household first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="709"/>
        <source>Alasan wajib diisi untuk keputusan tidak layak dan usulan hapus.</source>
        <translation>A reason is required for the decisions “not eligible” and “proposed removal”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="720"/>
        <source>Keputusan tersimpan.</source>
        <translation>Decision saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="752"/>
        <source>Menyiapkan Berita Acara…</source>
        <translation>Preparing the Berita Acara (minutes)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="761"/>
        <source>Menyusun pratinjau Berita Acara…</source>
        <translation>Building the Berita Acara preview…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="768"/>
        <source>Pratinjau (belum ditandatangani) dibuka di penampil PDF.</source>
        <translation>Preview (not yet signed) opened in the PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="769"/>
        <source>Dibuka di penampil PDF: {path}</source>
        <translation>Opened in the PDF viewer: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="771"/>
        <source>Tidak ada penampil PDF terpasang. Berkas ada di {path}</source>
        <translation>No PDF viewer is installed. The file is at {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="792"/>
        <source>Pilih versi Berita Acara di tabel.</source>
        <translation>Select a Berita Acara version in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="795"/>
        <source>Simpan salinan Berita Acara</source>
        <translation>Save a copy of the Berita Acara</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="796"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="800"/>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="812"/>
        <source>Menandatangani Berita Acara…</source>
        <translation>Signing the Berita Acara…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="817"/>
        <source>Berita Acara belum ditandatangani.</source>
        <translation>The Berita Acara has not been signed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="822"/>
        <source>Berita Acara versi {v} ditandatangani; berkas: {name}</source>
        <translation>Berita Acara version {v} signed; file: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="830"/>
        <source>Buka revisi Berita Acara</source>
        <translation>Open a Berita Acara revision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="831"/>
        <source>Alasan revisi (dicatat; BA lama tetap tersimpan sebagai versi yang diganti):</source>
        <translation>Reason for the revision (recorded; the old BA is kept as a superseded version):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="836"/>
        <source>Revisi dibuka; data dapat diubah lagi.</source>
        <translation>Revision opened; the data can be changed again.</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <location filename="../../ui/widgets/pdf_actions.py" line="32"/>
        <source>Cetak Berita Acara</source>
        <translation>Print Berita Acara (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_actions.py" line="44"/>
        <source>Dokumen dikirim ke pencetak bawaan Windows.</source>
        <translation>Document sent to the Windows default printer.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_actions.py" line="48"/>
        <source>Perintah cetak sistem (lp) tidak ada; dokumen dibuka di penampil PDF, cetak dari sana.</source>
        <translation>The system print command (lp) is missing; the document was opened in the PDF viewer, print it from there.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_actions.py" line="52"/>
        <source>Pencetak menolak dokumen: {detail}</source>
        <translation>The printer refused the document: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_actions.py" line="53"/>
        <source>Dokumen dikirim ke pencetak {name}.</source>
        <translation>Document sent to printer {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_actions.py" line="53"/>
        <source>bawaan</source>
        <translation>default</translation>
    </message>
</context>
<context>
    <name>PengesahanDialog</name>
    <message>
        <location filename="../../ui/pages/kota.py" line="59"/>
        <source>Buat &amp; tanda tangani Surat Pengesahan</source>
        <translation>Create &amp; sign the Surat Pengesahan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="62"/>
        <source>Angka dalam surat diambil dari penyimpanan pusat saat penandatanganan. Surat ditolak bila ada kelurahan yang Berita Acaranya belum ada atau tanda tangannya tidak sah.</source>
        <translation>The figures in the letter are taken from the central store at signing time. The letter is refused if any kelurahan has no Berita Acara (minutes) or its signature is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="68"/>
        <source>Walikota/Bupati</source>
        <translation>Walikota/Bupati (mayor/regent)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="69"/>
        <source>Kepala Suku Dinas Sosial (atas nama)</source>
        <translation>Kasudin, Head of the Dinas Sosial sub-office (on behalf of the Walikota)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="70"/>
        <source>&amp;Penanda tangan:</source>
        <translation>&amp;Signer:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="72"/>
        <source>kosongkan untuk memakai pengaturan</source>
        <translation>leave empty to use the settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="73"/>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="74"/>
        <source>Sertifikat penanda &amp;tangan:</source>
        <translation>Signer&apos;s &amp;certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="77"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="78"/>
        <source>Paraf &amp;camat (opsional):</source>
        <translation>Camat&apos;s &amp;initials (paraf, optional):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="81"/>
        <source>Kata sandi pa&amp;raf:</source>
        <translation>Pa&amp;raf password:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="84"/>
        <source>Tanda tangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="85"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="93"/>
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="103"/>
        <source>Pilih sertifikat</source>
        <translation>Choose a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/kota.py" line="104"/>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>PeriksaDokumenDialog</name>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="49"/>
        <source>Periksa Dokumen</source>
        <translation>Verify Document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="57"/>
        <source>ca.pem dari Dinas Sosial</source>
        <translation>ca.pem from the Dinas Sosial (social affairs office)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="58"/>
        <source>&amp;Dokumen PDF:</source>
        <translation>&amp;PDF document:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="59"/>
        <source>Sertifikat &amp;CA:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="62"/>
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="67"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="74"/>
        <source>Pilih dokumen dan sertifikat CA, lalu tekan Periksa.</source>
        <translation>Choose the document and the CA certificate, then press Verify.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="80"/>
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="80"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="80"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="81"/>
        <source>Waktu tanda tangan</source>
        <translation>Signing time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="81"/>
        <source>Utuh</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="81"/>
        <source>Tepercaya</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="82"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="89"/>
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="94"/>
        <source>Pilih dokumen PDF</source>
        <translation>Choose a PDF document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="95"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="100"/>
        <source>Pilih sertifikat CA</source>
        <translation>Choose the CA certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="101"/>
        <source>Sertifikat (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="108"/>
        <source>Pilih berkas PDF yang akan diperiksa.</source>
        <translation>Choose the PDF file to verify.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="111"/>
        <source>Pilih berkas sertifikat CA (ca.pem) dari Dinas Sosial.</source>
        <translation>Choose the CA certificate file (ca.pem) from the Dinas Sosial.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="117"/>
        <source>Memeriksa tanda tangan…</source>
        <translation>Verifying signatures…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="129"/>
        <source>Dokumen TIDAK sah: {why}</source>
        <translation>Document NOT valid: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="131"/>
        <source>Dokumen TIDAK sah: berkas tidak dapat dibaca sebagai PDF bertanda tangan.</source>
        <translation>Document NOT valid: the file cannot be read as a signed PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="141"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="141"/>
        <source>TIDAK</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="146"/>
        <source>sah</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="146"/>
        <source>TIDAK sah</source>
        <translation>NOT valid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="153"/>
        <source>✓ Dokumen sah: {n} tanda tangan utuh dan dari sertifikat tepercaya ({names}).</source>
        <translation>✓ Document valid: {n} signature(s) intact and from a trusted certificate ({names}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="157"/>
        <source>✗ Dokumen TIDAK sah: {why}</source>
        <translation>✗ Document NOT valid: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="162"/>
        <source>dokumen tidak memuat tanda tangan elektronik.</source>
        <translation>the document contains no electronic signature.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="164"/>
        <source>isi dokumen telah diubah setelah ditandatangani. Minta salinan asli dari penanda tangan.</source>
        <translation>the document was changed after it was signed. Ask the signer for the original copy.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="167"/>
        <source>sertifikat penanda tangan tidak diterbitkan oleh CA yang dipilih. Periksa berkas CA.</source>
        <translation>the signer&apos;s certificate was not issued by the chosen CA. Check the CA file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/periksa_dokumen.py" line="168"/>
        <source>tanda tangan tidak lolos pemeriksaan (perubahan tidak diizinkan setelah penandatanganan).</source>
        <translation>the signature failed verification (changes not allowed after signing).</translation>
    </message>
</context>
<context>
    <name>PrelistPage</name>
    <message>
        <location filename="../../ui/pages/prelist.py" line="510"/>
        <source>Prelist</source>
        <translation>Prelist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="516"/>
        <source>Impor daftar awal dari instansi lain: P3KE (Bappeda), KJP Plus dan KJMU (Dinas Pendidikan), stunting (Dinas Kesehatan) dan ekstrak DTKS. Orang yang NIK-nya sudah ada tidak digandakan; sumber barunya ditambahkan.</source>
        <translation>Import preliminary lists (prelists) from other agencies: P3KE (Bappeda), KJP Plus and KJMU (Dinas Pendidikan, education office), stunting (Dinas Kesehatan, health office) and DTKS extracts. People whose NIK already exists are not duplicated; the new source is added to them.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="522"/>
        <source>&amp;Impor prelist…</source>
        <translation>&amp;Import prelist…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="528"/>
        <source>Impor dalam sesi ini:</source>
        <translation>Imports in this session:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="531"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="531"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="531"/>
        <source>Dibaca</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="532"/>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="532"/>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="532"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="533"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="550"/>
        <source>uji coba, tidak disimpan</source>
        <translation>dry run, not saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="551"/>
        <source>sudah pernah diimpor</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="551"/>
        <source>tersimpan</source>
        <translation>saved</translation>
    </message>
</context>
<context>
    <name>PrelistWizard</name>
    <message>
        <location filename="../../ui/pages/prelist.py" line="474"/>
        <source>Impor prelist</source>
        <translation>Import prelist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="478"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="479"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="480"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="481"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/pages/prelist.py" line="268"/>
        <source>Langkah 3 dari 4 · Pratinjau</source>
        <translation>Step 3 of 4 · Preview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="269"/>
        <source>Baris pertama setelah dibersihkan, dan masalahnya. Merah: baris ditolak; kuning: peringatan, baris tetap diimpor.</source>
        <translation>The first rows after cleaning, and their problems. Red: row rejected; yellow: warning, the row is still imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="274"/>
        <location filename="../../ui/pages/prelist.py" line="279"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="274"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="274"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="274"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="275"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="275"/>
        <source>Tgl lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="275"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="276"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="276"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="279"/>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="279"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="286"/>
        <source>Baris pertama:</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="288"/>
        <source>Masalah pada baris di atas:</source>
        <translation>Problems in the rows above:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="290"/>
        <source>&amp;Uji coba saja: periksa seluruh berkas tanpa menyimpan apa pun</source>
        <translation>&amp;Dry run only: check the whole file without saving anything</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="298"/>
        <source>&amp;Impor &gt;</source>
        <translation>&amp;Import &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="306"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="318"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="336"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prelist.py" line="336"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
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
        <translation>Sign the Berita Acara (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="62"/>
        <source>Gunakan berkas sertifikat Lurah (.p12) dari Dinas Sosial. Setelah ditandatangani, data musyawarah terkunci.</source>
        <translation>Use the Lurah&apos;s certificate file (.p12) from the Dinas Sosial (social affairs office). Once signed, the musyawarah data is locked.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="70"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="74"/>
        <source>Berkas &amp;sertifikat:</source>
        <translation>&amp;Certificate file:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="79"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="82"/>
        <source>&amp;Tanda tangani</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="83"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="89"/>
        <source>Pilih sertifikat Lurah</source>
        <translation>Choose the Lurah&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/musyawarah.py" line="90"/>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
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
