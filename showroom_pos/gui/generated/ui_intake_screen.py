# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_IntakeScreen(object):
    def setupUi(self, IntakeScreen):
        if not IntakeScreen.objectName():
            IntakeScreen.setObjectName(u"IntakeScreen")
        IntakeScreen.resize(1170, 700)
        self.outer = QHBoxLayout(IntakeScreen)
        self.outer.setObjectName(u"outer")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.makerRow = QHBoxLayout()
        self.makerRow.setObjectName(u"makerRow")
        self.makerLabel = QLabel(IntakeScreen)
        self.makerLabel.setObjectName(u"makerLabel")

        self.makerRow.addWidget(self.makerLabel)

        self.makerCombo = QComboBox(IntakeScreen)
        self.makerCombo.setObjectName(u"makerCombo")
        self.makerCombo.setEditable(True)
        self.makerCombo.setMinimumSize(QSize(380, 0))

        self.makerRow.addWidget(self.makerCombo)

        self.makerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.makerRow.addItem(self.makerSpacer)


        self.left.addLayout(self.makerRow)

        self.linesTable = QTableWidget(IntakeScreen)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setAlternatingRowColors(True)
        self.linesTable.verticalHeader().setVisible(False)

        self.left.addWidget(self.linesTable)

        self.lineButtons = QHBoxLayout()
        self.lineButtons.setObjectName(u"lineButtons")
        self.addLineButton = QPushButton(IntakeScreen)
        self.addLineButton.setObjectName(u"addLineButton")

        self.lineButtons.addWidget(self.addLineButton)

        self.removeLineButton = QPushButton(IntakeScreen)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.lineButtons.addWidget(self.removeLineButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lineButtons.addItem(self.buttonSpacer)

        self.totalLabel = QLabel(IntakeScreen)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")

        self.lineButtons.addWidget(self.totalLabel)


        self.left.addLayout(self.lineButtons)

        self.notesForm = QFormLayout()
        self.notesForm.setObjectName(u"notesForm")
        self.notesLabel = QLabel(IntakeScreen)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(IntakeScreen)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(1000)

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.left.addLayout(self.notesForm)

        self.messageLabel = QLabel(IntakeScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.left.addWidget(self.messageLabel)

        self.saveButton = QPushButton(IntakeScreen)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setMinimumSize(QSize(0, 44))

        self.left.addWidget(self.saveButton)


        self.outer.addLayout(self.left)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.recentLabel = QLabel(IntakeScreen)
        self.recentLabel.setObjectName(u"recentLabel")

        self.right.addWidget(self.recentLabel)

        self.recentList = QListWidget(IntakeScreen)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setMaximumSize(QSize(330, 16777215))

        self.right.addWidget(self.recentList)

        self.reprintButton = QPushButton(IntakeScreen)
        self.reprintButton.setObjectName(u"reprintButton")

        self.right.addWidget(self.reprintButton)

        self.slipPdfButton = QPushButton(IntakeScreen)
        self.slipPdfButton.setObjectName(u"slipPdfButton")

        self.right.addWidget(self.slipPdfButton)

        self.tagsButton = QPushButton(IntakeScreen)
        self.tagsButton.setObjectName(u"tagsButton")

        self.right.addWidget(self.tagsButton)

        self.tagsSheetButton = QPushButton(IntakeScreen)
        self.tagsSheetButton.setObjectName(u"tagsSheetButton")

        self.right.addWidget(self.tagsSheetButton)


        self.outer.addLayout(self.right)

#if QT_CONFIG(shortcut)
        self.makerLabel.setBuddy(self.makerCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakeScreen)

        QMetaObject.connectSlotsByName(IntakeScreen)
    # setupUi

    def retranslateUi(self, IntakeScreen):
        self.makerLabel.setText(QCoreApplication.translate("IntakeScreen", u"&Maker", None))
        self.addLineButton.setText(QCoreApplication.translate("IntakeScreen", u"&Add line (Ctrl+N)", None))
        self.removeLineButton.setText(QCoreApplication.translate("IntakeScreen", u"&Remove line", None))
        self.notesLabel.setText(QCoreApplication.translate("IntakeScreen", u"&Notes on the slip", None))
        self.saveButton.setText(QCoreApplication.translate("IntakeScreen", u"&Save intake and print slip (Ctrl+S)", None))
        self.recentLabel.setText(QCoreApplication.translate("IntakeScreen", u"Recent slips", None))
        self.reprintButton.setText(QCoreApplication.translate("IntakeScreen", u"Reprint &slip", None))
        self.slipPdfButton.setText(QCoreApplication.translate("IntakeScreen", u"Slip as &PDF", None))
        self.tagsButton.setText(QCoreApplication.translate("IntakeScreen", u"Print &tags", None))
        self.tagsSheetButton.setText(QCoreApplication.translate("IntakeScreen", u"Tags on A4 &label sheet...", None))
        pass
    # retranslateUi

