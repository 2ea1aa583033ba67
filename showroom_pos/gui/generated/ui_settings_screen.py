# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SettingsScreen(object):
    def setupUi(self, SettingsScreen):
        if not SettingsScreen.objectName():
            SettingsScreen.setObjectName(u"SettingsScreen")
        SettingsScreen.resize(1170, 700)
        self.outer = QVBoxLayout(SettingsScreen)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(SettingsScreen)
        self.tabs.setObjectName(u"tabs")
        self.showroomTab = QWidget()
        self.showroomTab.setObjectName(u"showroomTab")
        self.showroomForm = QFormLayout(self.showroomTab)
        self.showroomForm.setObjectName(u"showroomForm")
        self.tabs.addTab(self.showroomTab, "")
        self.printersTab = QWidget()
        self.printersTab.setObjectName(u"printersTab")
        self.printersLayout = QVBoxLayout(self.printersTab)
        self.printersLayout.setObjectName(u"printersLayout")
        self.printersForm = QFormLayout()
        self.printersForm.setObjectName(u"printersForm")

        self.printersLayout.addLayout(self.printersForm)

        self.printerButtons = QHBoxLayout()
        self.printerButtons.setObjectName(u"printerButtons")
        self.testPrintButton = QPushButton(self.printersTab)
        self.testPrintButton.setObjectName(u"testPrintButton")

        self.printerButtons.addWidget(self.testPrintButton)

        self.statusButton = QPushButton(self.printersTab)
        self.statusButton.setObjectName(u"statusButton")

        self.printerButtons.addWidget(self.statusButton)

        self.printerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printerButtons.addItem(self.printerSpacer)


        self.printersLayout.addLayout(self.printerButtons)

        self.printersBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.printersLayout.addItem(self.printersBottom)

        self.tabs.addTab(self.printersTab, "")
        self.otherTab = QWidget()
        self.otherTab.setObjectName(u"otherTab")
        self.otherForm = QFormLayout(self.otherTab)
        self.otherForm.setObjectName(u"otherForm")
        self.tabs.addTab(self.otherTab, "")
        self.usersTab = QWidget()
        self.usersTab.setObjectName(u"usersTab")
        self.usersLayout = QVBoxLayout(self.usersTab)
        self.usersLayout.setObjectName(u"usersLayout")
        self.usersTable = QTableWidget(self.usersTab)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.usersLayout.addWidget(self.usersTable)

        self.userButtons = QHBoxLayout()
        self.userButtons.setObjectName(u"userButtons")
        self.addUserButton = QPushButton(self.usersTab)
        self.addUserButton.setObjectName(u"addUserButton")

        self.userButtons.addWidget(self.addUserButton)

        self.passwordButton = QPushButton(self.usersTab)
        self.passwordButton.setObjectName(u"passwordButton")

        self.userButtons.addWidget(self.passwordButton)

        self.roleButton = QPushButton(self.usersTab)
        self.roleButton.setObjectName(u"roleButton")

        self.userButtons.addWidget(self.roleButton)

        self.lockButton = QPushButton(self.usersTab)
        self.lockButton.setObjectName(u"lockButton")

        self.userButtons.addWidget(self.lockButton)

        self.userSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.userButtons.addItem(self.userSpacer)


        self.usersLayout.addLayout(self.userButtons)

        self.tabs.addTab(self.usersTab, "")

        self.outer.addWidget(self.tabs)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.messageLabel = QLabel(SettingsScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.bottom.addWidget(self.messageLabel)

        self.saveButton = QPushButton(SettingsScreen)
        self.saveButton.setObjectName(u"saveButton")

        self.bottom.addWidget(self.saveButton)


        self.outer.addLayout(self.bottom)


        self.retranslateUi(SettingsScreen)

        QMetaObject.connectSlotsByName(SettingsScreen)
    # setupUi

    def retranslateUi(self, SettingsScreen):
        self.tabs.setTabText(self.tabs.indexOf(self.showroomTab), QCoreApplication.translate("SettingsScreen", u"&Showroom", None))
        self.testPrintButton.setText(QCoreApplication.translate("SettingsScreen", u"&Test print", None))
        self.statusButton.setText(QCoreApplication.translate("SettingsScreen", u"Ask the printer's &status", None))
        self.tabs.setTabText(self.tabs.indexOf(self.printersTab), QCoreApplication.translate("SettingsScreen", u"&Printers", None))
        self.tabs.setTabText(self.tabs.indexOf(self.otherTab), QCoreApplication.translate("SettingsScreen", u"&Money and data", None))
        self.addUserButton.setText(QCoreApplication.translate("SettingsScreen", u"&New user...", None))
        self.passwordButton.setText(QCoreApplication.translate("SettingsScreen", u"Reset &password...", None))
        self.roleButton.setText(QCoreApplication.translate("SettingsScreen", u"Change &role...", None))
        self.lockButton.setText(QCoreApplication.translate("SettingsScreen", u"&Lock", None))
        self.tabs.setTabText(self.tabs.indexOf(self.usersTab), QCoreApplication.translate("SettingsScreen", u"&Users", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsScreen", u"&Save settings", None))
        pass
    # retranslateUi

