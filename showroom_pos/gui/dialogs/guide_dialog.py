"""The staff guide inside the program (F1): Bahasa Indonesia or English, with the program's own
screenshots, rendered from the Markdown shipped in resources/guide/."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from showroom_pos.domain.text import pick
from showroom_pos.paths import resources_dir

GUIDES = ("panduan.md", "guide.md")  # (Bahasa Indonesia, English)


def guide_path(lang: str) -> str:
    return str(resources_dir() / "guide" / pick(GUIDES, lang))


class GuideDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        folder = resources_dir() / "guide"
        self.browser.setSearchPaths([str(folder)])
        self.browser.setSource(QUrl.fromLocalFile(guide_path(lang)))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
