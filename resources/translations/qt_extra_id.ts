<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<!-- Qt's own button texts, which Qt ships no Indonesian translation for. -->
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ya</translation></message>
    <message><source>&amp;No</source><translation>&amp;Tidak</translation></message>
    <message><source>Close</source><translation>Tutup</translation></message>
    <message><source>Save</source><translation>Simpan</translation></message>
    <message><source>Apply</source><translation>Terapkan</translation></message>
    <message><source>Help</source><translation>Bantuan</translation></message>
</context>
<context>
    <name>QWizard</name>
    <message><source>&lt; &amp;Back</source><translation>&lt; &amp;Kembali</translation></message>
    <message><source>&amp;Next &gt;</source><translation>&amp;Lanjut &gt;</translation></message>
    <message><source>&amp;Next</source><translation>&amp;Lanjut</translation></message>
    <message><source>&amp;Finish</source><translation>&amp;Selesai</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>Go Back</source><translation>Kembali</translation></message>
    <message><source>Continue</source><translation>Lanjut</translation></message>
    <message><source>Commit</source><translation>Simpan</translation></message>
    <message><source>Done</source><translation>Selesai</translation></message>
    <message><source>&amp;Help</source><translation>&amp;Bantuan</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Tampilkan rincian...</translation></message>
    <message><source>Hide Details...</source><translation>Sembunyikan rincian...</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Batalkan</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ulangi</translation></message>
    <message><source>Cu&amp;t</source><translation>Po&amp;tong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Tempel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih semua</translation></message>
</context>
</TS>
