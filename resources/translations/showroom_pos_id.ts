<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>A supervisor must approve: %1. The approval counts for this one action only and is recorded in the journal.</source>
        <translation>Perlu persetujuan supervisor: %1. Persetujuan berlaku untuk tindakan ini saja dan dicatat di jurnal.</translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation>Persetujuan supervisor</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pembatik</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Banyak</translation>
    </message>
    <message>
        <source>Maker price</source>
        <translation>Harga pembatik</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <source>exact</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>lebih %1</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>kurang %1</translation>
    </message>
    <message>
        <source>Close shift: cash count</source>
        <translation>Tutup shift: hitung kas</translation>
    </message>
    <message>
        <source>Count the notes and coins in the drawer and enter how many of each there are.</source>
        <translation>Hitung uang kertas dan koin di laci dan masukkan jumlah lembar/keping masing-masing.</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Kas seharusnya</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Kas dihitung</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>Lebih / kurang</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Today: %1 net from %2 receipts</source>
        <translation>Hari ini: %1 bersih dari %2 struk</translation>
    </message>
    <message>
        <source>This month: %1 net from %2 receipts</source>
        <translation>Bulan ini: %1 bersih dari %2 struk</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Sales per day this month (net)</source>
        <translation>Penjualan per hari bulan ini (bersih)</translation>
    </message>
    <message>
        <source>Techniques this month</source>
        <translation>Teknik bulan ini</translation>
    </message>
    <message>
        <source>Top makers this month</source>
        <translation>Pembatik terlaris bulan ini</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Packed for the laptop</source>
        <translation>Sudah dikemas untuk laptop</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Sudah digabung</translation>
    </message>
    <message>
        <source>Changed: pack again</source>
        <translation>Berubah: kemas lagi</translation>
    </message>
    <message>
        <source>Sent, not packed yet</source>
        <translation>Dikirim, belum dikemas</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>At the event</source>
        <translation>Di pameran</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>No event chosen. Create one above.</source>
        <translation>Belum ada pameran yang dipilih. Buat pameran di atas.</translation>
    </message>
    <message>
        <source>%1 to %2 · till %3 · %4 · %5 pieces at the event · %6 receipts, %7</source>
        <translation>%1 s.d. %2 · kasir %3 · %4 · %5 buah di pameran · %6 struk, %7</translation>
    </message>
    <message>
        <source>packed %1</source>
        <translation>dikemas %1</translation>
    </message>
    <message>
        <source>merged %1</source>
        <translation>digabung %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pembatik</translation>
    </message>
    <message>
        <source>Maker price</source>
        <translation>Harga pembatik</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Diretur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pieces (%1)</source>
        <translation>Barang (%1)</translation>
    </message>
    <message>
        <source>Receipts (%1)</source>
        <translation>Struk (%1)</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Menyimpan...</translation>
    </message>
    <message>
        <source>Event %1 created with its own till %2. Now scan the pieces to send.</source>
        <translation>Pameran %1 dibuat dengan kasirnya sendiri, %2. Sekarang pindai barang yang dikirim.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Tarik kembali</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>Pilih pameran dulu.</translation>
    </message>
    <message>
        <source>%1 × %2 back at the showroom; %3 left at the event.</source>
        <translation>%1 × %2 kembali ke showroom; tinggal %3 di pameran.</translation>
    </message>
    <message>
        <source>%1 × %2 sent to the event; %3 there now.</source>
        <translation>%1 × %2 dikirim ke pameran; sekarang %3 di sana.</translation>
    </message>
    <message>
        <source>Pack the event&apos;s database</source>
        <translation>Kemas database pameran</translation>
    </message>
    <message>
        <source>Event database (%1)</source>
        <translation>Database pameran (%1)</translation>
    </message>
    <message>
        <source>Packing the event&apos;s database...</source>
        <translation>Mengemas database pameran...</translation>
    </message>
    <message>
        <source>Packed %1: %2 pieces of %3 items and %4 users in %5. Copy the file to the event&apos;s laptop and start the program there with it (showroom-pos --db sqlite:///%6).</source>
        <translation>Pameran %1 dikemas: %2 buah dari %3 barang dan %4 pengguna di %5. Salin berkas itu ke laptop pameran dan jalankan program di sana dengannya (showroom-pos --db sqlite:///%6).</translation>
    </message>
    <message>
        <source>Merge an event laptop&apos;s database</source>
        <translation>Gabungkan database laptop pameran</translation>
    </message>
    <message>
        <source>Checking and merging the event&apos;s database...</source>
        <translation>Memeriksa dan menggabungkan database pameran...</translation>
    </message>
    <message>
        <source>Event %1 merged: %2 sales (%3), %4 refunds (%5), %6 Z reports; %7 pieces back on the showroom&apos;s shelf.</source>
        <translation>Pameran %1 digabungkan: %2 penjualan (%3), %4 retur (%5), %6 laporan Z; %7 buah kembali ke rak showroom.</translation>
    </message>
    <message>
        <source>Event merged</source>
        <translation>Pameran digabungkan</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Pameran baru</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>e.g. Pekan Batik Nusantara</source>
        <translation>mis. Pekan Batik Nusantara</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <source>e.g. Museum Batik Pekalongan</source>
        <translation>mis. Museum Batik Pekalongan</translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Create event</source>
        <translation>&amp;Buat pameran</translation>
    </message>
    <message>
        <source>Pac&amp;k for the laptop...</source>
        <translation>&amp;Kemas untuk laptop...</translation>
    </message>
    <message>
        <source>&amp;Merge the laptop&apos;s file...</source>
        <translation>&amp;Gabungkan berkas laptop...</translation>
    </message>
    <message>
        <source>Send to the e&amp;vent</source>
        <translation>Kirim ke &amp;pameran</translation>
    </message>
    <message>
        <source>&amp;Bring back to the showroom</source>
        <translation>Ta&amp;rik kembali ke showroom</translation>
    </message>
    <message>
        <source>Scan or type an item code, Enter</source>
        <translation>Pindai atau ketik kode barang, Enter</translation>
    </message>
    <message>
        <source>Piece&amp;s</source>
        <translation>&amp;Jumlah</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Barang</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Item name</source>
        <translation>Nama barang</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Batikmark no.</source>
        <translation>No. Batikmark</translation>
    </message>
    <message>
        <source>Maker price</source>
        <translation>Harga pembatik</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Banyak</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unik</translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation>%1 buah</translation>
    </message>
    <message>
        <source>%1 pieces, %2 at maker prices</source>
        <translation>%1 buah, %2 dengan harga pembatik</translation>
    </message>
    <message>
        <source>Saving the intake...</source>
        <translation>Menyimpan penerimaan...</translation>
    </message>
    <message>
        <source>Saved %1 for %2: %3 pieces (%4). %5</source>
        <translation>Tersimpan %1 untuk %2: %3 buah (%4). %5</translation>
    </message>
    <message>
        <source>Choose a slip in the list first.</source>
        <translation>Pilih dulu tanda terima di daftar.</translation>
    </message>
    <message>
        <source>No printer is set up; use Slip as PDF.</source>
        <translation>Belum ada printer; gunakan Tanda terima PDF.</translation>
    </message>
    <message>
        <source>Making the slip...</source>
        <translation>Membuat tanda terima...</translation>
    </message>
    <message>
        <source>No label printer is set up; use Tags on A4 label sheet.</source>
        <translation>Belum ada printer label; gunakan Label di lembar A4.</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Lembar label</translation>
    </message>
    <message>
        <source>Labels per sheet (columns x rows):</source>
        <translation>Label per lembar (kolom x baris):</translation>
    </message>
    <message>
        <source>First free label on the sheet (1 = top left):</source>
        <translation>Label kosong pertama di lembar (1 = kiri atas):</translation>
    </message>
    <message>
        <source>Making the label sheet...</source>
        <translation>Membuat lembar label...</translation>
    </message>
    <message>
        <source>&amp;Maker</source>
        <translation>&amp;Pembatik</translation>
    </message>
    <message>
        <source>&amp;Add line (Ctrl+N)</source>
        <translation>&amp;Tambah baris (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Hapus baris</translation>
    </message>
    <message>
        <source>&amp;Notes on the slip</source>
        <translation>&amp;Catatan pada tanda terima</translation>
    </message>
    <message>
        <source>&amp;Save intake and print slip (Ctrl+S)</source>
        <translation>&amp;Simpan titipan dan cetak tanda terima (Ctrl+S)</translation>
    </message>
    <message>
        <source>Recent slips</source>
        <translation>Tanda terima terakhir</translation>
    </message>
    <message>
        <source>Reprint &amp;slip</source>
        <translation>Cetak ulang &amp;tanda terima</translation>
    </message>
    <message>
        <source>Slip as &amp;PDF</source>
        <translation>Tanda terima &amp;PDF</translation>
    </message>
    <message>
        <source>Print &amp;tags</source>
        <translation>Cetak &amp;label</translation>
    </message>
    <message>
        <source>Tags on A4 &amp;label sheet...</source>
        <translation>&amp;Label di lembar A4...</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pembatik</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Maker price</source>
        <translation>Harga pembatik</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stok</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <source>All makers</source>
        <translation>Semua pembatik</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>All techniques</source>
        <translation>Semua teknik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>%1 items shown</source>
        <translation>%1 barang ditampilkan</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Ubah harga</translation>
    </message>
    <message>
        <source>New maker price for %1 (now %2):</source>
        <translation>Harga pembatik baru untuk %1 (sekarang %2):</translation>
    </message>
    <message>
        <source>The maker&apos;s consent (who agreed, when, how):</source>
        <translation>Persetujuan pembatik (siapa, kapan, bagaimana):</translation>
    </message>
    <message>
        <source>price change</source>
        <translation>perubahan harga</translation>
    </message>
    <message>
        <source>Saving the price...</source>
        <translation>Menyimpan harga...</translation>
    </message>
    <message>
        <source>Price of %1 is now %2.</source>
        <translation>Harga %1 sekarang %2.</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Sesuaikan stok</translation>
    </message>
    <message>
        <source>Change the stock of %1 by (negative to remove):</source>
        <translation>Ubah stok %1 sebanyak (negatif untuk mengurangi):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>stock adjustment</source>
        <translation>penyesuaian stok</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Menyimpan...</translation>
    </message>
    <message>
        <source>Stock of %1 adjusted.</source>
        <translation>Stok %1 disesuaikan.</translation>
    </message>
    <message>
        <source>%1 has no pieces on the shelf to return.</source>
        <translation>%1 tidak punya barang di rak untuk dikembalikan.</translation>
    </message>
    <message>
        <source>Return to maker</source>
        <translation>Kembalikan ke pembatik</translation>
    </message>
    <message>
        <source>How many of %1 go back to %2? (%3 on the shelf)</source>
        <translation>Berapa %1 dikembalikan ke %2? (%3 di rak)</translation>
    </message>
    <message>
        <source>Why do they go back (e.g. not sold for 3 months, the maker asked)?</source>
        <translation>Mengapa dikembalikan (mis. tidak laku 3 bulan, diminta pembatik)?</translation>
    </message>
    <message>
        <source>Say why the pieces go back.</source>
        <translation>Tulis alasan pengembalian barang.</translation>
    </message>
    <message>
        <source>Hand %1 x %2 (%3) back to %4 and make the return slip?</source>
        <translation>Serahkan %1 x %2 (%3) kembali kepada %4 dan buat berita acara pengembalian?</translation>
    </message>
    <message>
        <source>Saving the return...</source>
        <translation>Menyimpan pengembalian...</translation>
    </message>
    <message>
        <source>Return slip %1 made.</source>
        <translation>Berita acara pengembalian %1 dibuat.</translation>
    </message>
    <message>
        <source>Return slip %1 made. %2</source>
        <translation>Berita acara %1 dibuat. %2</translation>
    </message>
    <message>
        <source>Stock count of %1 recorded: %2 items, %3 corrected.</source>
        <translation>Stok opname %1 dicatat: %2 barang, %3 dikoreksi.</translation>
    </message>
    <message>
        <source>Search code, name, motif or maker</source>
        <translation>Cari kode, nama, motif atau pembatik</translation>
    </message>
    <message>
        <source>Only in &amp;stock</source>
        <translation>Hanya yang ada &amp;stok</translation>
    </message>
    <message>
        <source>Change &amp;price...</source>
        <translation>Ubah &amp;harga...</translation>
    </message>
    <message>
        <source>&amp;Adjust stock...</source>
        <translation>&amp;Sesuaikan stok...</translation>
    </message>
    <message>
        <source>&amp;Return to maker...</source>
        <translation>&amp;Kembalikan ke pembatik...</translation>
    </message>
    <message>
        <source>Stock &amp;count...</source>
        <translation>Stok &amp;opname...</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Memeriksa...</translation>
    </message>
    <message>
        <source>Verifying the journal...</source>
        <translation>Memeriksa jurnal...</translation>
    </message>
    <message>
        <source>&amp;Verify the journal</source>
        <translation>&amp;Periksa jurnal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Logging in...</source>
        <translation>Masuk...</translation>
    </message>
    <message>
        <source>Showroom POS: log in</source>
        <translation>Showroom POS: masuk</translation>
    </message>
    <message>
        <source>Showroom Dekranasda Kota Pekalongan</source>
        <translation>Showroom Dekranasda Kota Pekalongan</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Demo logins (demo database only)</source>
        <translation>Login demo (hanya database demo)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> JOURNAL DOES NOT MATCH: tell the supervisor </source>
        <translation> JURNAL TIDAK COCOK: beri tahu supervisor </translation>
    </message>
    <message>
        <source>Journal check failed</source>
        <translation>Pemeriksaan jurnal gagal</translation>
    </message>
    <message>
        <source>The records no longer match the journal: something was changed outside the program. Tell the supervisor before closing the day or the month.</source>
        <translation>Catatan tidak lagi cocok dengan jurnal: ada yang diubah di luar program. Beri tahu supervisor sebelum tutup hari atau tutup bulan.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Slip %1 printed.</source>
        <translation>Tanda terima %1 tercetak.</translation>
    </message>
    <message>
        <source>Printing the slip...</source>
        <translation>Mencetak tanda terima...</translation>
    </message>
    <message>
        <source>%1 tags printed.</source>
        <translation>%1 label dicetak.</translation>
    </message>
    <message>
        <source>Printing %1 tags...</source>
        <translation>Mencetak %1 label...</translation>
    </message>
    <message>
        <source>Print queue: %1 waiting</source>
        <translation>Antrean cetak: %1 menunggu</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Kasir %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source> TRAINING </source>
        <translation> LATIHAN </translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <source>Carts not paid</source>
        <translation>Keranjang belum dibayar</translation>
    </message>
    <message>
        <source>There is still %1 on the till. Leaving loses it. Leave anyway?</source>
        <translation>Masih ada %1 di kasir. Bila keluar, semuanya hilang. Tetap keluar?</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Titipan</translation>
    </message>
    <message>
        <source>Items and stock</source>
        <translation>Barang dan stok</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Pameran</translation>
    </message>
    <message>
        <source>Makers</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Monthly statements</source>
        <translation>Laporan bulanan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Settings and users</source>
        <translation>Pengaturan dan pengguna</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Tanpa printer</translation>
    </message>
    <message>
        <source>Showroom POS — Event: %1, %2</source>
        <translation>Showroom POS — Pameran: %1, %2</translation>
    </message>
    <message>
        <source> DATABASE NOT SAFE HERE </source>
        <translation> DATABASE TIDAK AMAN DI SINI </translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Lokasi database</translation>
    </message>
    <message>
        <source>About Showroom POS</source>
        <translation>Tentang Showroom POS</translation>
    </message>
    <message>
        <source>Showroom POS %1
Point of sale and consignment ledger for the Dekranasda Kota Pekalongan showroom.</source>
        <translation>Showroom POS %1
Kasir dan pencatatan titipan untuk Showroom Dekranasda Kota Pekalongan.</translation>
    </message>
    <message>
        <source>Showroom POS</source>
        <translation>Showroom POS</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Customer &amp;display</source>
        <translation>&amp;Layar pembeli</translation>
    </message>
    <message>
        <source>Print &amp;queue...</source>
        <translation>Antrean &amp;cetak...</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup program</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>&amp;About Showroom POS</source>
        <translation>&amp;Tentang Showroom POS</translation>
    </message>
</context>
<context>
    <name>MakerDialog</name>
    <message>
        <source>Edit maker</source>
        <translation>Ubah data pembatik</translation>
    </message>
    <message>
        <source>New maker</source>
        <translation>Pembatik baru</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Business name:</source>
        <translation>Nama &amp;usaha:</translation>
    </message>
    <message>
        <source>NI&amp;K (16 digits):</source>
        <translation>NI&amp;K (16 digit):</translation>
    </message>
    <message>
        <source>NI&amp;B (13 digits):</source>
        <translation>NI&amp;B (13 digit):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Village (kelurahan):</source>
        <translation>Ke&amp;lurahan:</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>Ban&amp;k:</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>Nomor &amp;rekening:</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>Atas &amp;nama:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>Ko&amp;misi:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Saving the maker...</source>
        <translation>Menyimpan perajin...</translation>
    </message>
</context>
<context>
    <name>MakersScreen</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>No maker chosen.</source>
        <translation>Belum ada pembatik yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>NIK %1 · NIB %2</source>
        <translation>NIK %1 · NIB %2</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>Bank: %1</translation>
    </message>
    <message>
        <source>Member since %1 · commission %2%</source>
        <translation>Anggota sejak %1 · komisi %2%</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Maker price</source>
        <translation>Harga pembatik</translation>
    </message>
    <message>
        <source>This month so far (%1): %2 sale lines, sales %3, payable %4.</source>
        <translation>Bulan ini sejauh ini (%1): %2 baris penjualan, penjualan %3, dibayarkan %4.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Dibayarkan</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Menyimpan...</translation>
    </message>
    <message>
        <source>Search by code, name, business or village</source>
        <translation>Cari kode, nama, usaha atau kelurahan</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>Hanya yang &amp;aktif</translation>
    </message>
    <message>
        <source>&amp;New maker...</source>
        <translation>Pembatik &amp;baru...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Ubah...</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <source>Adding the user...</source>
        <translation>Menambah pengguna...</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <source>Open shift</source>
        <translation>Buka shift</translation>
    </message>
    <message>
        <source>Count the cash in the drawer before the first sale and enter it as the opening float.</source>
        <translation>Hitung uang di laci sebelum penjualan pertama dan masukkan sebagai modal awal.</translation>
    </message>
    <message>
        <source>Opening &amp;float</source>
        <translation>&amp;Modal awal</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Selesaikan penjualan</translation>
    </message>
    <message>
        <source>Approval &amp;code</source>
        <translation>&amp;Kode persetujuan</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referensi</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>Uang pas %1</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Masukkan jumlahnya.</translation>
    </message>
    <message>
        <source>A QRIS, card or transfer payment cannot be more than what is still due.</source>
        <translation>Pembayaran QRIS, kartu atau transfer tidak boleh lebih dari sisa tagihan.</translation>
    </message>
    <message>
        <source>Enter the approval code from the card terminal.</source>
        <translation>Masukkan kode persetujuan dari mesin EDC.</translation>
    </message>
    <message>
        <source>Enter the payment&apos;s reference.</source>
        <translation>Masukkan referensi pembayaran.</translation>
    </message>
    <message>
        <source>Still due: %1</source>
        <translation>Sisa tagihan: %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Kembalian: %1</translation>
    </message>
    <message>
        <source>No QRIS code is set up (Settings). Let the buyer scan the showroom&apos;s QRIS stand, check the payment on the merchant app, and type its reference.</source>
        <translation>Kode QRIS belum diatur (Pengaturan). Minta pembeli memindai papan QRIS showroom, periksa pembayarannya di aplikasi merchant, lalu ketik nomor referensinya.</translation>
    </message>
    <message>
        <source>Type what the buyer pays by QRIS, then Enter shows the code.</source>
        <translation>Ketik jumlah yang dibayar lewat QRIS, lalu Enter menampilkan kodenya.</translation>
    </message>
    <message>
        <source>Scan to pay %1 with QRIS</source>
        <translation>Pindai untuk membayar %1 dengan QRIS</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Cash (F1)</source>
        <translation>Tunai (F1)</translation>
    </message>
    <message>
        <source>QRIS (F2)</source>
        <translation>QRIS (F2)</translation>
    </message>
    <message>
        <source>Card (F3)</source>
        <translation>Kartu (F3)</translation>
    </message>
    <message>
        <source>Transfer (F4)</source>
        <translation>Transfer (F4)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Jumlah</translation>
    </message>
    <message>
        <source>Add payment (Enter)</source>
        <translation>Tambah pembayaran (Enter)</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Hapus pembayaran</translation>
    </message>
    <message>
        <source>Scan to pay with QRIS</source>
        <translation>Pindai untuk membayar dengan QRIS</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Catat pembayaran</translation>
    </message>
    <message>
        <source>Maker:</source>
        <translation>Pembatik:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Jumlah:</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Cara bayar:</translation>
    </message>
    <message>
        <source>transfer reference</source>
        <translation>nomor referensi transfer</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referensi:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Tanggal bayar:</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>Antrean cetak</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>&amp;Other printer...</source>
        <translation>Printer &amp;lain...</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Price tags</source>
        <translation>Label harga</translation>
    </message>
    <message>
        <source>(settings)</source>
        <translation>(pengaturan)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>These papers were not printed. The sales are saved; each paper here is printed once.</source>
        <translation>Kertas ini belum tercetak. Penjualannya sudah tersimpan; setiap kertas di sini dicetak sekali.</translation>
    </message>
    <message>
        <source>Nothing waits to be printed.</source>
        <translation>Tidak ada yang menunggu dicetak.</translation>
    </message>
    <message>
        <source>Printing %1...</source>
        <translation>Mencetak %1...</translation>
    </message>
    <message>
        <source>Other printer</source>
        <translation>Printer lain</translation>
    </message>
    <message>
        <source>Printer address, e.g. tcp:192.168.1.50:9100 or usb:04b8:0202:</source>
        <translation>Alamat printer, mis. tcp:192.168.1.50:9100 atau usb:04b8:0202:</translation>
    </message>
    <message>
        <source>Drop print job</source>
        <translation>Buang pekerjaan cetak</translation>
    </message>
    <message>
        <source>Drop %1 without printing it? The sale stays as it is.</source>
        <translation>Buang %1 tanpa dicetak? Penjualannya tetap seperti adanya.</translation>
    </message>
</context>
<context>
    <name>PrinterHint</name>
    <message>
        <source>USB printer on Windows: win32: and its name as in Windows Settings &gt; Printers (e.g. win32:EPSON TM-T82).</source>
        <translation>Printer USB di Windows: win32: dan namanya seperti di Pengaturan Windows &gt; Printer (mis. win32:EPSON TM-T82).</translation>
    </message>
    <message>
        <source>USB printer on Linux: file:/dev/usb/lp0, or usb:VENDOR:PRODUCT (e.g. usb:04b8:0202).</source>
        <translation>Printer USB di Linux: file:/dev/usb/lp0, atau usb:VENDOR:PRODUK (mis. usb:04b8:0202).</translation>
    </message>
    <message>
        <source>Bluetooth printer: pair it first, then serial: and its port (serial:COM5 on Windows, serial:/dev/rfcomm0 on Linux).</source>
        <translation>Printer Bluetooth: pasangkan (pair) dulu, lalu serial: dan port-nya (serial:COM5 di Windows, serial:/dev/rfcomm0 di Linux).</translation>
    </message>
    <message>
        <source>Network printer: tcp: and its IP address (tcp:192.168.1.50:9100).</source>
        <translation>Printer jaringan: tcp: dan alamat IP-nya (tcp:192.168.1.50:9100).</translation>
    </message>
    <message>
        <source>Profile: TM-T88III for 80 mm paper, POS-5890 for 58 mm.</source>
        <translation>Profil: TM-T88III untuk kertas 80 mm, POS-5890 untuk 58 mm.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pembatik</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Sudah diretur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation>Jml retur</translation>
    </message>
    <message>
        <source>Back on shelf</source>
        <translation>Kembali ke rak</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Receipt %1, %2, cashier %3, total %4</source>
        <translation>Struk %1, %2, kasir %3, total %4</translation>
    </message>
    <message>
        <source>refund on receipt %1</source>
        <translation>retur atas struk %1</translation>
    </message>
    <message>
        <source>Saving the refund...</source>
        <translation>Menyimpan retur...</translation>
    </message>
    <message>
        <source>&amp;Receipt number</source>
        <translation>Nomor &amp;struk</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Money back &amp;as</source>
        <translation>Uang kembali &amp;lewat</translation>
    </message>
    <message>
        <source>To give back</source>
        <translation>Dikembalikan</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Sales by maker</source>
        <translation>Penjualan per pembatik</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Penjualan per kategori</translation>
    </message>
    <message>
        <source>Sales by technique</source>
        <translation>Penjualan per teknik</translation>
    </message>
    <message>
        <source>Sales by motif</source>
        <translation>Penjualan per motif</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Penjualan per cara bayar</translation>
    </message>
    <message>
        <source>Sales by hour of day</source>
        <translation>Penjualan per jam</translation>
    </message>
    <message>
        <source>Sales by location (showroom, events)</source>
        <translation>Penjualan per lokasi (showroom, pameran)</translation>
    </message>
    <message>
        <source>Best and slowest items</source>
        <translation>Barang terlaris dan paling lambat</translation>
    </message>
    <message>
        <source>Stock per maker</source>
        <translation>Stok per pembatik</translation>
    </message>
    <message>
        <source>Stock by location (showroom, events)</source>
        <translation>Stok per lokasi (showroom, pameran)</translation>
    </message>
    <message>
        <source>Pieces due back to their makers</source>
        <translation>Barang yang perlu dikembalikan ke pembatik</translation>
    </message>
    <message>
        <source>Counting the day...</source>
        <translation>Menghitung hari ini...</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Tutup hari</translation>
    </message>
    <message>
        <source>Close day %1 of till %2 with a Z report? It is done once and cannot be undone.</source>
        <translation>Tutup hari %1 di kasir %2 dengan laporan Z? Ini hanya sekali dan tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Closing the day...</source>
        <translation>Menutup hari...</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Menghitung...</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 baris</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Disimpan di %1.</translation>
    </message>
    <message>
        <source>Choose the pieces to return first.</source>
        <translation>Pilih dulu barang yang dikembalikan.</translation>
    </message>
    <message>
        <source>Return to makers</source>
        <translation>Kembalikan ke pembatik</translation>
    </message>
    <message>
        <source>Make return slips for %1 items of %2 makers?</source>
        <translation>Buat berita acara pengembalian untuk %1 barang dari %2 pembatik?</translation>
    </message>
    <message>
        <source>Due back after the shelf time</source>
        <translation>Dikembalikan setelah batas waktu di rak</translation>
    </message>
    <message>
        <source>Return slips made: %1</source>
        <translation>Berita acara dibuat: %1</translation>
    </message>
    <message>
        <source>Making the return slips...</source>
        <translation>Membuat bukti pengembalian...</translation>
    </message>
    <message>
        <source>&amp;Closing the day</source>
        <translation>&amp;Tutup hari</translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation>&amp;Kasir:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <source>&amp;X report</source>
        <translation>Laporan &amp;X</translation>
    </message>
    <message>
        <source>Close the day (&amp;Z)...</source>
        <translation>Tutup hari (&amp;Z)...</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>P&amp;DF...</source>
        <translation>P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Sales and stock</source>
        <translation>&amp;Penjualan dan stok</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>&amp;Export (PDF, Excel, CSV)...</source>
        <translation>&amp;Ekspor (PDF, Excel, CSV)...</translation>
    </message>
    <message>
        <source>&amp;Return chosen pieces to their makers...</source>
        <translation>&amp;Kembalikan barang terpilih ke pembatik...</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Showroom &amp;name:</source>
        <translation>&amp;Nama showroom:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>NP&amp;WP:</source>
        <translation>NP&amp;WP:</translation>
    </message>
    <message>
        <source>&amp;Logo file (PNG/JPG) for papers:</source>
        <translation>Berkas &amp;logo (PNG/JPG) untuk dokumen:</translation>
    </message>
    <message>
        <source>&amp;Receipt printer:</source>
        <translation>Printer &amp;struk:</translation>
    </message>
    <message>
        <source>Printer &amp;profile (paper width):</source>
        <translation>&amp;Profil printer (lebar kertas):</translation>
    </message>
    <message>
        <source>&amp;Label printer (price tags):</source>
        <translation>Printer &amp;label (label harga):</translation>
    </message>
    <message>
        <source>empty: the receipt printer</source>
        <translation>kosong: printer struk</translation>
    </message>
    <message>
        <source>Receipt &amp;header line:</source>
        <translation>Baris &amp;atas struk:</translation>
    </message>
    <message>
        <source>Receipt &amp;footer line:</source>
        <translation>Baris &amp;bawah struk:</translation>
    </message>
    <message>
        <source>Receipt l&amp;ogo file:</source>
        <translation>Berkas l&amp;ogo struk:</translation>
    </message>
    <message>
        <source>&amp;QR on receipts (e.g. the showroom&apos;s page):</source>
        <translation>&amp;QR di struk (mis. halaman showroom):</translation>
    </message>
    <message>
        <source>Default &amp;commission for new makers:</source>
        <translation>&amp;Komisi bawaan untuk pembatik baru:</translation>
    </message>
    <message>
        <source>Showroom&apos;s static &amp;QRIS string:</source>
        <translation>Kode &amp;QRIS statis showroom:</translation>
    </message>
    <message>
        <source>A QRIS payment needs its reference number</source>
        <translation>Pembayaran QRIS wajib dengan nomor referensi</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Bahasa program:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Offer &amp;return to the maker after:</source>
        <translation>Tawarkan &amp;pengembalian ke pembatik setelah:</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Folder &amp;cadangan:</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;This computer is till:</source>
        <translation>&amp;Komputer ini adalah kasir:</translation>
    </message>
    <message>
        <source>&amp;Use for this computer</source>
        <translation>&amp;Pakai untuk komputer ini</translation>
    </message>
    <message>
        <source>&amp;New till...</source>
        <translation>Kasir &amp;baru...</translation>
    </message>
    <message>
        <source>Every till has its own receipt numbers. With several tills, the database must be a PostgreSQL server (see the guide).</source>
        <translation>Setiap kasir punya nomor struk sendiri. Dengan beberapa kasir, database harus berupa server PostgreSQL (lihat panduan).</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>&amp;Komputer ini</translation>
    </message>
    <message>
        <source>(none: back office only)</source>
        <translation>(tidak ada: hanya kantor belakang)</translation>
    </message>
    <message>
        <source>This computer is no till from the next login.</source>
        <translation>Mulai login berikutnya komputer ini bukan kasir.</translation>
    </message>
    <message>
        <source>This computer is till %1 from the next login.</source>
        <translation>Mulai login berikutnya komputer ini adalah kasir %1.</translation>
    </message>
    <message>
        <source>New till</source>
        <translation>Kasir baru</translation>
    </message>
    <message>
        <source>Till code (e.g. K2):</source>
        <translation>Kode kasir (mis. K2):</translation>
    </message>
    <message>
        <source>Name (e.g. Exhibition stand):</source>
        <translation>Nama (mis. Stan pameran):</translation>
    </message>
    <message>
        <source>Till %1 added.</source>
        <translation>Kasir %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Menyimpan...</translation>
    </message>
    <message>
        <source>Settings saved. Printers and language apply at the next login.</source>
        <translation>Pengaturan disimpan. Printer dan bahasa berlaku pada login berikutnya.</translation>
    </message>
    <message>
        <source>Printing a test page...</source>
        <translation>Mencetak halaman tes...</translation>
    </message>
    <message>
        <source>Test page sent (%1 characters per line).</source>
        <translation>Halaman tes terkirim (%1 karakter per baris).</translation>
    </message>
    <message>
        <source>Type the receipt printer&apos;s address first.</source>
        <translation>Ketik dulu alamat printer struk.</translation>
    </message>
    <message>
        <source>Asking the printer...</source>
        <translation>Menanyai printer...</translation>
    </message>
    <message>
        <source>Type the backup folder first.</source>
        <translation>Ketik dulu folder cadangan.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Mencadangkan...</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Cadangan ditulis: %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Login terakhir</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>dikunci</translation>
    </message>
    <message>
        <source>locked out until %1</source>
        <translation>terkunci sampai %1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>Pengguna ditambahkan.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Kata sandi baru untuk %1:</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Kata sandi %1 diatur ulang.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ganti peran</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Peran %1:</translation>
    </message>
    <message>
        <source>Role of %1 changed.</source>
        <translation>Peran %1 diganti.</translation>
    </message>
    <message>
        <source>%1 unlocked.</source>
        <translation>%1 dibuka kuncinya.</translation>
    </message>
    <message>
        <source>%1 locked.</source>
        <translation>%1 dikunci.</translation>
    </message>
    <message>
        <source>&amp;Showroom</source>
        <translation>&amp;Showroom</translation>
    </message>
    <message>
        <source>&amp;Printers</source>
        <translation>&amp;Printer</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>&amp;Tes cetak</translation>
    </message>
    <message>
        <source>Ask the printer&apos;s &amp;status</source>
        <translation>Tanyakan &amp;status printer</translation>
    </message>
    <message>
        <source>&amp;Money and data</source>
        <translation>&amp;Uang dan data</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Pen&amp;gguna</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>Pengguna &amp;baru...</translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation>Atur ulang &amp;kata sandi...</translation>
    </message>
    <message>
        <source>Change &amp;role...</source>
        <translation>Ganti &amp;peran...</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Simpan pengaturan</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Showroom POS: first set-up</source>
        <translation>Showroom POS: pengaturan awal</translation>
    </message>
    <message>
        <source>The showroom</source>
        <translation>Showroom</translation>
    </message>
    <message>
        <source>The name and address printed on receipts and statements.</source>
        <translation>Nama dan alamat yang dicetak di struk dan rekap.</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Showroom &amp;name</source>
        <translation>&amp;Nama showroom</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG, optional)</source>
        <translation>&amp;Logo (PNG, boleh kosong)</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>This account sets up users, tills and settings. There are no default accounts: keep this password safe.</source>
        <translation>Akun ini mengatur pengguna, kasir dan pengaturan. Tidak ada akun bawaan: simpan kata sandi ini baik-baik.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;Password (at least 8 characters)</source>
        <translation>&amp;Kata sandi (minimal 8 karakter)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Kasir ini</translation>
    </message>
    <message>
        <source>Each till has its own code and its own gapless receipt numbers; its receipt printer can be set later in Settings.</source>
        <translation>Setiap kasir punya kode sendiri dan nomor struk berurutan tanpa celah; printer struk bisa diatur nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>Front till</source>
        <translation>Kasir depan</translation>
    </message>
    <message>
        <source>Till &amp;code</source>
        <translation>&amp;Kode kasir</translation>
    </message>
    <message>
        <source>Till &amp;name</source>
        <translation>&amp;Nama kasir</translation>
    </message>
    <message>
        <source>Receipt &amp;printer</source>
        <translation>&amp;Printer struk</translation>
    </message>
    <message>
        <source>Printer p&amp;rofile</source>
        <translation>P&amp;rofil printer</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>&amp;Tes cetak</translation>
    </message>
    <message>
        <source>When you finish, the program makes the showroom&apos;s signing key at %1. Z reports and statements are signed with it: copy it to a USB stick and keep it apart from the database backups (showroom-pos key).</source>
        <translation>Saat selesai, program membuat kunci tanda tangan showroom di %1. Laporan Z dan rekap ditandatangani dengannya: salin ke flashdisk dan simpan terpisah dari cadangan database (showroom-pos key).</translation>
    </message>
    <message>
        <source>Printing a test page...</source>
        <translation>Mencetak halaman tes...</translation>
    </message>
    <message>
        <source>Test page sent (%1 characters per line).</source>
        <translation>Halaman tes terkirim (%1 karakter per baris).</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>Gambar (*.png *.jpg)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Setting up the showroom...</source>
        <translation>Menyiapkan showroom...</translation>
    </message>
</context>
<context>
    <name>StatementsScreen</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pembatik</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Dibayarkan</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>dibayar</translation>
    </message>
    <message>
        <source>%1 makers · sales %2 · payable %3 · not paid yet: %4 (%5)</source>
        <translation>%1 pembatik · penjualan %2 · dibayarkan %3 · belum dibayar: %4 (%5)</translation>
    </message>
    <message>
        <source>Making the statement...</source>
        <translation>Membuat laporan...</translation>
    </message>
    <message>
        <source>Recording the payment...</source>
        <translation>Mencatat pembayaran...</translation>
    </message>
    <message>
        <source>Finalize statement</source>
        <translation>Finalkan laporan</translation>
    </message>
    <message>
        <source>Finalize the statement of %1 for %2 (payable %3)? It cannot change afterwards; later corrections go into the next month.</source>
        <translation>Finalkan laporan %1 untuk %2 (dibayarkan %3)? Setelah itu laporan tidak bisa berubah; koreksi berikutnya masuk ke bulan depan.</translation>
    </message>
    <message>
        <source>Finalizing the statement...</source>
        <translation>Memfinalkan laporan...</translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Tutup buku</translation>
    </message>
    <message>
        <source>Close %1 for every maker? %2 statements are finalized (payable %3). Afterwards nothing can be recorded into this month; later corrections go into the next month.</source>
        <translation>Tutup buku %1 untuk semua pembatik? %2 laporan difinalkan (dibayarkan %3). Setelah itu tidak ada yang bisa dicatat ke bulan ini; koreksi berikutnya masuk ke bulan depan.</translation>
    </message>
    <message>
        <source>Closing the month...</source>
        <translation>Menutup buku...</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Folder untuk laporan</translation>
    </message>
    <message>
        <source>Stopped: %1 statements were written before cancelling.</source>
        <translation>Dihentikan: %1 laporan sudah dibuat sebelum dibatalkan.</translation>
    </message>
    <message>
        <source>%1 statements and the summary written to %2.</source>
        <translation>%1 laporan dan rekap disimpan di %2.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Open statement</source>
        <translation>&amp;Buka laporan</translation>
    </message>
    <message>
        <source>&amp;Finalize this maker...</source>
        <translation>&amp;Finalkan pembatik ini...</translation>
    </message>
    <message>
        <source>Record &amp;payment...</source>
        <translation>Catat &amp;pembayaran...</translation>
    </message>
    <message>
        <source>&amp;Make all PDFs...</source>
        <translation>Buat se&amp;mua PDF...</translation>
    </message>
    <message>
        <source>&amp;Close the month...</source>
        <translation>&amp;Tutup buku...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>StockCountDialog</name>
    <message>
        <source>Stock count</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <source>Maker whose goods are counted:</source>
        <translation>Pembatik yang barangnya dihitung:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Explanation (needed for a difference)</source>
        <translation>Keterangan (wajib bila ada selisih)</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>belum dihitung</translation>
    </message>
    <message>
        <source>%1 of %2 items counted, %3 with a difference.</source>
        <translation>%1 dari %2 barang dihitung, %3 berselisih.</translation>
    </message>
    <message>
        <source>Count every item first: %1 not counted yet (%2).</source>
        <translation>Hitung semua barang dulu: %1 belum dihitung (%2).</translation>
    </message>
    <message>
        <source>Explain every difference first.</source>
        <translation>Tulis keterangan untuk setiap selisih dulu.</translation>
    </message>
    <message>
        <source>stock count differences</source>
        <translation>selisih stok opname</translation>
    </message>
    <message>
        <source>Saving the count...</source>
        <translation>Menyimpan hasil hitung...</translation>
    </message>
    <message>
        <source>Choose the maker first.</source>
        <translation>Pilih dulu pembatiknya.</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <source>Event: %1 — %2</source>
        <translation>Pameran: %1 — %2</translation>
    </message>
    <message>
        <source>Saving the sale; %1 goes into the next cart.</source>
        <translation>Penjualan sedang disimpan; %1 masuk ke keranjang berikutnya.</translation>
    </message>
    <message>
        <source>%1 is no longer for sale.</source>
        <translation>%1 tidak dijual lagi.</translation>
    </message>
    <message>
        <source>%1 is a unique piece and is already in the cart.</source>
        <translation>%1 adalah barang satu-satunya dan sudah ada di keranjang.</translation>
    </message>
    <message>
        <source>%1 is a unique piece and has already been sold.</source>
        <translation>%1 barang satu-satunya dan sudah terjual.</translation>
    </message>
    <message>
        <source>%1 is sold out.</source>
        <translation>%1 habis.</translation>
    </message>
    <message>
        <source>%1: no more in stock (on hand: %2).</source>
        <translation>%1: stok habis (ada: %2).</translation>
    </message>
    <message>
        <source>Open the shift first: the first scan asks for the cash in the drawer.</source>
        <translation>Buka shift dulu: pindaian pertama menanyakan modal kas di laci.</translation>
    </message>
    <message>
        <source>Several items match; choose one with the arrow keys and Enter.</source>
        <translation>Beberapa barang cocok; pilih dengan tombol panah dan Enter.</translation>
    </message>
    <message>
        <source>A unique piece is sold one at a time.</source>
        <translation>Barang satu-satunya dijual satu per satu.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>How many of %1?</source>
        <translation>Berapa banyak %1?</translation>
    </message>
    <message>
        <source>a cart of %1</source>
        <translation>keranjang senilai %1</translation>
    </message>
    <message>
        <source>%1 held cart(s)</source>
        <translation>%1 keranjang ditahan</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Keranjang kosong.</translation>
    </message>
    <message>
        <source>Cart held (%1 waiting). Recall it with F9.</source>
        <translation>Keranjang ditahan (%1 menunggu). Panggil lagi dengan F9.</translation>
    </message>
    <message>
        <source>No cart is waiting.</source>
        <translation>Tidak ada keranjang yang ditahan.</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>Recall cart</source>
        <translation>Panggil keranjang</translation>
    </message>
    <message>
        <source>Which cart?</source>
        <translation>Keranjang yang mana?</translation>
    </message>
    <message>
        <source>The cart on the till (%1) is held and the chosen one comes back. Swap them?</source>
        <translation>Keranjang di kasir (%1) ditahan dan keranjang yang dipilih dipanggil kembali. Tukar?</translation>
    </message>
    <message>
        <source>%1 pieces</source>
        <translation>%1 buah</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>KEMBALIAN</translation>
    </message>
    <message>
        <source>TOTAL (TRAINING)</source>
        <translation>TOTAL (LATIHAN)</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>This computer is not set up as a till.</source>
        <translation>Komputer ini belum diatur sebagai kasir.</translation>
    </message>
    <message>
        <source>Till %1: no shift open. The first scan opens it (Buka shift).</source>
        <translation>Kasir %1: belum ada shift. Pindaian pertama membuka shift.</translation>
    </message>
    <message>
        <source>Till %1, shift of %2. Cash in drawer should be %3.</source>
        <translation>Kasir %1, shift %2. Uang di laci seharusnya %3.</translation>
    </message>
    <message>
        <source>Saving the sale, a moment...</source>
        <translation>Penjualan sedang disimpan, sebentar...</translation>
    </message>
    <message>
        <source>Opening the shift...</source>
        <translation>Membuka shift...</translation>
    </message>
    <message>
        <source>No shift is open at this till.</source>
        <translation>Belum ada shift dibuka di kasir ini.</translation>
    </message>
    <message>
        <source>Shift closed. Expected %1, counted %2, difference %3.</source>
        <translation>Shift ditutup. Seharusnya %1, dihitung %2, selisih %3.</translation>
    </message>
    <message>
        <source>Closing the shift...</source>
        <translation>Menutup shift...</translation>
    </message>
    <message>
        <source>Cash in: money put into the drawer</source>
        <translation>Kas masuk: uang dimasukkan ke laci</translation>
    </message>
    <message>
        <source>Cash out: money taken from the drawer</source>
        <translation>Kas keluar: uang diambil dari laci</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Kas masuk atau keluar</translation>
    </message>
    <message>
        <source>Which way?</source>
        <translation>Masuk atau keluar?</translation>
    </message>
    <message>
        <source>Amount in rupiah:</source>
        <translation>Jumlah dalam rupiah:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Record %1 taken OUT of the drawer of till %2 (%3)?</source>
        <translation>Catat %1 DIAMBIL dari laci kasir %2 (%3)?</translation>
    </message>
    <message>
        <source>Record %1 put INTO the drawer of till %2 (%3)?</source>
        <translation>Catat %1 DIMASUKKAN ke laci kasir %2 (%3)?</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Menyimpan...</translation>
    </message>
    <message>
        <source>The cart is empty: scan an item first.</source>
        <translation>Keranjang kosong: pindai barang dulu.</translation>
    </message>
    <message>
        <source>Saving the sale...</source>
        <translation>Menyimpan penjualan...</translation>
    </message>
    <message>
        <source>Last sale %1: %2, change %3. %4</source>
        <translation>Penjualan terakhir %1: %2, kembalian %3. %4</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Kembalian: %1</translation>
    </message>
    <message>
        <source>Paid exactly: no change.</source>
        <translation>Uang pas: tanpa kembalian.</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>Printer struk belum diatur.</translation>
    </message>
    <message>
        <source>Printing...</source>
        <translation>Mencetak...</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Struk tercetak.</translation>
    </message>
    <message>
        <source>Receipt not printed: %1</source>
        <translation>Struk tidak tercetak: %1</translation>
    </message>
    <message>
        <source>Press F7 to try again.</source>
        <translation>Tekan F7 untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>No sale yet on this screen.</source>
        <translation>Belum ada penjualan di layar ini.</translation>
    </message>
    <message>
        <source>Refund %1 for %2: give back %3.</source>
        <translation>Retur %1 untuk %2: kembalikan %3.</translation>
    </message>
    <message>
        <source>&amp;Scan or type an item code, name, motif or maker</source>
        <translation>&amp;Pindai atau ketik kode barang, nama, motif atau pembatik</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Bayar (F12)</translation>
    </message>
    <message>
        <source>Quantity (F3)</source>
        <translation>Banyaknya (F3)</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>Hapus baris (Del)</translation>
    </message>
    <message>
        <source>Hold cart (F8)</source>
        <translation>Tahan (F8)</translation>
    </message>
    <message>
        <source>Recall cart (F9)</source>
        <translation>Panggil (F9)</translation>
    </message>
    <message>
        <source>Refund (F6)</source>
        <translation>Retur (F6)</translation>
    </message>
    <message>
        <source>Reprint last (F7)</source>
        <translation>Cetak ulang (F7)</translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation>Kas masuk/keluar</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Tutup shift</translation>
    </message>
    <message>
        <source>Training mode (no stock, no money)</source>
        <translation>Mode latihan (tanpa stok, tanpa uang)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>Rinciannya ada di {path}.</translation>
    </message>
    <message>
        <source>Program error</source>
        <translation>Kesalahan program</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Nothing was saved by this step. Please tell the supervisor.</source>
        <translation>Terjadi kesalahan di dalam program. Langkah ini tidak menyimpan apa pun. Mohon beri tahu supervisor.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Please wait</source>
        <translation>Mohon tunggu</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Sedang bekerja...</translation>
    </message>
</context>
</TS>
