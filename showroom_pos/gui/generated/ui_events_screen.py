# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'events_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpinBox,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_EventsScreen(object):
    def setupUi(self, EventsScreen):
        if not EventsScreen.objectName():
            EventsScreen.setObjectName(u"EventsScreen")
        EventsScreen.resize(1170, 700)
        self.outer = QVBoxLayout(EventsScreen)
        self.outer.setObjectName(u"outer")
        self.newBox = QGroupBox(EventsScreen)
        self.newBox.setObjectName(u"newBox")
        self.newRow = QHBoxLayout(self.newBox)
        self.newRow.setObjectName(u"newRow")
        self.nameLabel = QLabel(self.newBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.newRow.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(self.newBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.newRow.addWidget(self.nameEdit)

        self.placeLabel = QLabel(self.newBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.newRow.addWidget(self.placeLabel)

        self.placeEdit = QLineEdit(self.newBox)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(150)

        self.newRow.addWidget(self.placeEdit)

        self.startLabel = QLabel(self.newBox)
        self.startLabel.setObjectName(u"startLabel")

        self.newRow.addWidget(self.startLabel)

        self.startEdit = QDateEdit(self.newBox)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.newRow.addWidget(self.startEdit)

        self.endLabel = QLabel(self.newBox)
        self.endLabel.setObjectName(u"endLabel")

        self.newRow.addWidget(self.endLabel)

        self.endEdit = QDateEdit(self.newBox)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)
        self.endEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.newRow.addWidget(self.endEdit)

        self.createButton = QPushButton(self.newBox)
        self.createButton.setObjectName(u"createButton")

        self.newRow.addWidget(self.createButton)


        self.outer.addWidget(self.newBox)

        self.splitter = QSplitter(EventsScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.eventsTable = QTableWidget(self.splitter)
        self.eventsTable.setObjectName(u"eventsTable")
        self.eventsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eventsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eventsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.eventsTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.eventsTable)
        self.eventsTable.verticalHeader().setVisible(False)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(self.detailPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)

        self.titleRow.addWidget(self.titleLabel)

        self.packButton = QPushButton(self.detailPanel)
        self.packButton.setObjectName(u"packButton")

        self.titleRow.addWidget(self.packButton)

        self.mergeButton = QPushButton(self.detailPanel)
        self.mergeButton.setObjectName(u"mergeButton")

        self.titleRow.addWidget(self.mergeButton)


        self.detailLayout.addLayout(self.titleRow)

        self.summaryLabel = QLabel(self.detailPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.summaryLabel)

        self.moveRow = QHBoxLayout()
        self.moveRow.setObjectName(u"moveRow")
        self.sendRadio = QRadioButton(self.detailPanel)
        self.sendRadio.setObjectName(u"sendRadio")
        self.sendRadio.setChecked(True)

        self.moveRow.addWidget(self.sendRadio)

        self.backRadio = QRadioButton(self.detailPanel)
        self.backRadio.setObjectName(u"backRadio")

        self.moveRow.addWidget(self.backRadio)

        self.scanEdit = QLineEdit(self.detailPanel)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setMinimumSize(QSize(220, 36))
        self.scanEdit.setMaxLength(120)
        self.scanEdit.setClearButtonEnabled(True)

        self.moveRow.addWidget(self.scanEdit)

        self.quantityLabel = QLabel(self.detailPanel)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.moveRow.addWidget(self.quantityLabel)

        self.quantitySpin = QSpinBox(self.detailPanel)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(1)
        self.quantitySpin.setMaximum(10000)

        self.moveRow.addWidget(self.quantitySpin)

        self.moveButton = QPushButton(self.detailPanel)
        self.moveButton.setObjectName(u"moveButton")

        self.moveRow.addWidget(self.moveButton)


        self.detailLayout.addLayout(self.moveRow)

        self.messageLabel = QLabel(self.detailPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.messageLabel)

        self.detailTabs = QTabWidget(self.detailPanel)
        self.detailTabs.setObjectName(u"detailTabs")
        self.piecesTab = QWidget()
        self.piecesTab.setObjectName(u"piecesTab")
        self.piecesLayout = QVBoxLayout(self.piecesTab)
        self.piecesLayout.setObjectName(u"piecesLayout")
        self.piecesLayout.setContentsMargins(0, 0, 0, 0)
        self.piecesTable = QTableWidget(self.piecesTab)
        self.piecesTable.setObjectName(u"piecesTable")
        self.piecesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.piecesTable.setAlternatingRowColors(True)
        self.piecesTable.verticalHeader().setVisible(False)

        self.piecesLayout.addWidget(self.piecesTable)

        self.detailTabs.addTab(self.piecesTab, "")
        self.receiptsTab = QWidget()
        self.receiptsTab.setObjectName(u"receiptsTab")
        self.receiptsLayout = QVBoxLayout(self.receiptsTab)
        self.receiptsLayout.setObjectName(u"receiptsLayout")
        self.receiptsLayout.setContentsMargins(0, 0, 0, 0)
        self.receiptsTable = QTableWidget(self.receiptsTab)
        self.receiptsTable.setObjectName(u"receiptsTable")
        self.receiptsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.receiptsTable.setAlternatingRowColors(True)
        self.receiptsTable.verticalHeader().setVisible(False)

        self.receiptsLayout.addWidget(self.receiptsTable)

        self.detailTabs.addTab(self.receiptsTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.detailLayout.setStretch(4, 1)
        self.splitter.addWidget(self.detailPanel)

        self.outer.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.quantityLabel.setBuddy(self.quantitySpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventsScreen)

        QMetaObject.connectSlotsByName(EventsScreen)
    # setupUi

    def retranslateUi(self, EventsScreen):
        self.newBox.setTitle(QCoreApplication.translate("EventsScreen", u"New event", None))
        self.nameLabel.setText(QCoreApplication.translate("EventsScreen", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("EventsScreen", u"e.g. Pekan Batik Nusantara", None))
        self.placeLabel.setText(QCoreApplication.translate("EventsScreen", u"&Place", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("EventsScreen", u"e.g. Museum Batik Pekalongan", None))
        self.startLabel.setText(QCoreApplication.translate("EventsScreen", u"S&tarts", None))
        self.endLabel.setText(QCoreApplication.translate("EventsScreen", u"&Ends", None))
        self.createButton.setText(QCoreApplication.translate("EventsScreen", u"&Create event", None))
        self.packButton.setText(QCoreApplication.translate("EventsScreen", u"Pac&k for the laptop...", None))
        self.mergeButton.setText(QCoreApplication.translate("EventsScreen", u"&Merge the laptop's file...", None))
        self.sendRadio.setText(QCoreApplication.translate("EventsScreen", u"Send to the e&vent", None))
        self.backRadio.setText(QCoreApplication.translate("EventsScreen", u"&Bring back to the showroom", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("EventsScreen", u"Scan or type an item code, Enter", None))
        self.quantityLabel.setText(QCoreApplication.translate("EventsScreen", u"Piece&s", None))
        self.moveButton.setText(QCoreApplication.translate("EventsScreen", u"Send", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.piecesTab), QCoreApplication.translate("EventsScreen", u"Pieces", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.receiptsTab), QCoreApplication.translate("EventsScreen", u"Receipts", None))
        pass
    # retranslateUi

