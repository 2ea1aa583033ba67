# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statements_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_StatementsScreen(object):
    def setupUi(self, StatementsScreen):
        if not StatementsScreen.objectName():
            StatementsScreen.setObjectName(u"StatementsScreen")
        StatementsScreen.resize(1170, 700)
        self.outer = QVBoxLayout(StatementsScreen)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.periodLabel = QLabel(StatementsScreen)
        self.periodLabel.setObjectName(u"periodLabel")

        self.top.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(StatementsScreen)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumContentsLength(14)

        self.top.addWidget(self.periodCombo)

        self.refreshButton = QPushButton(StatementsScreen)
        self.refreshButton.setObjectName(u"refreshButton")

        self.top.addWidget(self.refreshButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.outer.addLayout(self.top)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.openButton = QPushButton(StatementsScreen)
        self.openButton.setObjectName(u"openButton")

        self.actions.addWidget(self.openButton)

        self.finalizeButton = QPushButton(StatementsScreen)
        self.finalizeButton.setObjectName(u"finalizeButton")

        self.actions.addWidget(self.finalizeButton)

        self.recordPaymentButton = QPushButton(StatementsScreen)
        self.recordPaymentButton.setObjectName(u"recordPaymentButton")

        self.actions.addWidget(self.recordPaymentButton)

        self.pdfButton = QPushButton(StatementsScreen)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actions.addWidget(self.pdfButton)

        self.closeMonthButton = QPushButton(StatementsScreen)
        self.closeMonthButton.setObjectName(u"closeMonthButton")

        self.actions.addWidget(self.closeMonthButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)


        self.outer.addLayout(self.actions)

        self.statementsTable = QTableWidget(StatementsScreen)
        self.statementsTable.setObjectName(u"statementsTable")
        self.statementsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statementsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statementsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statementsTable.setAlternatingRowColors(True)
        self.statementsTable.verticalHeader().setVisible(False)

        self.outer.addWidget(self.statementsTable)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.totalsLabel = QLabel(StatementsScreen)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setWordWrap(True)

        self.bottom.addWidget(self.totalsLabel)

        self.progressBar = QProgressBar(StatementsScreen)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)

        self.bottom.addWidget(self.progressBar)

        self.cancelButton = QPushButton(StatementsScreen)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setVisible(False)

        self.bottom.addWidget(self.cancelButton)


        self.outer.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatementsScreen)

        QMetaObject.connectSlotsByName(StatementsScreen)
    # setupUi

    def retranslateUi(self, StatementsScreen):
        self.periodLabel.setText(QCoreApplication.translate("StatementsScreen", u"&Month:", None))
        self.refreshButton.setText(QCoreApplication.translate("StatementsScreen", u"&Refresh", None))
        self.openButton.setText(QCoreApplication.translate("StatementsScreen", u"&Open statement", None))
        self.finalizeButton.setText(QCoreApplication.translate("StatementsScreen", u"&Finalize this maker...", None))
        self.recordPaymentButton.setText(QCoreApplication.translate("StatementsScreen", u"Record &payment...", None))
        self.pdfButton.setText(QCoreApplication.translate("StatementsScreen", u"&Make all PDFs...", None))
        self.closeMonthButton.setText(QCoreApplication.translate("StatementsScreen", u"&Close the month...", None))
        self.cancelButton.setText(QCoreApplication.translate("StatementsScreen", u"Cancel", None))
        pass
    # retranslateUi

