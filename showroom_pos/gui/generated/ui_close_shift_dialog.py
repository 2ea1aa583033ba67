# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_shift_dialog.ui'
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
    QFormLayout, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CloseShiftDialog(object):
    def setupUi(self, CloseShiftDialog):
        if not CloseShiftDialog.objectName():
            CloseShiftDialog.setObjectName(u"CloseShiftDialog")
        CloseShiftDialog.resize(560, 620)
        self.outer = QVBoxLayout(CloseShiftDialog)
        self.outer.setObjectName(u"outer")
        self.explanationLabel = QLabel(CloseShiftDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.outer.addWidget(self.explanationLabel)

        self.countGrid = QGridLayout()
        self.countGrid.setObjectName(u"countGrid")

        self.outer.addLayout(self.countGrid)

        self.summary = QFormLayout()
        self.summary.setObjectName(u"summary")
        self.expectedCaption = QLabel(CloseShiftDialog)
        self.expectedCaption.setObjectName(u"expectedCaption")

        self.summary.setWidget(0, QFormLayout.ItemRole.LabelRole, self.expectedCaption)

        self.expectedLabel = QLabel(CloseShiftDialog)
        self.expectedLabel.setObjectName(u"expectedLabel")
        self.expectedLabel.setText(u"")

        self.summary.setWidget(0, QFormLayout.ItemRole.FieldRole, self.expectedLabel)

        self.countedCaption = QLabel(CloseShiftDialog)
        self.countedCaption.setObjectName(u"countedCaption")

        self.summary.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countedCaption)

        self.countedLabel = QLabel(CloseShiftDialog)
        self.countedLabel.setObjectName(u"countedLabel")
        self.countedLabel.setText(u"")

        self.summary.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countedLabel)

        self.differenceCaption = QLabel(CloseShiftDialog)
        self.differenceCaption.setObjectName(u"differenceCaption")

        self.summary.setWidget(2, QFormLayout.ItemRole.LabelRole, self.differenceCaption)

        self.differenceLabel = QLabel(CloseShiftDialog)
        self.differenceLabel.setObjectName(u"differenceLabel")
        self.differenceLabel.setText(u"")

        self.summary.setWidget(2, QFormLayout.ItemRole.FieldRole, self.differenceLabel)

        self.notesLabel = QLabel(CloseShiftDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.summary.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(CloseShiftDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(1000)

        self.summary.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.outer.addLayout(self.summary)

        self.buttons = QDialogButtonBox(CloseShiftDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseShiftDialog)

        QMetaObject.connectSlotsByName(CloseShiftDialog)
    # setupUi

    def retranslateUi(self, CloseShiftDialog):
        CloseShiftDialog.setWindowTitle(QCoreApplication.translate("CloseShiftDialog", u"Close shift: cash count", None))
        self.explanationLabel.setText(QCoreApplication.translate("CloseShiftDialog", u"Count the notes and coins in the drawer and enter how many of each there are.", None))
        self.expectedCaption.setText(QCoreApplication.translate("CloseShiftDialog", u"Expected cash", None))
        self.countedCaption.setText(QCoreApplication.translate("CloseShiftDialog", u"Counted cash", None))
        self.differenceCaption.setText(QCoreApplication.translate("CloseShiftDialog", u"Over / short", None))
        self.notesLabel.setText(QCoreApplication.translate("CloseShiftDialog", u"&Notes", None))
    # retranslateUi

