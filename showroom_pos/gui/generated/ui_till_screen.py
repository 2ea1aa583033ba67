# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'till_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_TillScreen(object):
    def setupUi(self, TillScreen):
        if not TillScreen.objectName():
            TillScreen.setObjectName(u"TillScreen")
        TillScreen.resize(1170, 700)
        self.page = QVBoxLayout(TillScreen)
        self.page.setSpacing(8)
        self.page.setObjectName(u"page")
        self.eventBanner = QLabel(TillScreen)
        self.eventBanner.setObjectName(u"eventBanner")
        self.eventBanner.setText(u"")
        self.eventBanner.setWordWrap(True)
        self.eventBanner.setVisible(False)

        self.page.addWidget(self.eventBanner)

        self.outer = QHBoxLayout()
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.left = QVBoxLayout()
        self.left.setSpacing(8)
        self.left.setObjectName(u"left")
        self.scanLabel = QLabel(TillScreen)
        self.scanLabel.setObjectName(u"scanLabel")

        self.left.addWidget(self.scanLabel)

        self.scanEdit = QLineEdit(TillScreen)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setMinimumSize(QSize(0, 40))
        self.scanEdit.setMaxLength(120)
        self.scanEdit.setClearButtonEnabled(True)

        self.left.addWidget(self.scanEdit)

        self.suggestionList = QListWidget(TillScreen)
        self.suggestionList.setObjectName(u"suggestionList")
        self.suggestionList.setMaximumSize(QSize(16777215, 180))
        self.suggestionList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.left.addWidget(self.suggestionList)

        self.cartView = QTableView(TillScreen)
        self.cartView.setObjectName(u"cartView")
        self.cartView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cartView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cartView.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cartView.setAlternatingRowColors(True)
        self.cartView.verticalHeader().setVisible(False)

        self.left.addWidget(self.cartView)

        self.messageLabel = QLabel(TillScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.left.addWidget(self.messageLabel)

        self.lastSaleLabel = QLabel(TillScreen)
        self.lastSaleLabel.setObjectName(u"lastSaleLabel")
        self.lastSaleLabel.setText(u"")
        self.lastSaleLabel.setWordWrap(True)

        self.left.addWidget(self.lastSaleLabel)


        self.outer.addLayout(self.left)

        self.totalPanel = QFrame(TillScreen)
        self.totalPanel.setObjectName(u"totalPanel")
        self.totalPanel.setMinimumSize(QSize(330, 0))
        self.totalPanel.setMaximumSize(QSize(360, 16777215))
        self.totalPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.right = QVBoxLayout(self.totalPanel)
        self.right.setSpacing(8)
        self.right.setObjectName(u"right")
        self.totalCaption = QLabel(self.totalPanel)
        self.totalCaption.setObjectName(u"totalCaption")

        self.right.addWidget(self.totalCaption)

        self.totalLabel = QLabel(self.totalPanel)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"Rp0")
        self.totalLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.right.addWidget(self.totalLabel)

        self.countLabel = QLabel(self.totalPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.right.addWidget(self.countLabel)

        self.payButton = QPushButton(self.totalPanel)
        self.payButton.setObjectName(u"payButton")
        self.payButton.setMinimumSize(QSize(0, 56))
        self.payButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.right.addWidget(self.payButton)

        self.actions = QGridLayout()
        self.actions.setObjectName(u"actions")
        self.quantityButton = QPushButton(self.totalPanel)
        self.quantityButton.setObjectName(u"quantityButton")
        self.quantityButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.actions.addWidget(self.quantityButton, 0, 0, 1, 1)

        self.removeButton = QPushButton(self.totalPanel)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.actions.addWidget(self.removeButton, 0, 1, 1, 1)

        self.holdButton = QPushButton(self.totalPanel)
        self.holdButton.setObjectName(u"holdButton")
        self.holdButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.actions.addWidget(self.holdButton, 1, 0, 1, 1)

        self.recallButton = QPushButton(self.totalPanel)
        self.recallButton.setObjectName(u"recallButton")
        self.recallButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.actions.addWidget(self.recallButton, 1, 1, 1, 1)

        self.refundButton = QPushButton(self.totalPanel)
        self.refundButton.setObjectName(u"refundButton")
        self.refundButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.actions.addWidget(self.refundButton, 2, 0, 1, 1)

        self.reprintButton = QPushButton(self.totalPanel)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.actions.addWidget(self.reprintButton, 2, 1, 1, 1)

        self.cashButton = QPushButton(self.totalPanel)
        self.cashButton.setObjectName(u"cashButton")
        self.cashButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.actions.addWidget(self.cashButton, 3, 0, 1, 1)

        self.closeShiftButton = QPushButton(self.totalPanel)
        self.closeShiftButton.setObjectName(u"closeShiftButton")
        self.closeShiftButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.actions.addWidget(self.closeShiftButton, 3, 1, 1, 1)


        self.right.addLayout(self.actions)

        self.trainingCheck = QCheckBox(self.totalPanel)
        self.trainingCheck.setObjectName(u"trainingCheck")
        self.trainingCheck.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.right.addWidget(self.trainingCheck)

        self.rightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right.addItem(self.rightSpacer)

        self.shiftLabel = QLabel(self.totalPanel)
        self.shiftLabel.setObjectName(u"shiftLabel")
        self.shiftLabel.setText(u"")
        self.shiftLabel.setWordWrap(True)

        self.right.addWidget(self.shiftLabel)


        self.outer.addWidget(self.totalPanel)


        self.page.addLayout(self.outer)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scanEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TillScreen)

        QMetaObject.connectSlotsByName(TillScreen)
    # setupUi

    def retranslateUi(self, TillScreen):
        self.scanLabel.setText(QCoreApplication.translate("TillScreen", u"&Scan or type an item code, name, motif or maker", None))
        self.totalCaption.setText(QCoreApplication.translate("TillScreen", u"TOTAL", None))
        self.payButton.setText(QCoreApplication.translate("TillScreen", u"Pay (F12)", None))
        self.quantityButton.setText(QCoreApplication.translate("TillScreen", u"Quantity (F3)", None))
        self.removeButton.setText(QCoreApplication.translate("TillScreen", u"Remove line (Del)", None))
        self.holdButton.setText(QCoreApplication.translate("TillScreen", u"Hold cart (F8)", None))
        self.recallButton.setText(QCoreApplication.translate("TillScreen", u"Recall cart (F9)", None))
        self.refundButton.setText(QCoreApplication.translate("TillScreen", u"Refund (F6)", None))
        self.reprintButton.setText(QCoreApplication.translate("TillScreen", u"Reprint last (F7)", None))
        self.cashButton.setText(QCoreApplication.translate("TillScreen", u"Cash in/out", None))
        self.closeShiftButton.setText(QCoreApplication.translate("TillScreen", u"Close shift", None))
        self.trainingCheck.setText(QCoreApplication.translate("TillScreen", u"Training mode (no stock, no money)", None))
        pass
    # retranslateUi

