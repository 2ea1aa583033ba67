"""One look for every screen: spacing, fonts and the showroom's indigo-and-sogan colours."""

from __future__ import annotations

INDIGO = "#1f3a5f"
SOGAN = "#8a5a2b"
PAPER = "#fbf8f3"
ALERT = "#b00020"

STYLESHEET = f"""
QWidget {{ font-size: 11pt; }}
QMainWindow, QDialog {{ background: {PAPER}; }}
QListWidget#navList {{ background: {INDIGO}; color: white; border: none; font-size: 12pt; }}
QListWidget#navList::item {{ padding: 10px 12px; }}
QListWidget#navList::item:selected {{ background: {SOGAN}; color: white; }}
QLabel#bigTotal {{ font-size: 30pt; font-weight: bold; color: {INDIGO}; }}
QLabel#bigFigure {{ font-size: 16pt; font-weight: bold; color: {INDIGO}; }}
QLabel#bigChange {{ font-size: 24pt; font-weight: bold; color: {SOGAN}; }}
QLabel#titleLabel {{ font-size: 15pt; font-weight: bold; color: {INDIGO}; }}
QLabel[problem="true"] {{ color: {ALERT}; font-weight: bold; }}
QLabel#errorLabel {{ color: {ALERT}; }}
QPushButton {{ padding: 6px 10px; }}
QPushButton#payButton {{ background: {INDIGO}; color: white; font-size: 15pt;
                         font-weight: bold; border-radius: 4px; }}
QPushButton#payButton:disabled {{ background: #8796a8; }}
QLineEdit#scanEdit {{ font-size: 15pt; padding: 4px; }}
QTableView {{ gridline-color: #ddd; }}
QHeaderView::section {{ background: #ece6dc; padding: 4px; border: none; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QLabel#eventBanner {{ background: {SOGAN}; color: white; font-size: 15pt; font-weight: bold;
                      padding: 8px 12px; border-radius: 4px; }}
QLabel#trainingMarker {{ background: {ALERT}; color: white; font-weight: bold; }}
"""
