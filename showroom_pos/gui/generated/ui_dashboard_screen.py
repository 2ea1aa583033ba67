# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DashboardScreen(object):
    def setupUi(self, DashboardScreen):
        if not DashboardScreen.objectName():
            DashboardScreen.setObjectName(u"DashboardScreen")
        DashboardScreen.resize(1170, 700)
        self.outer = QVBoxLayout(DashboardScreen)
        self.outer.setObjectName(u"outer")
        self.figures = QHBoxLayout()
        self.figures.setObjectName(u"figures")
        self.todayLabel = QLabel(DashboardScreen)
        self.todayLabel.setObjectName(u"todayLabel")
        self.todayLabel.setText(u"")
        self.todayLabel.setWordWrap(True)

        self.figures.addWidget(self.todayLabel)

        self.monthLabel = QLabel(DashboardScreen)
        self.monthLabel.setObjectName(u"monthLabel")
        self.monthLabel.setText(u"")
        self.monthLabel.setWordWrap(True)

        self.figures.addWidget(self.monthLabel)

        self.refreshButton = QPushButton(DashboardScreen)
        self.refreshButton.setObjectName(u"refreshButton")

        self.figures.addWidget(self.refreshButton)


        self.outer.addLayout(self.figures)

        self.perDayBox = QGroupBox(DashboardScreen)
        self.perDayBox.setObjectName(u"perDayBox")
        self.perDayLayout = QVBoxLayout(self.perDayBox)
        self.perDayLayout.setObjectName(u"perDayLayout")

        self.outer.addWidget(self.perDayBox)

        self.lower = QHBoxLayout()
        self.lower.setObjectName(u"lower")
        self.techniqueBox = QGroupBox(DashboardScreen)
        self.techniqueBox.setObjectName(u"techniqueBox")
        self.techniqueLayout = QVBoxLayout(self.techniqueBox)
        self.techniqueLayout.setObjectName(u"techniqueLayout")

        self.lower.addWidget(self.techniqueBox)

        self.makersBox = QGroupBox(DashboardScreen)
        self.makersBox.setObjectName(u"makersBox")
        self.makersLayout = QVBoxLayout(self.makersBox)
        self.makersLayout.setObjectName(u"makersLayout")

        self.lower.addWidget(self.makersBox)


        self.outer.addLayout(self.lower)


        self.retranslateUi(DashboardScreen)

        QMetaObject.connectSlotsByName(DashboardScreen)
    # setupUi

    def retranslateUi(self, DashboardScreen):
        self.refreshButton.setText(QCoreApplication.translate("DashboardScreen", u"&Refresh", None))
        self.perDayBox.setTitle(QCoreApplication.translate("DashboardScreen", u"Sales per day this month (net)", None))
        self.techniqueBox.setTitle(QCoreApplication.translate("DashboardScreen", u"Techniques this month", None))
        self.makersBox.setTitle(QCoreApplication.translate("DashboardScreen", u"Top makers this month", None))
        pass
    # retranslateUi

