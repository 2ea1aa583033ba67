# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(820, 560)
        self.outer = QHBoxLayout(PaymentDialog)
        self.outer.setObjectName(u"outer")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.totalLabel = QLabel(PaymentDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")

        self.left.addWidget(self.totalLabel)

        self.methodRow = QHBoxLayout()
        self.methodRow.setObjectName(u"methodRow")
        self.cashButton = QPushButton(PaymentDialog)
        self.cashButton.setObjectName(u"cashButton")
        self.cashButton.setCheckable(True)
        self.cashButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cashButton.setAutoDefault(False)

        self.methodRow.addWidget(self.cashButton)

        self.qrisButton = QPushButton(PaymentDialog)
        self.qrisButton.setObjectName(u"qrisButton")
        self.qrisButton.setCheckable(True)
        self.qrisButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.qrisButton.setAutoDefault(False)

        self.methodRow.addWidget(self.qrisButton)

        self.cardButton = QPushButton(PaymentDialog)
        self.cardButton.setObjectName(u"cardButton")
        self.cardButton.setCheckable(True)
        self.cardButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cardButton.setAutoDefault(False)

        self.methodRow.addWidget(self.cardButton)

        self.transferButton = QPushButton(PaymentDialog)
        self.transferButton.setObjectName(u"transferButton")
        self.transferButton.setCheckable(True)
        self.transferButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.transferButton.setAutoDefault(False)

        self.methodRow.addWidget(self.transferButton)


        self.left.addLayout(self.methodRow)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.amountLabel = QLabel(PaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(PaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMinimumSize(QSize(0, 36))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.referenceLabel = QLabel(PaymentDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(PaymentDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(64)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.left.addLayout(self.form)

        self.quickGrid = QGridLayout()
        self.quickGrid.setObjectName(u"quickGrid")

        self.left.addLayout(self.quickGrid)

        self.paymentButtons = QHBoxLayout()
        self.paymentButtons.setObjectName(u"paymentButtons")
        self.addButton = QPushButton(PaymentDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addButton.setAutoDefault(False)

        self.paymentButtons.addWidget(self.addButton)

        self.removePaymentButton = QPushButton(PaymentDialog)
        self.removePaymentButton.setObjectName(u"removePaymentButton")
        self.removePaymentButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.removePaymentButton.setAutoDefault(False)

        self.paymentButtons.addWidget(self.removePaymentButton)


        self.left.addLayout(self.paymentButtons)

        self.paymentsList = QListWidget(PaymentDialog)
        self.paymentsList.setObjectName(u"paymentsList")
        self.paymentsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.left.addWidget(self.paymentsList)

        self.remainingLabel = QLabel(PaymentDialog)
        self.remainingLabel.setObjectName(u"remainingLabel")
        self.remainingLabel.setText(u"")

        self.left.addWidget(self.remainingLabel)

        self.changeLabel = QLabel(PaymentDialog)
        self.changeLabel.setObjectName(u"changeLabel")
        self.changeLabel.setText(u"")

        self.left.addWidget(self.changeLabel)

        self.errorLabel = QLabel(PaymentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.left.addWidget(self.errorLabel)


        self.outer.addLayout(self.left)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.qrCaption = QLabel(PaymentDialog)
        self.qrCaption.setObjectName(u"qrCaption")
        self.qrCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.right.addWidget(self.qrCaption)

        self.qrLabel = QLabel(PaymentDialog)
        self.qrLabel.setObjectName(u"qrLabel")
        self.qrLabel.setMinimumSize(QSize(260, 260))
        self.qrLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.right.addWidget(self.qrLabel)

        self.rightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right.addItem(self.rightSpacer)

        self.buttons = QDialogButtonBox(PaymentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.right.addWidget(self.buttons)


        self.outer.addLayout(self.right)

#if QT_CONFIG(shortcut)
        self.amountLabel.setBuddy(self.amountEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amountEdit, self.referenceEdit)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Payment", None))
        self.cashButton.setText(QCoreApplication.translate("PaymentDialog", u"Cash (F1)", None))
        self.qrisButton.setText(QCoreApplication.translate("PaymentDialog", u"QRIS (F2)", None))
        self.cardButton.setText(QCoreApplication.translate("PaymentDialog", u"Card (F3)", None))
        self.transferButton.setText(QCoreApplication.translate("PaymentDialog", u"Transfer (F4)", None))
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Amount", None))
        self.referenceLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Reference", None))
        self.addButton.setText(QCoreApplication.translate("PaymentDialog", u"Add payment (Enter)", None))
        self.removePaymentButton.setText(QCoreApplication.translate("PaymentDialog", u"Remove payment", None))
        self.qrCaption.setText(QCoreApplication.translate("PaymentDialog", u"Scan to pay with QRIS", None))
    # retranslateUi

