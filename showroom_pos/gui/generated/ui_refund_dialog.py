# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'refund_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RefundDialog(object):
    def setupUi(self, RefundDialog):
        if not RefundDialog.objectName():
            RefundDialog.setObjectName(u"RefundDialog")
        RefundDialog.resize(1100, 560)
        self.outer = QVBoxLayout(RefundDialog)
        self.outer.setObjectName(u"outer")
        self.receiptRow = QHBoxLayout()
        self.receiptRow.setObjectName(u"receiptRow")
        self.receiptLabel = QLabel(RefundDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.receiptRow.addWidget(self.receiptLabel)

        self.receiptEdit = QLineEdit(RefundDialog)
        self.receiptEdit.setObjectName(u"receiptEdit")
        self.receiptEdit.setMaxLength(32)

        self.receiptRow.addWidget(self.receiptEdit)

        self.findButton = QPushButton(RefundDialog)
        self.findButton.setObjectName(u"findButton")
        self.findButton.setAutoDefault(False)

        self.receiptRow.addWidget(self.findButton)


        self.outer.addLayout(self.receiptRow)

        self.saleLabel = QLabel(RefundDialog)
        self.saleLabel.setObjectName(u"saleLabel")
        self.saleLabel.setText(u"")
        self.saleLabel.setWordWrap(True)

        self.outer.addWidget(self.saleLabel)

        self.linesTable = QTableWidget(RefundDialog)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.linesTable.verticalHeader().setVisible(False)

        self.outer.addWidget(self.linesTable)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reasonLabel = QLabel(RefundDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(RefundDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.methodLabel = QLabel(RefundDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(RefundDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.totalCaption = QLabel(RefundDialog)
        self.totalCaption.setObjectName(u"totalCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.totalCaption)

        self.totalLabel = QLabel(RefundDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.totalLabel)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(RefundDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(RefundDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.receiptLabel.setBuddy(self.receiptEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RefundDialog)

        QMetaObject.connectSlotsByName(RefundDialog)
    # setupUi

    def retranslateUi(self, RefundDialog):
        RefundDialog.setWindowTitle(QCoreApplication.translate("RefundDialog", u"Refund", None))
        self.receiptLabel.setText(QCoreApplication.translate("RefundDialog", u"&Receipt number", None))
        self.findButton.setText(QCoreApplication.translate("RefundDialog", u"&Find", None))
        self.reasonLabel.setText(QCoreApplication.translate("RefundDialog", u"R&eason", None))
        self.methodLabel.setText(QCoreApplication.translate("RefundDialog", u"Money back &as", None))
        self.totalCaption.setText(QCoreApplication.translate("RefundDialog", u"To give back", None))
    # retranslateUi

