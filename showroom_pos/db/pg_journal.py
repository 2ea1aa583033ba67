"""PostgreSQL: journal entries are added only by a function the database runs itself.

`showroom_journal_append` takes the journal's head under a row lock, recomputes the entry's hash
from the head's hash and the entry's canonical JSON (the same text the program hashes), refuses
an entry whose hash the program computed differently, writes the entry and moves the head. It
runs with its owner's rights (SECURITY DEFINER): the tills' login may call it but may neither
insert into the journal nor change its head directly, so it cannot renumber, fork or rewind the
chain.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

FUNCTION = "showroom_journal_append"
SIGNATURE = f"{FUNCTION}(text, text, integer, text, text, text)"


def install_journal_function(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    connection.execute(
        text(f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(
    p_action text, p_occurred_at text, p_user_id integer, p_summary text, p_payload text,
    p_hash text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $fn$
DECLARE
    head record;
    next_seq bigint;
    digest text;
BEGIN
    SELECT last_seq, last_hash INTO head FROM journal_head WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'showroom_pos: the journal has no head';
    END IF;
    next_seq := head.last_seq + 1;
    digest := encode(sha256(convert_to(head.last_hash
        || '{{"action":' || to_json(p_action)::text
        || ',"occurred_at":' || to_json(p_occurred_at)::text
        || ',"payload":' || to_json(p_payload)::text
        || ',"seq":' || next_seq::text
        || ',"summary":' || to_json(p_summary)::text
        || ',"user_id":' || coalesce(p_user_id::text, 'null') || '}}', 'UTF8')), 'hex');
    IF p_hash IS DISTINCT FROM digest THEN
        RAISE EXCEPTION 'showroom_pos: journal entry % does not hash as written', next_seq
            USING ERRCODE = 'data_exception';
    END IF;
    INSERT INTO journal (seq, occurred_at, user_id, action, summary, payload, prev_hash, hash)
    VALUES (next_seq, p_occurred_at::timestamptz AT TIME ZONE 'UTC', p_user_id, p_action,
            p_summary, p_payload, head.last_hash, digest);
    UPDATE journal_head SET last_seq = next_seq, last_hash = digest WHERE id = 1;
    RETURN next_seq;
END
$fn$""")
    )
    connection.execute(text(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC"))


def drop_journal_function(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"DROP FUNCTION IF EXISTS {SIGNATURE}"))
