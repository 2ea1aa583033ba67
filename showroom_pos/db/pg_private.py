"""PostgreSQL: what the tills' login gets instead of reading private data itself.

The tills' login may not read password hashes, makers' NIK, phone and bank account, nor the
ledger's key. These functions and the view run with their owner's rights (SECURITY DEFINER,
and a view's own rights) and hand out only what a till needs:

- `showroom_password_setting(name)`: the parameters and salt of a password hash, never the
  hash, so the program can hash what was typed the same way; an unknown name gets a made-up
  salt derived from the ledger's key, so names cannot be told apart;
- `showroom_check_password(name, candidate, is_login)`: compares, counts a failure and locks the
  account as the program would (`domain/lockout.py`), and on success clears the count (and, for
  a login, records it); it refuses to compare while the account is locked. The tills' login
  changes no column of `users` itself, so it can neither reset a count nor lift a lock: calling
  the function directly guesses no faster than the login screen;
- `showroom_private_digests(table)`: the keyed digests of a table's private fields, which is
  what the journal holds of them, for `journal verify`;
- `maker_masks`: makers' private fields masked as printouts show them.

The lock-out policy is written into the function when it is installed: a change to it needs
a migration that installs the function again.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from showroom_pos.domain.lockout import FREE_ATTEMPTS, LOCK_BASE, LOCK_MAX

KEY_SEPARATOR = ":"
SETTING = "showroom_password_setting(text)"
CHECK = "showroom_check_password(text, text, boolean)"
DIGESTS = "showroom_private_digests(text)"
FUNCTIONS = (SETTING, CHECK, DIGESTS)
MASKS_VIEW = "maker_masks"
# What `argon2.PasswordHasher` in services/auth writes, for names that have no account.
FAKE_SETTING_PREFIX = "$argon2id$v=19$m=19456,t=2,p=1$"
# The journal's form of a private value: its SHA-256 keyed by the ledger's key.
KEYED = (
    "'key256:' || encode(sha256(convert_to(k.secret || '" + KEY_SEPARATOR + "' || {value}, "
    "'UTF8')), 'hex')"
)


def _keyed(value: str) -> str:
    return f"CASE WHEN {value} IS NULL THEN NULL ELSE {KEYED.format(value=value)} END"


def install_private_functions(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    definer = f'SECURITY DEFINER SET search_path = "{schema}", pg_temp'
    connection.execute(
        text(f"""
CREATE OR REPLACE FUNCTION showroom_password_setting(p_username text) RETURNS text
LANGUAGE plpgsql STABLE {definer} AS $fn$
DECLARE
    stored text;
BEGIN
    SELECT password_hash INTO stored FROM users WHERE username = p_username;
    IF stored IS NOT NULL AND stored ~ '^\\$argon2[a-z]+\\$v=[0-9]+\\$[^$]+\\$[^$]+\\$[^$]+$' THEN
        RETURN regexp_replace(stored, '\\$[^$]*$', '')
            || '$' || (length(substring(stored from '[^$]*$')) * 3 / 4)::text;
    END IF;
    RETURN (SELECT '{FAKE_SETTING_PREFIX}' || rtrim(encode(substring(sha256(convert_to(
        k.secret || '#user#' || coalesce(p_username, ''), 'UTF8')) from 1 for 16), 'base64'),
        '=') || '$32' FROM ledger_keys k WHERE k.id = 1);
END
$fn$""")
    )
    base, cap = int(LOCK_BASE.total_seconds()), int(LOCK_MAX.total_seconds())
    connection.execute(
        text(f"""
CREATE OR REPLACE FUNCTION showroom_check_password(p_username text, p_candidate text,
    p_is_login boolean)
RETURNS integer LANGUAGE plpgsql {definer} AS $fn$
DECLARE
    account record;
    failures integer;
BEGIN
    SELECT id, password_hash, locked_until, failed_logins INTO account FROM users
        WHERE username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF account.locked_until IS NOT NULL
            AND account.locked_until > (now() AT TIME ZONE 'UTC') THEN
        RETURN -1;
    END IF;
    IF p_candidate IS NOT NULL AND account.password_hash = p_candidate THEN
        UPDATE users SET failed_logins = 0, locked_until = NULL,
            last_login_at = CASE WHEN p_is_login THEN now() AT TIME ZONE 'UTC'
                ELSE last_login_at END
            WHERE id = account.id;
        RETURN account.id;
    END IF;
    failures := account.failed_logins + 1;
    UPDATE users SET failed_logins = failures,
        locked_until = CASE WHEN failures < {FREE_ATTEMPTS} THEN locked_until
            ELSE (now() AT TIME ZONE 'UTC') + make_interval(secs => least(
                {base}::double precision * power(2, failures - {FREE_ATTEMPTS}), {cap}))
            END
        WHERE id = account.id;
    RETURN 0;
END
$fn$""")
    )
    connection.execute(
        text(f"""
CREATE OR REPLACE FUNCTION showroom_private_digests(p_table text)
RETURNS TABLE (record_id integer, column_name text, digest text)
LANGUAGE plpgsql STABLE {definer} AS $fn$
BEGIN
    IF p_table = 'users' THEN
        RETURN QUERY SELECT u.id, 'password_hash'::text, {_keyed("u.password_hash")}
            FROM users u, ledger_keys k WHERE k.id = 1;
    ELSIF p_table = 'makers' THEN
        RETURN QUERY SELECT m.id, c.name, {_keyed("c.value")}
            FROM makers m CROSS JOIN LATERAL (VALUES ('nik'::text, m.nik),
                ('phone'::text, m.phone), ('bank_account'::text, m.bank_account)) AS c(name, value),
            ledger_keys k WHERE k.id = 1;
    END IF;
END
$fn$""")
    )
    connection.execute(
        text(f"""
CREATE OR REPLACE VIEW {MASKS_VIEW} AS SELECT id,
    left(nik, 4) || repeat('•', greatest(length(nik) - 4, 0)) AS nik,
    regexp_replace(phone, '[0-9](?=([^0-9]*[0-9]){{4}})', '•', 'g') AS phone,
    repeat('•', greatest(length(bank_account) - 4, 0)) || right(bank_account, 4)
        AS bank_account
    FROM makers""")
    )
    for function in FUNCTIONS:
        connection.execute(text(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC"))


def drop_private_functions(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return
    connection.execute(text(f"DROP VIEW IF EXISTS {MASKS_VIEW}"))
    for function in FUNCTIONS:
        connection.execute(text(f"DROP FUNCTION IF EXISTS {function}"))
