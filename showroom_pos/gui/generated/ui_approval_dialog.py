# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ApprovalDialog(object):
    def setupUi(self, ApprovalDialog):
        if not ApprovalDialog.objectName():
            ApprovalDialog.setObjectName(u"ApprovalDialog")
        ApprovalDialog.resize(420, 240)
        self.outer = QVBoxLayout(ApprovalDialog)
        self.outer.setObjectName(u"outer")
        self.explanationLabel = QLabel(ApprovalDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)

        self.outer.addWidget(self.explanationLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(ApprovalDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(ApprovalDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(ApprovalDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ApprovalDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.outer.addLayout(self.form)

        self.buttons = QDialogButtonBox(ApprovalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalDialog)

        QMetaObject.connectSlotsByName(ApprovalDialog)
    # setupUi

    def retranslateUi(self, ApprovalDialog):
        ApprovalDialog.setWindowTitle(QCoreApplication.translate("ApprovalDialog", u"Supervisor approval", None))
        self.usernameLabel.setText(QCoreApplication.translate("ApprovalDialog", u"&Supervisor", None))
        self.passwordLabel.setText(QCoreApplication.translate("ApprovalDialog", u"&Password", None))
    # retranslateUi

