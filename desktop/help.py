"""Trợ giúp: the user guide in a window (F1) and "About", in a Help menu on the main window.

The guide is ``resources/guide/huong-dan-su-dung.md`` with its screenshots in ``resources/guide/images/``
(found through `core.resources`, so in a checkout and in the frozen app alike; it needs no network).
`GuideWindow` shows the Markdown in a `QTextBrowser`: headings get the anchors GitHub gives them, so the
table of contents works in both places, and the screenshots shrink to the window's width.

    menu = install_help_menu(window)      # in MainWindow's constructor
    menu.show_guide()                     # what F1 does; menu.guide is the window
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QImageReader, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from core.resources import resource_path

__all__ = ["GuideWindow", "HelpMenu", "app_version", "guide_path", "install_help_menu", "slug"]

GUIDE_FILE = "huong-dan-su-dung.md"
#: Room left beside a screenshot in the guide window (margins and the scroll bar).
IMAGE_MARGIN = 64
DOCUMENT_MARGIN = 16
#: Space above a heading, by level (the Markdown import leaves none).
HEADING_SPACE = {1: 8, 2: 22, 3: 14}


def guide_path() -> Path:
    """The Markdown of the user guide (raises FileNotFoundError with a Vietnamese message if it is missing)."""
    return resource_path("guide", GUIDE_FILE)


def app_version() -> str:
    """The installed version of the ``motcua`` package, or "?" when it is not installed (a bare checkout)."""
    try:
        return metadata.version("motcua")
    except metadata.PackageNotFoundError:
        return "?"


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


class GuideWindow(QWidget):
    """The guide, read-only, in its own window; links to other sites open in the browser."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("User guide"))
        self.path = path or guide_path()
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(False)  # anchors here, other sites in the browser (see _follow)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSearchPaths([str(self.path.parent)])
        self._image_widths: dict[str, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.load()
        self.resize(1000, 700)

    def load(self) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)), QTextDocument.ResourceType.MarkdownResource)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._name_headings()
        self.fit_images()

    def document(self) -> QTextDocument:
        return self.browser.document()

    def headings(self) -> list[tuple[int, str]]:
        """(level, text) of every heading, in order."""
        found, block = [], self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.append((block.blockFormat().headingLevel(), block.text()))
            block = block.next()
        return found

    def image_names(self) -> list[str]:
        """The image files the guide shows, as written in it (relative to the guide)."""
        names, block = [], self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    names.append(fragment.charFormat().toImageFormat().name())
                iterator += 1
            block = block.next()
        return names

    def _name_headings(self) -> None:
        """Each heading: its GitHub anchor (the table of contents links to it) and some room above it."""
        block = self.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                cursor = QTextCursor(block)
                spaced = block.blockFormat()
                spaced.setTopMargin(HEADING_SPACE.get(level, 8) if block.position() else 0)
                spaced.setBottomMargin(6)
                cursor.setBlockFormat(spaced)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                anchor = cursor.charFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([slug(block.text())])
                cursor.mergeCharFormat(anchor)
            block = block.next()

    def fit_images(self) -> None:
        """Every screenshot at its own size, or as wide as the window when that is narrower."""
        room = max(200, self.browser.viewport().width() - IMAGE_MARGIN)
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    width = min(self._natural_width(image.name()), room)
                    if width and abs(image.width() - width) > 0.5:
                        image.setWidth(width)
                        cursor = QTextCursor(self.document())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                iterator += 1
            block = block.next()

    def _natural_width(self, name: str) -> int:
        if name not in self._image_widths:
            self._image_widths[name] = QImageReader(str(self.path.parent / name)).size().width()
        return self._image_widths[name]

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and (not url.path() or url.path().endswith(GUIDE_FILE)):
            self.browser.scrollToAnchor(url.fragment(QUrl.ComponentFormattingOption.FullyDecoded))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_images()


class HelpMenu(QObject):
    """The "Trợ giúp" menu: the guide (F1) and About; keeps the one guide window it opens."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide: GuideWindow | None = None
        self.about_box: QMessageBox | None = None
        translate = QCoreApplication.translate
        self.menu = window.menuBar().addMenu(translate("Help", "Help"))
        self.guide_action = QAction(translate("Help", "User guide"), window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(translate("Help", "About"), window)
        self.about_action.triggered.connect(self.show_about)
        self.menu.addAction(self.guide_action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)

    def show_guide(self) -> GuideWindow | None:
        if self.guide is None:
            try:
                self.guide = GuideWindow(self.window)
            except FileNotFoundError as missing:
                self._message(QMessageBox.Icon.Warning, str(missing))
                return None
            screen = self.window.screen().availableGeometry()
            self.guide.resize(min(1100, screen.width() - 80), screen.height() - 80)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def about_text(self) -> str:
        translate = QCoreApplication.translate
        location = self.window.database_label.toolTip() if hasattr(self.window, "database_label") else ""
        lines = [
            translate("Help", "<b>One-Stop Office</b> — version %1").replace("%1", app_version()),
            translate(
                "Help",
                "Intake and return of administrative dossiers at the commune's one-stop office, "
                "working without a network.",
            ),
            translate("Help", "Database: %1").replace("%1", location or "—"),
            translate("Help", "Press F1 for the user guide."),
        ]
        return "<p>" + "</p><p>".join(lines) + "</p>"

    def show_about(self) -> QMessageBox:
        return self._message(
            QMessageBox.Icon.Information, self.about_text(), QCoreApplication.translate("Help", "About")
        )

    def _message(self, icon: QMessageBox.Icon, text: str, title: str = "") -> QMessageBox:
        box = QMessageBox(
            icon, title or self.window.windowTitle(), text, QMessageBox.StandardButton.NoButton, self.window
        )
        box.addButton(QCoreApplication.translate("Help", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.finished.connect(box.deleteLater)
        box.open()
        self.about_box = box
        return box


def install_help_menu(window: QMainWindow) -> HelpMenu:
    """Add the "Trợ giúp" menu to ``window``; returns it (the guide window it opens is ``.guide``)."""
    return HelpMenu(window)
