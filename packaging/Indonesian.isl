; *** Inno Setup version 6.4.0+ Indonesian messages ***
;
; Indonesian translation (Bahasa Indonesia) written for Showroom POS
; (Dekranasda Kota Pekalongan), for Inno Setup 6.4 (6.4.0 and later);
; translated from the English messages (Default.isl) of Inno Setup 6.4.1.
;
; Terjemahan bahasa Indonesia untuk Showroom POS (Dekranasda Kota Pekalongan),
; untuk Inno Setup versi 6.4.
;
; Terms used throughout / istilah yang dipakai:
;   Setup = Penginstal / Instalasi, install = instal (menginstal, diinstal),
;   uninstall = hapus instalasi (Uninstall program = Penghapus Instalasi),
;   Next = Berikutnya, Back = Kembali, Cancel = Batal, Finish = Selesai,
;   Browse = Telusuri, shortcut = pintasan, restart = mulai ulang.
;
; To download user-contributed translations of this file, go to:
;   https://jrsoftware.org/files/istrans/
;
; Note: When translating this text, do not add periods (.) to the end of
; messages that didn't have them already, because on those messages Inno
; Setup adds the periods automatically (appending a period would result in
; two periods being displayed).

[LangOptions]
; The following three entries are very important. Be sure to read and
; understand the '[LangOptions] section' topic in the help file.
LanguageName=Bahasa Indonesia
LanguageID=$0421
LanguageCodePage=0
; If the language you are translating to requires special font faces or
; sizes, uncomment any of the following entries and change them accordingly.
;DialogFontName=
;DialogFontSize=8
;WelcomeFontName=Verdana
;WelcomeFontSize=12
;TitleFontName=Arial
;TitleFontSize=29
;CopyrightFontName=Arial
;CopyrightFontSize=8

[Messages]

; *** Application titles
SetupAppTitle=Instalasi
SetupWindowTitle=Instalasi - %1
UninstallAppTitle=Hapus Instalasi
UninstallAppFullTitle=Hapus Instalasi %1

; *** Misc. common
InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Kesalahan

; *** SetupLdr messages
SetupLdrStartupMessage=Program ini akan menginstal %1. Apakah Anda ingin melanjutkan?
LdrCannotCreateTemp=Tidak dapat membuat file sementara. Instalasi dibatalkan
LdrCannotExecTemp=Tidak dapat menjalankan file di folder sementara. Instalasi dibatalkan
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nKesalahan %2: %3
SetupFileMissing=File %1 tidak ditemukan di folder instalasi. Silakan perbaiki masalah ini atau dapatkan salinan baru program ini.
SetupFileCorrupt=File instalasi rusak. Silakan dapatkan salinan baru program ini.
SetupFileCorruptOrWrongVer=File instalasi rusak atau tidak kompatibel dengan versi Penginstal ini. Silakan perbaiki masalah ini atau dapatkan salinan baru program ini.
InvalidParameter=Parameter yang tidak valid diberikan pada baris perintah:%n%n%1
SetupAlreadyRunning=Penginstal sudah berjalan.
WindowsVersionNotSupported=Program ini tidak mendukung versi Windows yang berjalan di komputer Anda.
WindowsServicePackRequired=Program ini memerlukan %1 Service Pack %2 atau yang lebih baru.
NotOnThisPlatform=Program ini tidak dapat berjalan di %1.
OnlyOnThisPlatform=Program ini harus dijalankan di %1.
OnlyOnTheseArchitectures=Program ini hanya dapat diinstal pada versi Windows yang dirancang untuk arsitektur prosesor berikut:%n%n%1
WinVersionTooLowError=Program ini memerlukan %1 versi %2 atau yang lebih baru.
WinVersionTooHighError=Program ini tidak dapat diinstal pada %1 versi %2 atau yang lebih baru.
AdminPrivilegesRequired=Anda harus masuk sebagai administrator untuk menginstal program ini.
PowerUserPrivilegesRequired=Anda harus masuk sebagai administrator atau sebagai anggota grup Power Users untuk menginstal program ini.
SetupAppRunningError=Penginstal mendeteksi bahwa %1 sedang berjalan.%n%nSilakan tutup semua jendela program tersebut sekarang, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
UninstallAppRunningError=Penghapus Instalasi mendeteksi bahwa %1 sedang berjalan.%n%nSilakan tutup semua jendela program tersebut sekarang, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Pilih Mode Instalasi
PrivilegesRequiredOverrideInstruction=Pilih mode instalasi
PrivilegesRequiredOverrideText1=%1 dapat diinstal untuk semua pengguna (memerlukan hak administrator), atau hanya untuk Anda.
PrivilegesRequiredOverrideText2=%1 dapat diinstal hanya untuk Anda, atau untuk semua pengguna (memerlukan hak administrator).
PrivilegesRequiredOverrideAllUsers=Instal untuk semua &pengguna
PrivilegesRequiredOverrideAllUsersRecommended=Instal untuk semua &pengguna (disarankan)
PrivilegesRequiredOverrideCurrentUser=Instal hanya untuk &saya
PrivilegesRequiredOverrideCurrentUserRecommended=Instal hanya untuk &saya (disarankan)

; *** Misc. errors
ErrorCreatingDir=Penginstal tidak dapat membuat folder "%1"
ErrorTooManyFilesInDir=Tidak dapat membuat file di folder "%1" karena folder tersebut berisi terlalu banyak file

; *** Setup common messages
ExitSetupTitle=Keluar dari Instalasi
ExitSetupMessage=Instalasi belum selesai. Jika Anda keluar sekarang, program tidak akan diinstal.%n%nAnda dapat menjalankan Penginstal lagi di lain waktu untuk menyelesaikan instalasi.%n%nKeluar dari Instalasi?
AboutSetupMenuItem=&Tentang Penginstal...
AboutSetupTitle=Tentang Penginstal
AboutSetupMessage=%1 versi %2%n%3%n%nSitus web %1:%n%4
AboutSetupNote=
TranslatorNote=

; *** Buttons
ButtonBack=< &Kembali
ButtonNext=&Berikutnya >
ButtonInstall=&Instal
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &Semua
ButtonNo=&Tidak
ButtonNoToAll=Tidak untuk Se&mua
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=&Telusuri...
ButtonNewFolder=&Buat Folder Baru

; *** "Select Language" dialog messages
SelectLanguageTitle=Pilih Bahasa Instalasi
SelectLanguageLabel=Pilih bahasa yang akan digunakan selama instalasi.

; *** Common wizard text
ClickNext=Klik Berikutnya untuk melanjutkan, atau Batal untuk keluar dari Penginstal.
BeveledLabel=
BrowseDialogTitle=Telusuri Folder
BrowseDialogLabel=Pilih folder dari daftar di bawah ini, lalu klik OK.
NewFolderName=Folder Baru

; *** "Welcome" wizard page
WelcomeLabel1=Selamat Datang di Panduan Instalasi [name]
WelcomeLabel2=Program ini akan menginstal [name/ver] di komputer Anda.%n%nAnda disarankan untuk menutup semua aplikasi lain sebelum melanjutkan.

; *** "Password" wizard page
WizardPassword=Kata Sandi
PasswordLabel1=Instalasi ini dilindungi kata sandi.
PasswordLabel3=Silakan masukkan kata sandi, lalu klik Berikutnya untuk melanjutkan. Huruf besar dan huruf kecil pada kata sandi dibedakan.
PasswordEditLabel=&Kata Sandi:
IncorrectPassword=Kata sandi yang Anda masukkan salah. Silakan coba lagi.

; *** "License Agreement" wizard page
WizardLicense=Perjanjian Lisensi
LicenseLabel=Silakan baca informasi penting berikut sebelum melanjutkan.
LicenseLabel3=Silakan baca Perjanjian Lisensi berikut. Anda harus menerima ketentuan perjanjian ini sebelum melanjutkan instalasi.
LicenseAccepted=Saya &menerima perjanjian ini
LicenseNotAccepted=Saya &tidak menerima perjanjian ini

; *** "Information" wizard pages
WizardInfoBefore=Informasi
InfoBeforeLabel=Silakan baca informasi penting berikut sebelum melanjutkan.
InfoBeforeClickLabel=Jika Anda sudah siap melanjutkan instalasi, klik Berikutnya.
WizardInfoAfter=Informasi
InfoAfterLabel=Silakan baca informasi penting berikut sebelum melanjutkan.
InfoAfterClickLabel=Jika Anda sudah siap melanjutkan instalasi, klik Berikutnya.

; *** "User Information" wizard page
WizardUserInfo=Informasi Pengguna
UserInfoDesc=Silakan masukkan informasi Anda.
UserInfoName=&Nama Pengguna:
UserInfoOrg=&Organisasi:
UserInfoSerial=Nomor &Seri:
UserInfoNameRequired=Anda harus memasukkan nama.

; *** "Select Destination Location" wizard page
WizardSelectDir=Pilih Lokasi Tujuan
SelectDirDesc=Di mana [name] akan diinstal?
SelectDirLabel3=Penginstal akan menginstal [name] ke folder berikut.
SelectDirBrowseLabel=Untuk melanjutkan, klik Berikutnya. Jika Anda ingin memilih folder lain, klik Telusuri.
DiskSpaceGBLabel=Diperlukan ruang disk kosong sedikitnya [gb] GB.
DiskSpaceMBLabel=Diperlukan ruang disk kosong sedikitnya [mb] MB.
CannotInstallToNetworkDrive=Penginstal tidak dapat menginstal ke drive jaringan.
CannotInstallToUNCPath=Penginstal tidak dapat menginstal ke jalur UNC.
InvalidPath=Anda harus memasukkan jalur lengkap beserta huruf drive; contoh:%n%nC:\APP%n%natau jalur UNC dengan format:%n%n\\server\share
InvalidDrive=Drive atau share UNC yang Anda pilih tidak ada atau tidak dapat diakses. Silakan pilih yang lain.
DiskSpaceWarningTitle=Ruang Disk Tidak Cukup
DiskSpaceWarning=Penginstal memerlukan ruang kosong sedikitnya %1 KB untuk instalasi, tetapi drive yang dipilih hanya memiliki %2 KB yang tersedia.%n%nApakah Anda tetap ingin melanjutkan?
DirNameTooLong=Nama folder atau jalur terlalu panjang.
InvalidDirName=Nama folder tidak valid.
BadDirName32=Nama folder tidak boleh berisi karakter berikut:%n%n%1
DirExistsTitle=Folder Sudah Ada
DirExists=Folder:%n%n%1%n%nsudah ada. Apakah Anda tetap ingin menginstal ke folder tersebut?
DirDoesntExistTitle=Folder Tidak Ada
DirDoesntExist=Folder:%n%n%1%n%ntidak ada. Apakah Anda ingin folder tersebut dibuat?

; *** "Select Components" wizard page
WizardSelectComponents=Pilih Komponen
SelectComponentsDesc=Komponen mana yang akan diinstal?
SelectComponentsLabel2=Pilih komponen yang ingin Anda instal; kosongkan centang komponen yang tidak ingin Anda instal. Klik Berikutnya jika Anda sudah siap melanjutkan.
FullInstallation=Instalasi lengkap
; if possible don't translate 'Compact' as 'Minimal' (I mean 'Minimal' in your language)
CompactInstallation=Instalasi ringkas
CustomInstallation=Instalasi kustom
NoUninstallWarningTitle=Komponen Sudah Ada
NoUninstallWarning=Penginstal mendeteksi bahwa komponen berikut sudah terinstal di komputer Anda:%n%n%1%n%nMembatalkan pilihan komponen ini tidak akan menghapus instalasinya.%n%nApakah Anda tetap ingin melanjutkan?
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=Pilihan saat ini memerlukan ruang disk sedikitnya [gb] GB.
ComponentsDiskSpaceMBLabel=Pilihan saat ini memerlukan ruang disk sedikitnya [mb] MB.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Pilih Tugas Tambahan
SelectTasksDesc=Tugas tambahan apa saja yang akan dijalankan?
SelectTasksLabel2=Pilih tugas tambahan yang ingin dijalankan Penginstal saat menginstal [name], lalu klik Berikutnya.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Pilih Folder Menu Start
SelectStartMenuFolderDesc=Di mana Penginstal harus menempatkan pintasan program?
SelectStartMenuFolderLabel3=Penginstal akan membuat pintasan program di folder Menu Start berikut.
SelectStartMenuFolderBrowseLabel=Untuk melanjutkan, klik Berikutnya. Jika Anda ingin memilih folder lain, klik Telusuri.
MustEnterGroupName=Anda harus memasukkan nama folder.
GroupNameTooLong=Nama folder atau jalur terlalu panjang.
InvalidGroupName=Nama folder tidak valid.
BadGroupName=Nama folder tidak boleh berisi karakter berikut:%n%n%1
NoProgramGroupCheck2=&Jangan buat folder Menu Start

; *** "Ready to Install" wizard page
WizardReady=Siap Menginstal
ReadyLabel1=Penginstal siap untuk mulai menginstal [name] di komputer Anda.
ReadyLabel2a=Klik Instal untuk melanjutkan instalasi, atau klik Kembali jika Anda ingin meninjau atau mengubah pengaturan.
ReadyLabel2b=Klik Instal untuk melanjutkan instalasi.
ReadyMemoUserInfo=Informasi pengguna:
ReadyMemoDir=Lokasi tujuan:
ReadyMemoType=Jenis instalasi:
ReadyMemoComponents=Komponen yang dipilih:
ReadyMemoGroup=Folder Menu Start:
ReadyMemoTasks=Tugas tambahan:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Mengunduh file tambahan...
ButtonStopDownload=&Hentikan unduhan
StopDownload=Apakah Anda yakin ingin menghentikan unduhan?
ErrorDownloadAborted=Unduhan dibatalkan
ErrorDownloadFailed=Unduhan gagal: %1 %2
ErrorDownloadSizeFailed=Gagal mendapatkan ukuran: %1 %2
ErrorFileHash1=Gagal menghitung hash file: %1
ErrorFileHash2=Hash file tidak valid: seharusnya %1, ditemukan %2
ErrorProgress=Progres tidak valid: %1 dari %2
ErrorFileSize=Ukuran file tidak valid: seharusnya %1, ditemukan %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=Mengekstrak file tambahan...
ButtonStopExtraction=&Hentikan ekstraksi
StopExtraction=Apakah Anda yakin ingin menghentikan ekstraksi?
ErrorExtractionAborted=Ekstraksi dibatalkan
ErrorExtractionFailed=Ekstraksi gagal: %1

; *** "Preparing to Install" wizard page
WizardPreparing=Mempersiapkan Instalasi
PreparingDesc=Penginstal sedang mempersiapkan instalasi [name] di komputer Anda.
PreviousInstallNotCompleted=Instalasi/penghapusan program sebelumnya belum selesai. Anda perlu memulai ulang komputer untuk menyelesaikan instalasi tersebut.%n%nSetelah komputer dimulai ulang, jalankan Penginstal lagi untuk menyelesaikan instalasi [name].
CannotContinue=Penginstal tidak dapat melanjutkan. Silakan klik Batal untuk keluar.
ApplicationsFound=Aplikasi berikut sedang menggunakan file yang perlu diperbarui oleh Penginstal. Sebaiknya Anda mengizinkan Penginstal menutup aplikasi tersebut secara otomatis.
ApplicationsFound2=Aplikasi berikut sedang menggunakan file yang perlu diperbarui oleh Penginstal. Sebaiknya Anda mengizinkan Penginstal menutup aplikasi tersebut secara otomatis. Setelah instalasi selesai, Penginstal akan mencoba menjalankan kembali aplikasi tersebut.
CloseApplications=&Tutup aplikasi secara otomatis
DontCloseApplications=&Jangan tutup aplikasi
ErrorCloseApplications=Penginstal tidak dapat menutup semua aplikasi secara otomatis. Sebaiknya Anda menutup semua aplikasi yang menggunakan file yang perlu diperbarui oleh Penginstal sebelum melanjutkan.
PrepareToInstallNeedsRestart=Penginstal harus memulai ulang komputer Anda. Setelah komputer dimulai ulang, jalankan Penginstal lagi untuk menyelesaikan instalasi [name].%n%nApakah Anda ingin memulai ulang sekarang?

; *** "Installing" wizard page
WizardInstalling=Menginstal
InstallingLabel=Harap tunggu selagi Penginstal menginstal [name] di komputer Anda.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Menyelesaikan Panduan Instalasi [name]
FinishedLabelNoIcons=Penginstal telah selesai menginstal [name] di komputer Anda.
FinishedLabel=Penginstal telah selesai menginstal [name] di komputer Anda. Aplikasi dapat dijalankan dengan memilih pintasan yang telah dibuat.
ClickFinish=Klik Selesai untuk keluar dari Penginstal.
FinishedRestartLabel=Untuk menyelesaikan instalasi [name], Penginstal harus memulai ulang komputer Anda. Apakah Anda ingin memulai ulang sekarang?
FinishedRestartMessage=Untuk menyelesaikan instalasi [name], Penginstal harus memulai ulang komputer Anda.%n%nApakah Anda ingin memulai ulang sekarang?
ShowReadmeCheck=Ya, saya ingin melihat file README
YesRadio=&Ya, mulai ulang komputer sekarang
NoRadio=&Tidak, saya akan memulai ulang komputer nanti
; used for example as 'Run MyProg.exe'
RunEntryExec=Jalankan %1
; used for example as 'View Readme.txt'
RunEntryShellExec=Lihat %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Penginstal Memerlukan Disk Berikutnya
SelectDiskLabel2=Silakan masukkan Disk %1 lalu klik OK.%n%nJika file pada disk ini dapat ditemukan di folder selain yang ditampilkan di bawah ini, masukkan jalur yang benar atau klik Telusuri.
PathLabel=&Jalur:
FileNotInDir2=File "%1" tidak dapat ditemukan di "%2". Silakan masukkan disk yang benar atau pilih folder lain.
SelectDirectoryLabel=Silakan tentukan lokasi disk berikutnya.

; *** Installation phase messages
SetupAborted=Instalasi tidak selesai.%n%nSilakan perbaiki masalahnya, lalu jalankan Penginstal lagi.
AbortRetryIgnoreSelectAction=Pilih tindakan
AbortRetryIgnoreRetry=&Coba lagi
AbortRetryIgnoreIgnore=&Abaikan kesalahan dan lanjutkan
AbortRetryIgnoreCancel=Batalkan instalasi

; *** Installation status messages
StatusClosingApplications=Menutup aplikasi...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Mengekstrak file...
StatusCreateIcons=Membuat pintasan...
StatusCreateIniEntries=Membuat entri INI...
StatusCreateRegistryEntries=Membuat entri registri...
StatusRegisterFiles=Mendaftarkan file...
StatusSavingUninstall=Menyimpan informasi hapus instalasi...
StatusRunProgram=Menyelesaikan instalasi...
StatusRestartingApplications=Menjalankan kembali aplikasi...
StatusRollback=Membatalkan perubahan...

; *** Misc. errors
ErrorInternal2=Kesalahan internal: %1
ErrorFunctionFailedNoCode=%1 gagal
ErrorFunctionFailed=%1 gagal; kode %2
ErrorFunctionFailedWithMessage=%1 gagal; kode %2.%n%3
ErrorExecutingProgram=Tidak dapat menjalankan file:%n%1

; *** Registry errors
ErrorRegOpenKey=Kesalahan saat membuka kunci registri:%n%1\%2
ErrorRegCreateKey=Kesalahan saat membuat kunci registri:%n%1\%2
ErrorRegWriteKey=Kesalahan saat menulis ke kunci registri:%n%1\%2

; *** INI errors
ErrorIniEntry=Kesalahan saat membuat entri INI di file "%1".

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=&Lewati file ini (tidak disarankan)
FileAbortRetryIgnoreIgnoreNotRecommended=&Abaikan kesalahan dan lanjutkan (tidak disarankan)
SourceIsCorrupted=File sumber rusak
SourceDoesntExist=File sumber "%1" tidak ada
ExistingFileReadOnly2=File yang ada tidak dapat diganti karena ditandai sebagai baca-saja.
ExistingFileReadOnlyRetry=&Hapus atribut baca-saja lalu coba lagi
ExistingFileReadOnlyKeepExisting=&Pertahankan file yang ada
ErrorReadingExistingDest=Terjadi kesalahan saat mencoba membaca file yang ada:
FileExistsSelectAction=Pilih tindakan
FileExists2=File sudah ada.
FileExistsOverwriteExisting=&Timpa file yang ada
FileExistsKeepExisting=&Pertahankan file yang ada
FileExistsOverwriteOrKeepAll=&Lakukan ini untuk konflik berikutnya
ExistingFileNewerSelectAction=Pilih tindakan
ExistingFileNewer2=File yang ada lebih baru daripada file yang akan diinstal oleh Penginstal.
ExistingFileNewerOverwriteExisting=&Timpa file yang ada
ExistingFileNewerKeepExisting=&Pertahankan file yang ada (disarankan)
ExistingFileNewerOverwriteOrKeepAll=&Lakukan ini untuk konflik berikutnya
ErrorChangingAttr=Terjadi kesalahan saat mencoba mengubah atribut file yang ada:
ErrorCreatingTemp=Terjadi kesalahan saat mencoba membuat file di folder tujuan:
ErrorReadingSource=Terjadi kesalahan saat mencoba membaca file sumber:
ErrorCopying=Terjadi kesalahan saat mencoba menyalin file:
ErrorReplacingExistingFile=Terjadi kesalahan saat mencoba mengganti file yang ada:
ErrorRestartReplace=RestartReplace gagal:
ErrorRenamingTemp=Terjadi kesalahan saat mencoba mengganti nama file di folder tujuan:
ErrorRegisterServer=Tidak dapat mendaftarkan DLL/OCX: %1
ErrorRegSvr32Failed=RegSvr32 gagal dengan kode keluar %1
ErrorRegisterTypeLib=Tidak dapat mendaftarkan pustaka tipe (type library): %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32-bit
UninstallDisplayNameMark64Bit=64-bit
UninstallDisplayNameMarkAllUsers=Semua pengguna
UninstallDisplayNameMarkCurrentUser=Pengguna saat ini

; *** Post-installation errors
ErrorOpeningReadme=Terjadi kesalahan saat mencoba membuka file README.
ErrorRestartingComputer=Penginstal tidak dapat memulai ulang komputer. Silakan lakukan secara manual.

; *** Uninstaller messages
UninstallNotFound=File "%1" tidak ada. Tidak dapat menghapus instalasi.
UninstallOpenError=File "%1" tidak dapat dibuka. Tidak dapat menghapus instalasi
UninstallUnsupportedVer=File log hapus instalasi "%1" memiliki format yang tidak dikenali oleh versi Penghapus Instalasi ini. Tidak dapat menghapus instalasi
UninstallUnknownEntry=Ditemukan entri yang tidak dikenal (%1) di log hapus instalasi
ConfirmUninstall=Apakah Anda yakin ingin menghapus %1 beserta semua komponennya sepenuhnya?
UninstallOnlyOnWin64=Instalasi ini hanya dapat dihapus di Windows 64-bit.
OnlyAdminCanUninstall=Instalasi ini hanya dapat dihapus oleh pengguna dengan hak administrator.
UninstallStatusLabel=Harap tunggu selagi %1 dihapus dari komputer Anda.
UninstalledAll=%1 berhasil dihapus dari komputer Anda.
UninstalledMost=Hapus instalasi %1 selesai.%n%nBeberapa elemen tidak dapat dihapus. Elemen tersebut dapat dihapus secara manual.
UninstalledAndNeedsRestart=Untuk menyelesaikan penghapusan instalasi %1, komputer Anda harus dimulai ulang.%n%nApakah Anda ingin memulai ulang sekarang?
UninstallDataCorrupted=File "%1" rusak. Tidak dapat menghapus instalasi

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Hapus File Bersama?
ConfirmDeleteSharedFile2=Sistem menunjukkan bahwa file bersama berikut tidak lagi digunakan oleh program apa pun. Apakah Anda ingin Penghapus Instalasi menghapus file bersama ini?%n%nJika masih ada program yang menggunakan file ini dan file ini dihapus, program tersebut mungkin tidak berfungsi dengan benar. Jika Anda tidak yakin, pilih Tidak. Membiarkan file ini tetap ada di sistem Anda tidak akan menimbulkan masalah.
SharedFileNameLabel=Nama file:
SharedFileLocationLabel=Lokasi:
WizardUninstalling=Status Hapus Instalasi
StatusUninstalling=Menghapus instalasi %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=Menginstal %1.
ShutdownBlockReasonUninstallingApp=Menghapus instalasi %1.

; The custom messages below aren't used by Setup itself, but if you make
; use of them in your scripts, you'll want to translate them.

[CustomMessages]

NameAndVersion=%1 versi %2
AdditionalIcons=Pintasan tambahan:
CreateDesktopIcon=Buat pintasan di &desktop
CreateQuickLaunchIcon=Buat pintasan &Quick Launch
ProgramOnTheWeb=%1 di Web
UninstallProgram=Hapus Instalasi %1
LaunchProgram=Jalankan %1
AssocFileExtension=&Kaitkan %1 dengan ekstensi file %2
AssocingFileExtension=Mengaitkan %1 dengan ekstensi file %2...
AutoStartProgramGroupDescription=Mulai otomatis:
AutoStartProgram=Jalankan %1 secara otomatis
AddonHostProgramNotFound=%1 tidak dapat ditemukan di folder yang Anda pilih.%n%nApakah Anda tetap ingin melanjutkan?
