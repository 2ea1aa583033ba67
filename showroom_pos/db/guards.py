"""Database guards that refuse to update or delete completed records.

Completed records (sales, payments, movements, settlements, the journal, ...) may only be added.
On SQLite two triggers per table raise on UPDATE and DELETE; on PostgreSQL one row trigger per
table does the same and a statement trigger refuses TRUNCATE. The program never needs to change
such a row, so a guard that fires means someone went around the program.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table, text

from showroom_pos.db import pg_journal, pg_private
from showroom_pos.db.models import Base, Maker, User

REFUSAL = "showroom_pos: completed records cannot be changed or deleted"
PG_FUNCTION = "showroom_refuse_change"


def _sqlite_trigger_names(table: str) -> tuple[str, str]:
    return f"trg_{table}_no_update", f"trg_{table}_no_delete"


def _pg_trigger_names(table: str) -> tuple[str, str]:
    return f"trg_{table}_immutable", f"trg_{table}_no_truncate"


def install_guards(connection: Connection, tables: Iterable[str]) -> None:
    """Create the guards for `tables` (idempotent)."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        for table in tables:
            no_update, no_delete = _sqlite_trigger_names(table)
            for name, event in ((no_update, "UPDATE"), (no_delete, "DELETE")):
                connection.execute(
                    text(
                        f'CREATE TRIGGER IF NOT EXISTS "{name}" BEFORE {event} ON "{table}" '
                        f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
                    )
                )
        return
    if dialect == "postgresql":
        connection.execute(
            text(
                f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ "
                f"BEGIN RAISE EXCEPTION '{REFUSAL} (% on %)', TG_OP, TG_TABLE_NAME "
                "USING ERRCODE = 'insufficient_privilege'; END $$"
            )
        )
        for table in tables:
            row_trigger, truncate_trigger = _pg_trigger_names(table)
            connection.execute(text(f'DROP TRIGGER IF EXISTS "{row_trigger}" ON "{table}"'))
            connection.execute(
                text(
                    f'CREATE TRIGGER "{row_trigger}" BEFORE UPDATE OR DELETE ON "{table}" '
                    f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
                )
            )
            connection.execute(text(f'DROP TRIGGER IF EXISTS "{truncate_trigger}" ON "{table}"'))
            connection.execute(
                text(
                    f'CREATE TRIGGER "{truncate_trigger}" BEFORE TRUNCATE ON "{table}" '
                    f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}()"
                )
            )
        return
    raise NotImplementedError(f"no guards for database engine {dialect}")


def drop_guards(connection: Connection, tables: Iterable[str]) -> None:
    """Remove the guards (used by migrations that must rebuild a guarded table)."""
    dialect = connection.dialect.name
    for table in tables:
        if dialect == "sqlite":
            for name in _sqlite_trigger_names(table):
                connection.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))
        elif dialect == "postgresql":
            for name in _pg_trigger_names(table):
                connection.execute(text(f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"'))


def missing_guards(connection: Connection, tables: Iterable[str]) -> list[str]:
    """Tables among `tables` whose guards are missing or disabled."""
    dialect = connection.dialect.name
    missing: list[str] = []
    if dialect == "sqlite":
        present = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
        )
        for table in tables:
            if not set(_sqlite_trigger_names(table)) <= present:
                missing.append(table)
        return missing
    if dialect == "postgresql":
        enabled = set(
            connection.execute(
                text(
                    "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' "
                    "AND c.relnamespace = to_regnamespace(current_schema())"
                )
            ).scalars()
        )
        for table in tables:
            if not set(_pg_trigger_names(table)) <= enabled:
                missing.append(table)
        return missing
    return list(tables)


def _readable_columns(model: type[Base]) -> str:
    table = model.__table__
    assert isinstance(table, Table)
    return ", ".join(c.name for c in table.columns if c.name not in model.__journal_secret__)


# The journal only through its function; accounts and makers only by the admin's own database
# login (a login's bookkeeping, failures and lock-outs, only by the password check's function);
# private fields and the ledger's key not at all (`db/pg_private.py` hands out what a till
# needs of them).
TILL_RIGHTS = {
    "journal": "SELECT",
    "journal_head": "SELECT",
    "users": f"SELECT ({_readable_columns(User)})",
    "makers": f"SELECT ({_readable_columns(Maker)})",
    "ledger_keys": "",
}


def grant_till_role(
    connection: Connection, role: str, tables: Iterable[str], append_only: Iterable[str]
) -> None:
    """PostgreSQL: let `role` (the login the tills use) read and add rows everywhere, but
    update only current-state tables and delete nothing; append to the journal only through
    its checking function; change no account or maker (users, roles, passwords and makers take
    the admin's database login; failures and lock-outs are counted by the password check's
    function); read no private field; the schema stays the owner's."""
    if connection.dialect.name != "postgresql":
        raise NotImplementedError("table rights exist only on PostgreSQL")
    quoted = connection.dialect.identifier_preparer.quote
    who = quoted(role)
    frozen = set(append_only)
    connection.execute(text(f"GRANT USAGE ON SCHEMA {quoted(current_schema(connection))} TO {who}"))
    for table in tables:
        name = quoted(table)
        connection.execute(text(f"REVOKE ALL ON {name} FROM {who}"))
        rights = TILL_RIGHTS.get(table)
        if rights is None:
            rights = "SELECT, INSERT" if table in frozen else "SELECT, INSERT, UPDATE"
        if rights:
            connection.execute(text(f"GRANT {rights} ON {name} TO {who}"))
    for function in (pg_journal.SIGNATURE, *pg_private.FUNCTIONS):
        connection.execute(text(f"GRANT EXECUTE ON FUNCTION {function} TO {who}"))
    connection.execute(text(f"GRANT SELECT ON {pg_private.MASKS_VIEW} TO {who}"))
    connection.execute(text(f"REVOKE ALL ON alembic_version FROM {who}"))
    connection.execute(text(f"GRANT SELECT ON alembic_version TO {who}"))
    connection.execute(
        text(
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "
            f"{quoted(current_schema(connection))} TO {who}"
        )
    )


def regrant_till_roles(
    connection: Connection, tables: Iterable[str], append_only: Iterable[str]
) -> list[str]:
    """After an upgrade on PostgreSQL: the tills' rights again for every role `db grant` gave
    them to (those who may add sales), so new tables and functions reach them too."""
    if connection.dialect.name != "postgresql":
        return []
    roles = list(
        connection.execute(
            text(
                "SELECT DISTINCT grantee FROM information_schema.role_table_grants "
                "WHERE table_schema = current_schema() AND table_name = 'sales' "
                "AND privilege_type = 'INSERT' AND grantee <> current_user ORDER BY grantee"
            )
        ).scalars()
    )
    wanted, frozen = list(tables), list(append_only)
    for role in roles:
        grant_till_role(connection, role, wanted, frozen)
    return roles


def current_schema(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_schema()")).scalar())
