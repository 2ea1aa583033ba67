"""Add or edit a maker: every field with its rule; a refusal is shown in the dialog, which stays
open with what was typed, and nothing is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from showroom_pos.domain.roles import Action
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.ops import Change
from showroom_pos.services.stock import makers
from showroom_pos.services.stock.types import MakerInput, MakerView


class MakerDialog(QDialog):
    def __init__(
        self, context: AppContext, maker: MakerView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.maker = maker
        self.saved: MakerView | None = None
        self.setWindowTitle(self.tr("Edit maker") if maker else self.tr("New maker"))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        rows = [
            ("code", self.tr("&Code:"), 16, "PKL001"),
            ("name", self.tr("&Name:"), 100, ""),
            ("business_name", self.tr("&Business name:"), 150, ""),
            ("nik", self.tr("NI&K (16 digits):"), 16, ""),
            ("nib", self.tr("NI&B (13 digits):"), 13, ""),
            ("phone", self.tr("&Phone:"), 20, "0812-3456-7890"),
            ("address", self.tr("&Address:"), 300, ""),
            ("village", self.tr("&Village (kelurahan):"), 60, ""),
            ("bank_name", self.tr("Ban&k:"), 60, "BRI, BNI, Mandiri, Bank Jateng..."),
            ("bank_account", self.tr("Account &number:"), 30, ""),
            ("bank_account_holder", self.tr("Account &holder:"), 100, ""),
        ]
        for key, label, length, hint in rows:
            edit = QLineEdit()
            edit.setMaxLength(length)
            edit.setPlaceholderText(hint)
            edit.setObjectName(f"{key}Edit")
            self.fields[key] = edit
            form.addRow(label, edit)
        self.commission = QDoubleSpinBox()
        self.commission.setRange(0, 100)
        self.commission.setDecimals(2)
        self.commission.setSuffix(" %")
        self.commission.setEnabled(context.may(Action.CHANGE_SETTINGS))
        form.addRow(self.tr("Co&mmission:"), self.commission)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("No&tes:"), self.notes)
        self.problem = QLabel()
        self.problem.setObjectName("messageLabel")
        self.problem.setProperty("problem", True)
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if maker is not None:
            self.fill(maker)

    def fill(self, maker: MakerView) -> None:
        for key, edit in self.fields.items():
            edit.setText(str(getattr(maker, key) or ""))
        self.fields["code"].setReadOnly(True)
        self.commission.setValue(maker.commission_bp / 100)
        self.notes.setPlainText(maker.notes or "")

    def entered(self) -> MakerInput:
        text = {key: edit.text().strip() or None for key, edit in self.fields.items()}
        return MakerInput(
            code=text["code"] or "",
            name=text["name"] or "",
            business_name=text["business_name"],
            nik=text["nik"],
            nib=text["nib"],
            phone=text["phone"],
            address=text["address"],
            village=text["village"],
            bank_name=text["bank_name"],
            bank_account=text["bank_account"],
            bank_account_holder=text["bank_account_holder"],
            commission_bp=round(self.commission.value() * 100),
            joined_on=self.maker.joined_on if self.maker else None,
            notes=self.notes.toPlainText().strip() or None,
        )

    def save(self) -> None:
        ledger, actor, data = self.context.ledger, self.context.actor, self.entered()
        code = self.maker.code if self.maker is not None else None

        def work() -> MakerView:
            if code is None:
                return makers.add_maker(ledger, actor=actor, data=data)
            return makers.edit_maker(ledger, actor=actor, code=code, data=data)

        self.context.save(self, work, Change.MAKERS, self.tr("Saving the maker...")).success(
            self.was_saved
        ).refusals_to(self.problem.setText).run()

    def was_saved(self, maker: MakerView) -> None:
        self.saved = maker
        self.accept()
