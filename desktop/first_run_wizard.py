"""The first-run wizard (issue 8): office, signers, office hours, the admin account, optional imports,
then the key recovery sheet (issue 13).

The wizard only collects; `core.first_run.set_up_office` checks and writes everything in one
transaction on the worker thread when the imports page is left ("Set up the office"). A refusal (bad
unit code, weak password, a bad line in an imported file) is shown on that page, nothing is written, and
the clerk can go back and fix it. Once the office exists, the last page shows the office key's recovery
sheet: the wizard does not finish until it was printed or saved (the key is the only way back to the
data and the backups if this PC's key is lost).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from core.documents import render_bytes
from core.first_run import DEFAULT_HOURS, FirstRun, set_up_office
from core.office import DEFAULT_SETTINGS
from core.security.access import Caller
from core.security.data_key import recovery_sheet_document
from desktop.file_dialogs import open_file_name
from desktop.messages import app_title
from desktop.operations import Operations
from desktop.qt_typed import named
from desktop.widgets.pdf_preview import PdfPreview

__all__ = ["FirstRunWizard"]


def _form(page: QWizardPage, rows: list[tuple[str, QWidget]], note: str = "") -> None:
    layout = QVBoxLayout(page)
    if note:
        layout.addWidget(QLabel(note, wordWrap=True))
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
    layout.addLayout(form)
    layout.addStretch(1)


class _FileRow(QWidget):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("(none)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self._choose(caption))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(choose)

    def _choose(self, caption: str) -> None:
        name = open_file_name(self, caption, self.tr("Tables (*.csv *.xlsx)"))
        if name:
            self.path.setText(name)


class _SheetPage(QWizardPage):
    """The office key's recovery sheet, in a preview with Print… and Save PDF…; complete once either was done."""

    def __init__(self) -> None:
        super().__init__()
        self.kept = False
        self.setTitle(self.tr("The key recovery sheet"))
        self.note = QLabel(
            self.tr(
                "The office is set up. Its data key encrypts ID numbers, phones and addresses and seals every backup: "
                "if this computer's key is lost (a new Windows profile, a repaired disk), only this sheet brings the "
                "data back. Print it (or save it and print it), sign it and keep it in the office safe; then delete "
                "any saved copy from this computer."
            ),
            wordWrap=True,
        )
        self.preview = PdfPreview()
        self.preview.setObjectName("keySheetPreview")
        self.state = named(QLabel(wordWrap=True), "keySheetState")
        self.preview.printed.connect(lambda _pages: self._keep())
        self.preview.saved.connect(lambda _path: self._keep())
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.state)

    def _keep(self) -> None:
        self.kept = True
        self.state.setText(self.tr("Kept. Finish to open the program."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.kept


class FirstRunWizard(QWizard):
    """Set up a new office; ``caller`` is its admin, logged in, once accepted."""

    def __init__(self, ops: Operations, database, keys=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.database, self.keys = ops, database, keys
        self.caller: Caller | None = None
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up the office — %1").replace("%1", app_title()))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Set up the office"))
        signers = DEFAULT_SETTINGS["signers"]
        self.unit_code, self.office_name = named(QLineEdit(), "unitCode"), named(QLineEdit(), "officeName")
        self.place, self.parent_name = named(QLineEdit(), "place"), named(QLineEdit(), "parentName")
        self.unit_code.setPlaceholderText(self.tr("e.g. H40.25.12"))
        self.office_name.setPlaceholderText(self.tr("e.g. People's Committee of Hoa Thanh commune"))
        self.chairman_name = named(QLineEdit(), "chairmanName")
        self.chairman_title = QLineEdit(signers["chairman_title"])
        self.chairman_prefix = QLineEdit(signers["chairman_prefix"])
        self.receiver_title = QLineEdit(signers["receiver_title"])
        self.hours = named(QLineEdit(DEFAULT_HOURS), "hours")
        self.username, self.full_name = named(QLineEdit(), "adminUsername"), named(QLineEdit(), "adminFullName")
        self.title = QLineEdit()
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "adminPassword")
        self.again = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "adminAgain")
        self.also_clerk = QCheckBox(self.tr("This person also receives dossiers at the desk (desk clerk role)"))
        self.catalog_file = _FileRow(self.tr("The province's procedure catalog"))
        self.register_file = _FileRow(self.tr("The register kept until now"))
        self.message = named(QLabel(wordWrap=True), "firstRunMessage")
        self.message.setStyleSheet("color: #a40000;")

        office = QWizardPage()
        office.setTitle(self.tr("The office"))
        _form(
            office,
            [
                (self.tr("Unit code:"), self.unit_code),
                (self.tr("Office name:"), self.office_name),
                (self.tr("Place name:"), self.place),
                (self.tr("Parent body:"), self.parent_name),
            ],
            self.tr("As printed at the top of every receipt and report. The unit code begins every dossier code."),
        )
        office.registerField("unit*", self.unit_code)
        office.registerField("name*", self.office_name)
        people = QWizardPage()
        people.setTitle(self.tr("Signers and office hours"))
        _form(
            people,
            [
                (self.tr("Chairman's name:"), self.chairman_name),
                (self.tr("Chairman's title:"), self.chairman_title),
                (self.tr("Signing on behalf of:"), self.chairman_prefix),
                (self.tr("Receiver's title:"), self.receiver_title),
                (self.tr("Office hours:"), self.hours),
            ],
            self.tr("Hours as periods, e.g. 07:30-11:30,13:30-17:00; holidays and swap days come with the program."),
        )
        admin = QWizardPage()
        admin.setTitle(self.tr("The administrator's account"))
        _form(
            admin,
            [
                (self.tr("Login (no accents):"), self.username),
                (self.tr("Full name:"), self.full_name),
                (self.tr("Title:"), self.title),
                (self.tr("Password (8 characters or more):"), self.password),
                (self.tr("Password again:"), self.again),
                ("", self.also_clerk),
            ],
            self.tr("The administrator manages accounts, settings, the catalog, the calendar and backups."),
        )
        admin.registerField("username*", self.username)
        admin.registerField("password*", self.password)
        imports = QWizardPage()
        imports.setTitle(self.tr("Optional: bring your existing lists"))
        _form(
            imports,
            [
                (self.tr("Procedure catalog (.csv, .xlsx):"), self.catalog_file),
                (self.tr("Dossier register (.csv, .xlsx):"), self.register_file),
            ],
            self.tr(
                "Leave empty to start with the bundled catalog and no dossiers. Files are checked whole: "
                "a bad line names itself and nothing is imported."
            ),
        )
        layout = imports.layout()
        assert layout is not None  # _form gave the page its layout
        layout.addWidget(self.message)
        imports.setCommitPage(True)  # after it the office exists: no going back
        self.imports = imports
        self.sheet = _SheetPage()
        for page in (office, people, admin, imports, self.sheet):
            self.addPage(page)
        self.resize(720, 620)

    def values(self) -> FirstRun:
        def path(row: _FileRow) -> Path | None:
            return Path(row.path.text().strip()) if row.path.text().strip() else None

        roles = ("admin", "clerk") if self.also_clerk.isChecked() else ("admin",)
        return FirstRun(
            unit_code=self.unit_code.text(),
            office_name=self.office_name.text(),
            place=self.place.text(),
            parent_name=self.parent_name.text(),
            admin_username=self.username.text(),
            admin_full_name=self.full_name.text(),
            admin_password=self.password.text(),
            admin_title=self.title.text(),
            admin_roles=roles,
            chairman_name=self.chairman_name.text(),
            chairman_title=self.chairman_title.text(),
            chairman_prefix=self.chairman_prefix.text(),
            receiver_title=self.receiver_title.text(),
            hours=self.hours.text(),
            catalog_file=path(self.catalog_file),
            register_file=path(self.register_file),
        )

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.imports or self.caller is not None:
            return super().validateCurrentPage()
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            return False
        values, database = self.values(), self.database
        self.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        self.message.setText(self.tr("Setting up the office…"))
        self.ops.run(lambda _session: set_up_office(database, values), on_done=self._done, on_error=self._refused)
        return False  # the worker's answer moves on (or says why not)

    def set_up(self) -> None:
        """What the commit button does: go to the imports page if needed, then set up the office."""
        for _page in self.pageIds():
            if self.currentPage() in (self.imports, self.sheet):
                break
            self.next()
        if self.currentPage() is self.imports:
            self.next()

    def accept(self) -> None:  # Finish: only from the sheet page, once the sheet was printed or saved
        if self.caller is None:
            self.set_up()
            return
        if self.keys is not None and not self.sheet.kept:
            self.sheet.state.setText(self.tr("Print or save the recovery sheet first."))
            return
        super().accept()

    def reject(self) -> None:  # Cancel, Esc, the window's ×
        if self.caller is not None and self.keys is not None and not self.sheet.kept:
            self.sheet.state.setText(
                self.tr(
                    "The office is set up: print or save the recovery sheet first (Settings "
                    "→ Data key prints it again later)."
                )
            )
            return
        super().reject()

    def _done(self, caller: Caller) -> None:
        self.caller = caller
        self.message.clear()
        self.button(QWizard.WizardButton.CommitButton).setEnabled(True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        if self.keys is None:  # no key store on this desk (it is then locked): nothing to print
            self.sheet.note.setText(
                self.tr(
                    "The office is set up. This desk has no data key: an admin prints the "
                    "recovery sheet from Settings → Data key once the key is here."
                )
            )
            self.sheet.kept = True
            super().accept()
            return
        database, keys = self.database.as_caller(caller), self.keys

        def build() -> tuple[bytes, str]:
            document = recovery_sheet_document(database, keys)
            return render_bytes(document), document.reference

        def shown(result: tuple[bytes, str]) -> None:
            data, fingerprint = result
            self.sheet.preview.load(
                data,
                title=self.tr("Key recovery sheet (fingerprint %1)").replace("%1", fingerprint),
                file_name=f"phieu-khoi-phuc-khoa-{fingerprint}.pdf",
            )

        self.next()
        self.ops.run(
            lambda _session: build(), on_done=shown, on_error=lambda error: self.sheet.state.setText(str(error))
        )

    def _refused(self, error) -> None:
        self.button(QWizard.WizardButton.CommitButton).setEnabled(True)
        self.message.setText(str(error))
