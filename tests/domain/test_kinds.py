"""Every kind of journal entry the program writes has a name people read, and no name is dead."""

from __future__ import annotations

import re
from pathlib import Path

from showroom_pos.domain.kinds import journal_action_label
from showroom_pos.domain.text import CATALOGUE

PACKAGE = Path(__file__).resolve().parents[2] / "showroom_pos"


def _written_actions() -> set[str]:
    found: set[str] = set()
    for source in PACKAGE.rglob("*.py"):
        if source.relative_to(PACKAGE).parts[0] == "cli":  # argparse's action="store_true"
            continue  # is not the journal's
        text = source.read_text(encoding="utf-8")
        found |= set(re.findall(r'action="([a-z_.]+)"', text))
        found |= set(re.findall(r'_ACTION = "([a-z_.]+)"', text))
        for chosen in re.findall(r'action="[a-z_.]+" if [^\n]* else "([a-z_.]+)"', text):
            found.add(chosen)  # action="sale.training" if training else "sale"
    return found


def test_every_journal_action_has_a_name_in_both_languages() -> None:
    written = _written_actions()
    assert "sale" in written and "receipt.print" in written and "stock.count" in written
    named = {
        code.removeprefix("journal_action.")
        for code in CATALOGUE
        if code.startswith("journal_action.")
    }
    assert written == named
    assert journal_action_label("day.close", "id") == "Laporan Z (tutup hari)"
    assert journal_action_label("day.close", "en") == "Z report (day closed)"
