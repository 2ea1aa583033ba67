# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.customerDisplayAction = QAction(MainWindow)
        self.customerDisplayAction.setObjectName(u"customerDisplayAction")
        self.customerDisplayAction.setCheckable(True)
#if QT_CONFIG(shortcut)
        self.customerDisplayAction.setShortcut(u"Ctrl+Shift+D")
#endif // QT_CONFIG(shortcut)
        self.printQueueAction = QAction(MainWindow)
        self.printQueueAction.setObjectName(u"printQueueAction")
#if QT_CONFIG(shortcut)
        self.printQueueAction.setShortcut(u"Ctrl+Shift+P")
#endif // QT_CONFIG(shortcut)
        self.logoutAction = QAction(MainWindow)
        self.logoutAction.setObjectName(u"logoutAction")
#if QT_CONFIG(shortcut)
        self.logoutAction.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.guideAction = QAction(MainWindow)
        self.guideAction.setObjectName(u"guideAction")
#if QT_CONFIG(shortcut)
        self.guideAction.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.central)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(190, 0))
        self.navList.setMaximumSize(QSize(190, 16777215))
        self.navList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setWordWrap(True)
        self.navList.setIconSize(QSize(24, 24))

        self.centralLayout.addWidget(self.navList)

        self.stack = QStackedWidget(self.central)
        self.stack.setObjectName(u"stack")

        self.centralLayout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.central)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.printQueueAction)
        self.fileMenu.addAction(self.customerDisplayAction)
        self.fileMenu.addAction(self.logoutAction)
        self.fileMenu.addAction(self.quitAction)
        self.helpMenu.addAction(self.guideAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Showroom POS", None))
        self.customerDisplayAction.setText(QCoreApplication.translate("MainWindow", u"Customer &display", None))
        self.printQueueAction.setText(QCoreApplication.translate("MainWindow", u"Print &queue...", None))
        self.logoutAction.setText(QCoreApplication.translate("MainWindow", u"&Log out", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.guideAction.setText(QCoreApplication.translate("MainWindow", u"&Guide", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About Showroom POS", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Program", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

