"""The command line run in the test's process: its exit code, standard output and error."""

from __future__ import annotations

import io
import sys

import pytest

from showroom_pos.cli import main

PASSWORD = "rahasia-123"


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
