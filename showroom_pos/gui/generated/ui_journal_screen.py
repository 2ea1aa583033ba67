# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_JournalScreen(object):
    def setupUi(self, JournalScreen):
        if not JournalScreen.objectName():
            JournalScreen.setObjectName(u"JournalScreen")
        JournalScreen.resize(1170, 700)
        self.outer = QVBoxLayout(JournalScreen)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.verifyButton = QPushButton(JournalScreen)
        self.verifyButton.setObjectName(u"verifyButton")

        self.top.addWidget(self.verifyButton)

        self.refreshButton = QPushButton(JournalScreen)
        self.refreshButton.setObjectName(u"refreshButton")

        self.top.addWidget(self.refreshButton)

        self.resultLabel = QLabel(JournalScreen)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.top.addWidget(self.resultLabel)


        self.outer.addLayout(self.top)

        self.entriesTable = QTableWidget(JournalScreen)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.verticalHeader().setVisible(False)

        self.outer.addWidget(self.entriesTable)


        self.retranslateUi(JournalScreen)

        QMetaObject.connectSlotsByName(JournalScreen)
    # setupUi

    def retranslateUi(self, JournalScreen):
        self.verifyButton.setText(QCoreApplication.translate("JournalScreen", u"&Verify the journal", None))
        self.refreshButton.setText(QCoreApplication.translate("JournalScreen", u"&Refresh", None))
        pass
    # retranslateUi

