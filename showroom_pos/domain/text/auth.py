"""The catalogue's texts of logging in, roles and approvals: code -> (Bahasa Indonesia, English)."""

_LOGIN_REFUSED = (
    "Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan: tunggu beberapa menit "
    "lalu coba lagi. Bila terus terjadi, minta supervisor membuka akun.",
    "Wrong user name or password, or too many tries: wait a few minutes and try again. If it "
    "keeps happening, ask a supervisor to unlock the account.",
)

TEXTS: dict[str, tuple[str, str]] = {
    # One text for a wrong password, an unknown name and a locked account: the refusal never
    # tells whether an account of that name exists.
    "auth.failed": _LOGIN_REFUSED,
    "auth.locked": _LOGIN_REFUSED,
    "auth.inactive": ("Akun ini sudah dinonaktifkan.", "This account has been deactivated."),
    "auth.password_short": (
        "Kata sandi minimal {min} karakter.",
        "The password needs at least {min} characters.",
    ),
    "permission.denied": (
        "Peran {role} tidak boleh melakukan: {action}.",
        "The role {role} may not do this: {action}.",
    ),
    "approval.required": (
        "Tindakan ini perlu persetujuan supervisor.",
        "This action needs a supervisor's approval.",
    ),
    "approval.same_user": (
        "Penyetuju harus orang lain, bukan pengguna yang meminta.",
        "The approver must be someone other than the requesting user.",
    ),
    "approval.not_allowed": (
        "{user} tidak berwenang menyetujui tindakan ini.",
        "{user} may not approve this action.",
    ),
    "user.exists": (
        "Nama pengguna {username} sudah dipakai.",
        "The user name {username} is taken.",
    ),
    "user.not_found": ("Pengguna {username} tidak ditemukan.", "User {username} not found."),
    "user.bad_name": (
        "Nama pengguna hanya boleh huruf kecil, angka, titik, minus atau garis bawah (2-32).",
        "A user name may hold only lower-case letters, digits, dot, dash or underscore (2-32).",
    ),
    "user.bad_role": ("Peran tidak dikenal: {role}.", "Unknown role: {role}."),
    "user.last_admin": (
        "Admin aktif terakhir tidak boleh dikunci atau diturunkan perannya.",
        "The last active admin cannot be locked or demoted.",
    ),
}
