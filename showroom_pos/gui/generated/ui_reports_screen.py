# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReportsScreen(object):
    def setupUi(self, ReportsScreen):
        if not ReportsScreen.objectName():
            ReportsScreen.setObjectName(u"ReportsScreen")
        ReportsScreen.resize(1170, 700)
        self.outer = QVBoxLayout(ReportsScreen)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(ReportsScreen)
        self.tabs.setObjectName(u"tabs")
        self.dayTab = QWidget()
        self.dayTab.setObjectName(u"dayTab")
        self.dayLayout = QVBoxLayout(self.dayTab)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayTop = QHBoxLayout()
        self.dayTop.setObjectName(u"dayTop")
        self.tillLabel = QLabel(self.dayTab)
        self.tillLabel.setObjectName(u"tillLabel")

        self.dayTop.addWidget(self.tillLabel)

        self.tillCombo = QComboBox(self.dayTab)
        self.tillCombo.setObjectName(u"tillCombo")

        self.dayTop.addWidget(self.tillCombo)

        self.dayLabel = QLabel(self.dayTab)
        self.dayLabel.setObjectName(u"dayLabel")

        self.dayTop.addWidget(self.dayLabel)

        self.dayEdit = QDateEdit(self.dayTab)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.dayTop.addWidget(self.dayEdit)

        self.xButton = QPushButton(self.dayTab)
        self.xButton.setObjectName(u"xButton")

        self.dayTop.addWidget(self.xButton)

        self.zButton = QPushButton(self.dayTab)
        self.zButton.setObjectName(u"zButton")

        self.dayTop.addWidget(self.zButton)

        self.printDayButton = QPushButton(self.dayTab)
        self.printDayButton.setObjectName(u"printDayButton")

        self.dayTop.addWidget(self.printDayButton)

        self.pdfDayButton = QPushButton(self.dayTab)
        self.pdfDayButton.setObjectName(u"pdfDayButton")

        self.dayTop.addWidget(self.pdfDayButton)

        self.daySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayTop.addItem(self.daySpacer)


        self.dayLayout.addLayout(self.dayTop)

        self.dayPreview = QPlainTextEdit(self.dayTab)
        self.dayPreview.setObjectName(u"dayPreview")
        self.dayPreview.setReadOnly(True)

        self.dayLayout.addWidget(self.dayPreview)

        self.tabs.addTab(self.dayTab, "")
        self.rangeTab = QWidget()
        self.rangeTab.setObjectName(u"rangeTab")
        self.rangeLayout = QVBoxLayout(self.rangeTab)
        self.rangeLayout.setObjectName(u"rangeLayout")
        self.rangeTop = QHBoxLayout()
        self.rangeTop.setObjectName(u"rangeTop")
        self.kindCombo = QComboBox(self.rangeTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.rangeTop.addWidget(self.kindCombo)

        self.fromLabel = QLabel(self.rangeTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.rangeTop.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(self.rangeTab)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.rangeTop.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.rangeTab)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeTop.addWidget(self.toLabel)

        self.toEdit = QDateEdit(self.rangeTab)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.rangeTop.addWidget(self.toEdit)

        self.showButton = QPushButton(self.rangeTab)
        self.showButton.setObjectName(u"showButton")

        self.rangeTop.addWidget(self.showButton)

        self.rangeTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeTop.addItem(self.rangeTopSpacer)


        self.rangeLayout.addLayout(self.rangeTop)

        self.rangeActions = QHBoxLayout()
        self.rangeActions.setObjectName(u"rangeActions")
        self.exportButton = QPushButton(self.rangeTab)
        self.exportButton.setObjectName(u"exportButton")

        self.rangeActions.addWidget(self.exportButton)

        self.returnDueButton = QPushButton(self.rangeTab)
        self.returnDueButton.setObjectName(u"returnDueButton")

        self.rangeActions.addWidget(self.returnDueButton)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeActions.addItem(self.rangeSpacer)


        self.rangeLayout.addLayout(self.rangeActions)

        self.reportTable = QTableWidget(self.rangeTab)
        self.reportTable.setObjectName(u"reportTable")
        self.reportTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.reportTable.setAlternatingRowColors(True)
        self.reportTable.verticalHeader().setVisible(False)

        self.rangeLayout.addWidget(self.reportTable)

        self.rangeMessage = QLabel(self.rangeTab)
        self.rangeMessage.setObjectName(u"rangeMessage")
        self.rangeMessage.setText(u"")
        self.rangeMessage.setWordWrap(True)

        self.rangeLayout.addWidget(self.rangeMessage)

        self.tabs.addTab(self.rangeTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.tillLabel.setBuddy(self.tillCombo)
        self.dayLabel.setBuddy(self.dayEdit)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsScreen)

        QMetaObject.connectSlotsByName(ReportsScreen)
    # setupUi

    def retranslateUi(self, ReportsScreen):
        self.tillLabel.setText(QCoreApplication.translate("ReportsScreen", u"&Till:", None))
        self.dayLabel.setText(QCoreApplication.translate("ReportsScreen", u"&Day:", None))
        self.xButton.setText(QCoreApplication.translate("ReportsScreen", u"&X report", None))
        self.zButton.setText(QCoreApplication.translate("ReportsScreen", u"Close the day (&Z)...", None))
        self.printDayButton.setText(QCoreApplication.translate("ReportsScreen", u"&Print", None))
        self.pdfDayButton.setText(QCoreApplication.translate("ReportsScreen", u"P&DF...", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dayTab), QCoreApplication.translate("ReportsScreen", u"&Closing the day", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportsScreen", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("ReportsScreen", u"&To:", None))
        self.showButton.setText(QCoreApplication.translate("ReportsScreen", u"S&how", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsScreen", u"&Export (PDF, Excel, CSV)...", None))
        self.returnDueButton.setText(QCoreApplication.translate("ReportsScreen", u"&Return chosen pieces to their makers...", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rangeTab), QCoreApplication.translate("ReportsScreen", u"&Sales and stock", None))
        pass
    # retranslateUi

