# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'items_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ItemsScreen(object):
    def setupUi(self, ItemsScreen):
        if not ItemsScreen.objectName():
            ItemsScreen.setObjectName(u"ItemsScreen")
        ItemsScreen.resize(1170, 700)
        self.outer = QVBoxLayout(ItemsScreen)
        self.outer.setObjectName(u"outer")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.searchEdit = QLineEdit(ItemsScreen)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filters.addWidget(self.searchEdit)

        self.makerCombo = QComboBox(ItemsScreen)
        self.makerCombo.setObjectName(u"makerCombo")
        self.makerCombo.setMinimumContentsLength(16)

        self.filters.addWidget(self.makerCombo)

        self.categoryCombo = QComboBox(ItemsScreen)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.filters.addWidget(self.categoryCombo)

        self.techniqueCombo = QComboBox(ItemsScreen)
        self.techniqueCombo.setObjectName(u"techniqueCombo")

        self.filters.addWidget(self.techniqueCombo)

        self.inStockCheck = QCheckBox(ItemsScreen)
        self.inStockCheck.setObjectName(u"inStockCheck")
        self.inStockCheck.setChecked(True)

        self.filters.addWidget(self.inStockCheck)


        self.outer.addLayout(self.filters)

        self.splitter = QSplitter(ItemsScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.itemsView = QTableView(self.splitter)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.itemsView)
        self.itemsView.verticalHeader().setVisible(False)
        self.historyTable = QTableWidget(self.splitter)
        self.historyTable.setObjectName(u"historyTable")
        self.splitter.addWidget(self.historyTable)
        self.historyTable.verticalHeader().setVisible(False)

        self.outer.addWidget(self.splitter)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.priceButton = QPushButton(ItemsScreen)
        self.priceButton.setObjectName(u"priceButton")

        self.actions.addWidget(self.priceButton)

        self.adjustButton = QPushButton(ItemsScreen)
        self.adjustButton.setObjectName(u"adjustButton")

        self.actions.addWidget(self.adjustButton)

        self.returnButton = QPushButton(ItemsScreen)
        self.returnButton.setObjectName(u"returnButton")

        self.actions.addWidget(self.returnButton)

        self.countButton = QPushButton(ItemsScreen)
        self.countButton.setObjectName(u"countButton")

        self.actions.addWidget(self.countButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionSpacer)

        self.messageLabel = QLabel(ItemsScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")

        self.actions.addWidget(self.messageLabel)


        self.outer.addLayout(self.actions)


        self.retranslateUi(ItemsScreen)

        QMetaObject.connectSlotsByName(ItemsScreen)
    # setupUi

    def retranslateUi(self, ItemsScreen):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ItemsScreen", u"Search code, name, motif or maker", None))
        self.inStockCheck.setText(QCoreApplication.translate("ItemsScreen", u"Only in &stock", None))
        self.priceButton.setText(QCoreApplication.translate("ItemsScreen", u"Change &price...", None))
        self.adjustButton.setText(QCoreApplication.translate("ItemsScreen", u"&Adjust stock...", None))
        self.returnButton.setText(QCoreApplication.translate("ItemsScreen", u"&Return to maker...", None))
        self.countButton.setText(QCoreApplication.translate("ItemsScreen", u"Stock &count...", None))
        pass
    # retranslateUi

