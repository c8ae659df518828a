"""Settings → Khoá dữ liệu (admin): where this desk keeps the office key, and the key's custody.

Everything here is `core.security.data_key` on the worker thread, and every action is written into the trail:

* print the key recovery sheet (A4: fingerprint, QR code, 14 groups to type) — shown in the PDF preview,
  from which the admin prints it or saves it; the sheet belongs in the office safe;
* copy the key to a file sealed with a passphrase, for another desk of the office;
* bring the key to this desk from such a file, or typed from the recovery sheet (only the key this
  database was protected with is taken: core checks its fingerprint);
* give the desk's unsealed key file a passphrase.

The dialogs that ask for files, passphrases and the sheet's groups are small module functions
(``ask_…``) that tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.documents import render_bytes
from core.errors import UserError
from core.security.data_key import (
    Protection,
    bring_key,
    export_key,
    key_fingerprint,
    recorded_fingerprint,
    recovery_sheet_document,
    seal_key,
)
from core.security.key_store import KeyStore, PassphraseKeyFile
from core.security.recovery import decode_key
from core.storage import default_data_dir
from desktop.file_dialogs import open_file_name, save_file_name
from desktop.operations import Operations
from desktop.qt_typed import named
from desktop.widgets.submit_dialog import SubmitDialog

__all__ = [
    "KeyPanel",
    "KeyStatus",
    "PassphraseDialog",
    "RecoveryDialog",
    "ask_export_path",
    "ask_key_file",
    "ask_passphrase",
    "ask_recovery_groups",
    "key_status",
    "show_sheet",
]


class _AskDialog(SubmitDialog[str]):
    """A small question: a note, the fields, one red line for what is wrong, OK / Cancel (OK checks first:
    `values()` refuses what cannot be right)."""

    def __init__(self, message_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, error_name=message_name)
        self.message = self.error  # the red line, by the name the key panel's tests know

    def _compose(self, note: str, fields: QFormLayout | QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(note, wordWrap=True))
        if isinstance(fields, QFormLayout):
            layout.addLayout(fields)
        else:
            layout.addWidget(fields)
        layout.addWidget(self.error)
        ok, cancel = QCoreApplication.translate("KeyPanel", "OK"), QCoreApplication.translate("KeyPanel", "Cancel")
        layout.addWidget(self.make_buttons(ok, cancel))


class PassphraseDialog(_AskDialog):
    """A passphrase, typed twice when a new one is chosen."""

    def __init__(self, title: str, note: str, *, twice: bool, parent: QWidget | None = None) -> None:
        super().__init__("passphraseMessage", parent)
        self.setWindowTitle(title)
        self.first = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "passphrase")
        self.second = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "passphraseAgain")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        if twice:
            form.addRow(self.tr("Passphrase again:"), self.second)
        self.second.setVisible(twice)
        self._compose(note, form)
        self.twice = twice

    def values(self) -> str:
        if not self.first.text():
            raise UserError(self.tr("Type the passphrase."))
        if self.twice and self.first.text() != self.second.text():
            raise UserError(self.tr("The two passphrases differ."))
        return self.first.text()


class RecoveryDialog(_AskDialog):
    """The 14 groups of the recovery sheet, typed (spaces, dashes and letter case do not matter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("recoveryMessage", parent)
        self.setWindowTitle(self.tr("Key recovery sheet"))
        self.groups = named(QPlainTextEdit(), "recoveryGroups")
        self.groups.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        self.groups.setTabChangesFocus(True)
        self._compose(
            self.tr(
                "Type the 14 groups of characters printed on the office's key recovery sheet. A "
                "mistyped group is named, so you can correct it."
            ),
            self.groups,
        )
        self.resize(520, 240)

    def values(self) -> str:
        text = self.groups.toPlainText()
        decode_key(text)  # the check characters name a mistyped group at once (a UserError)
        return text


def ask_passphrase(parent: QWidget | None, title: str, note: str, *, twice: bool) -> str | None:
    dialog = PassphraseDialog(title, note, twice=twice, parent=parent)
    return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_recovery_groups(parent: QWidget | None) -> str | None:
    dialog = RecoveryDialog(parent)
    return dialog.groups.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_key_file(parent: QWidget | None) -> str:
    return open_file_name(
        parent,
        QCoreApplication.translate("KeyPanel", "The office key file"),
        QCoreApplication.translate("KeyPanel", "Một Cửa key file (*.mckey);;All files (*)"),
    )


def ask_export_path(parent: QWidget | None) -> str:
    return save_file_name(
        parent,
        QCoreApplication.translate("KeyPanel", "Copy the office key to a file"),
        "khoa-mot-cua.mckey",
        QCoreApplication.translate("KeyPanel", "Một Cửa key file (*.mckey)"),
    )


def show_sheet(parent: QWidget | None, data: bytes, fingerprint: str):
    """The recovery sheet in the PDF preview (Print…, Save PDF…); returns the dialog, already open."""
    from desktop.widgets.pdf_preview import PdfPreviewDialog

    return PdfPreviewDialog.show_pdf(
        parent,
        data,
        title=QCoreApplication.translate("KeyPanel", "Key recovery sheet"),
        file_name=f"phieu-khoi-phuc-khoa-{fingerprint}.pdf",
    )


class KeyStatus:
    """What the panel says: this desk's key and the one the database needs (both as fingerprints)."""

    def __init__(self, desk: str, needed: str, kept: str) -> None:
        self.desk, self.needed, self.kept = desk, needed, kept


def key_status(database, keys: KeyStore | None) -> KeyStatus:
    """Read off the worker thread: the desk's key fingerprint ("" without one), the database's, where kept."""
    desk = ""
    if keys is not None:
        try:
            key = keys.get_key()
        except UserError:
            key = None
        desk = key_fingerprint(key) if key else ""
    return KeyStatus(desk, recorded_fingerprint(database), keys.describe() if keys is not None else "")


class KeyPanel(QWidget):
    """The office key's custody for an admin (Permission.KEYS)."""

    #: This desk now holds the office key (it was locked): the composition root says to reopen the program.
    key_brought = Signal(str)

    def __init__(self, ops: Operations, database, keys: KeyStore | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyPanel")
        self.ops, self.database, self.keys = ops, database, keys
        self.status = named(QLabel(wordWrap=True), "keyStatus")
        self.sheet = named(QPushButton(self.tr("&Print the key recovery sheet…")), "printKeySheet")
        self.export = named(QPushButton(self.tr("&Copy the key to a file…")), "exportKey")
        self.import_file = named(QPushButton(self.tr("Bring the key from a &file…")), "importKey")
        self.recover = named(QPushButton(self.tr("Bring the key from the recovery &sheet…")), "recoverKey")
        self.seal = named(QPushButton(self.tr("Sea&l the key file with a passphrase…")), "sealKey")
        self.sheet.clicked.connect(self._print_sheet)
        self.export.clicked.connect(self._export)
        self.import_file.clicked.connect(self._import_file)
        self.recover.clicked.connect(self._recover)
        self.seal.clicked.connect(self._seal)
        note = QLabel(
            self.tr(
                "The office key encrypts citizens' ID numbers, phones and addresses, seals the backups and signs the "
                "audit trail. Without it nothing can be read back: print the recovery sheet now, sign it and keep it "
                "in the office safe. Another desk of the office gets the key from a file copied here (protected by "
                "a passphrase) or from the sheet. A new key is never made for data that has one."
            ),
            wordWrap=True,
        )
        self.message = named(QLabel(wordWrap=True), "keyMessage")
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in (self.sheet, self.export, self.seal):
            first.addWidget(button)
        for button in (self.import_file, self.recover):
            second.addWidget(button)
        first.addStretch()
        second.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.preview = None
        if keys is None:
            for button in (self.sheet, self.export, self.import_file, self.recover, self.seal):
                button.setEnabled(False)
        self.refresh()

    def refresh(self) -> None:
        database, keys = self.database, self.keys
        self.ops.run(
            lambda _s: key_status(database, keys),
            on_done=self._show_status,
            on_error=lambda e: self.message.setText(str(e)),
        )

    def _show_status(self, status: KeyStatus) -> None:
        lines = [
            self.tr("This desk's key: %1.").replace("%1", status.desk or self.tr("none")),
            self.tr("The key of the office's data: %1.").replace("%1", status.needed or self.tr("not recorded yet")),
        ]
        if status.kept:
            lines.append(status.kept)
        self.status.setText("\n".join(lines))
        holds = bool(status.desk) and status.desk == (status.needed or status.desk)
        self.sheet.setEnabled(holds)
        self.export.setEnabled(holds)

    def _said(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()

    # -- the actions -------------------------------------------------------------------------------------
    def _print_sheet(self) -> None:
        database, keys = self.database, self.keys

        def build() -> tuple[bytes, str]:
            document = recovery_sheet_document(database, keys)
            return render_bytes(document), document.reference

        def shown(result: tuple[bytes, str]) -> None:
            data, fingerprint = result
            self.preview = show_sheet(self, data, fingerprint)
            self._said(
                self.tr(
                    "Print the sheet (or save it and print it), sign it and keep it in the office "
                    "safe; do not leave the PDF on this computer."
                )
            )

        self.ops.run(lambda _s: build(), on_done=shown, on_error=lambda e: self._said(str(e)))

    def _export(self) -> None:
        path = ask_export_path(self)
        if not path:
            return
        passphrase = ask_passphrase(
            self,
            self.tr("Copy the office key to a file"),
            self.tr(
                "Choose a passphrase for the file (8 characters or more); it is asked when the key is brought to "
                "the other desk. Tell it to that desk's admin in person, never with the file."
            ),
            twice=True,
        )
        if not passphrase:
            return
        database, keys = self.database, self.keys
        self.ops.run(
            lambda _s: export_key(database, keys, Path(path), passphrase),
            on_done=lambda fingerprint: self._said(
                self.tr(
                    "The key (fingerprint %1) is copied to %2. On the other desk: Settings → Data key → Bring "
                    "the key from a file; then delete the file."
                )
                .replace("%1", fingerprint)
                .replace("%2", path)
            ),
            on_error=lambda e: self._said(str(e)),
        )

    def _import_file(self) -> None:
        path = ask_key_file(self)
        if not path:
            return
        passphrase = ask_passphrase(
            self,
            self.tr("The office key file"),
            self.tr("The passphrase given to the file when it was made:"),
            twice=False,
        )
        if passphrase is None:
            return
        self._bring(lambda: PassphraseKeyFile(Path(path), passphrase).get_key(), "nhận khoá từ tệp")

    def _recover(self) -> None:
        groups = ask_recovery_groups(self)
        if groups is None:
            return
        self._bring(lambda: decode_key(groups), "nhận khoá từ phiếu khôi phục")

    def _bring(self, read_key, how: str) -> None:
        database, keys = self.database, self.keys

        def bring() -> Protection:
            key = read_key()
            if key is None:
                raise UserError("Tệp này không chứa khoá.", "This file holds no key.")
            return bring_key(database, keys, key, how=how)

        def done(protection: Protection) -> None:
            if protection.unlocked:
                self._said(
                    self.tr("This desk now holds the office key (fingerprint %1).").replace(
                        "%1", protection.fingerprint
                    )
                )
                self.key_brought.emit(protection.fingerprint)
            else:
                self._said(protection.message)

        self.ops.run(lambda _s: bring(), on_done=done, on_error=lambda e: self._said(str(e)))

    def _seal(self) -> None:
        passphrase = ask_passphrase(
            self,
            self.tr("Give the key file a passphrase"),
            self.tr(
                "On a desk without the Windows credential store the key is kept in a file. With a passphrase, the "
                "file alone is of no use to someone who copies it; the passphrase is then asked when the program "
                "starts."
            ),
            twice=True,
        )
        if not passphrase:
            return
        database = self.database
        self.ops.run(
            lambda _s: seal_key(database, default_data_dir(), passphrase),
            on_done=lambda store: self._said(store.describe()),
            on_error=lambda e: self._said(str(e)),
        )
