"""The throwaway PostgreSQL server used by the tests starts, serves SQL and cleans up."""

from __future__ import annotations

import os
import socket

import pytest

from tests import pgserver

pytestmark = pytest.mark.postgres


def _require_postgres() -> None:
    reason = pgserver.pg_unavailable_reason()
    if reason:
        if os.environ.get("SHOWROOM_POS_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here but unavailable: {reason}")
        pytest.skip(reason)


def test_server_starts_serves_and_cleans_up() -> None:
    _require_postgres()
    import psycopg
    import sqlalchemy

    with pgserver.PostgresServer() as server:
        base_dir = server.base_dir
        assert base_dir is not None and base_dir.is_dir()
        assert server.host == "127.0.0.1" and server.port > 0

        url = server.create_database("selfcheck")
        assert url == (f"postgresql+psycopg://{server.superuser}@127.0.0.1:{server.port}/selfcheck")
        with psycopg.connect(
            host=server.host, port=server.port, user=server.superuser, dbname="selfcheck"
        ) as conn:
            conn.execute("CREATE TABLE t(x int)")
            conn.execute("INSERT INTO t(x) VALUES (42)")
            row = conn.execute("SELECT x FROM t").fetchone()
            assert row == (42,)

        engine = sqlalchemy.create_engine(url)
        try:
            with engine.begin() as sa_conn:
                sa_conn.execute(sqlalchemy.text("INSERT INTO t(x) VALUES (7)"))
                values = sa_conn.execute(sqlalchemy.text("SELECT x FROM t ORDER BY x")).all()
                assert [v for (v,) in values] == [7, 42]
                encoding = sa_conn.execute(sqlalchemy.text("SHOW server_encoding")).scalar()
                assert encoding == "UTF8"
        finally:
            engine.dispose()

        server.drop_database("selfcheck")
        with psycopg.connect(
            host=server.host, port=server.port, user=server.superuser, dbname="postgres"
        ) as conn:
            names = conn.execute("SELECT datname FROM pg_database").fetchall()
            assert ("selfcheck",) not in names
        port = server.port

    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
    assert not base_dir.exists()
    assert server.base_dir is None
