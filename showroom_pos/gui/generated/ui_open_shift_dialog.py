# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'open_shift_dialog.ui'
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

class Ui_OpenShiftDialog(object):
    def setupUi(self, OpenShiftDialog):
        if not OpenShiftDialog.objectName():
            OpenShiftDialog.setObjectName(u"OpenShiftDialog")
        OpenShiftDialog.resize(420, 200)
        self.outer = QVBoxLayout(OpenShiftDialog)
        self.outer.setObjectName(u"outer")
        self.explanationLabel = QLabel(OpenShiftDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.outer.addWidget(self.explanationLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.floatLabel = QLabel(OpenShiftDialog)
        self.floatLabel.setObjectName(u"floatLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.floatLabel)

        self.floatEdit = QLineEdit(OpenShiftDialog)
        self.floatEdit.setObjectName(u"floatEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.floatEdit)


        self.outer.addLayout(self.form)

        self.buttons = QDialogButtonBox(OpenShiftDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.floatLabel.setBuddy(self.floatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpenShiftDialog)

        QMetaObject.connectSlotsByName(OpenShiftDialog)
    # setupUi

    def retranslateUi(self, OpenShiftDialog):
        OpenShiftDialog.setWindowTitle(QCoreApplication.translate("OpenShiftDialog", u"Open shift", None))
        self.explanationLabel.setText(QCoreApplication.translate("OpenShiftDialog", u"Count the cash in the drawer before the first sale and enter it as the opening float.", None))
        self.floatLabel.setText(QCoreApplication.translate("OpenShiftDialog", u"Opening &float", None))
    # retranslateUi

