# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'makers_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_MakersScreen(object):
    def setupUi(self, MakersScreen):
        if not MakersScreen.objectName():
            MakersScreen.setObjectName(u"MakersScreen")
        MakersScreen.resize(1170, 700)
        self.outer = QVBoxLayout(MakersScreen)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.searchEdit = QLineEdit(MakersScreen)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.top.addWidget(self.searchEdit)

        self.activeOnlyCheck = QCheckBox(MakersScreen)
        self.activeOnlyCheck.setObjectName(u"activeOnlyCheck")
        self.activeOnlyCheck.setChecked(True)

        self.top.addWidget(self.activeOnlyCheck)

        self.addButton = QPushButton(MakersScreen)
        self.addButton.setObjectName(u"addButton")

        self.top.addWidget(self.addButton)

        self.editButton = QPushButton(MakersScreen)
        self.editButton.setObjectName(u"editButton")

        self.top.addWidget(self.editButton)

        self.activeButton = QPushButton(MakersScreen)
        self.activeButton.setObjectName(u"activeButton")

        self.top.addWidget(self.activeButton)


        self.outer.addLayout(self.top)

        self.splitter = QSplitter(MakersScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.makersTable = QTableWidget(self.splitter)
        self.makersTable.setObjectName(u"makersTable")
        self.makersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.makersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.makersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.makersTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.makersTable)
        self.makersTable.verticalHeader().setVisible(False)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailLabel = QLabel(self.detailPanel)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailLabel)

        self.monthLabel = QLabel(self.detailPanel)
        self.monthLabel.setObjectName(u"monthLabel")
        self.monthLabel.setText(u"")
        self.monthLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.monthLabel)

        self.stockTable = QTableWidget(self.detailPanel)
        self.stockTable.setObjectName(u"stockTable")
        self.stockTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stockTable.setAlternatingRowColors(True)
        self.stockTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.stockTable)

        self.statementsTable = QTableWidget(self.detailPanel)
        self.statementsTable.setObjectName(u"statementsTable")
        self.statementsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statementsTable.setAlternatingRowColors(True)
        self.statementsTable.setMaximumSize(QSize(16777215, 170))
        self.statementsTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.statementsTable)

        self.splitter.addWidget(self.detailPanel)

        self.outer.addWidget(self.splitter)


        self.retranslateUi(MakersScreen)

        QMetaObject.connectSlotsByName(MakersScreen)
    # setupUi

    def retranslateUi(self, MakersScreen):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MakersScreen", u"Search by code, name, business or village", None))
        self.activeOnlyCheck.setText(QCoreApplication.translate("MakersScreen", u"&Active only", None))
        self.addButton.setText(QCoreApplication.translate("MakersScreen", u"&New maker...", None))
        self.editButton.setText(QCoreApplication.translate("MakersScreen", u"&Edit...", None))
        self.activeButton.setText(QCoreApplication.translate("MakersScreen", u"&Deactivate", None))
        pass
    # retranslateUi

