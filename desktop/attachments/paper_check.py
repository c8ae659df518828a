"""What a scanned paper may be, checked on this desk before anything is sent to core.

    media_type = check_paper(path)      # "application/pdf" | "image/jpeg" | "image/png", or UserError

The intake page holds the files a clerk picks until the dossier is accepted; this check lets her hear at
once that a file is not a PDF, JPEG or PNG (by its content, not only its name), is a PDF with a password
or a broken one, or cannot be read. Core checks every file again when it stores it (`core.attachments`):
this is only the early word, never the protection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImageReader
from PySide6.QtPdf import QPdfDocument

from core.errors import UserError

__all__ = ["SUFFIXES", "MEDIA_TYPES", "FILE_FILTER_PATTERNS", "is_paper_name", "sniff", "check_paper",
           "check_paper_bytes"]

#: The file names a scanned paper may have, and the media type each promises.
SUFFIXES: dict[str, str] = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                            ".png": "image/png"}
MEDIA_TYPES = frozenset(SUFFIXES.values())
#: For a file dialog's filter: ``*.pdf *.jpg *.jpeg *.png``.
FILE_FILTER_PATTERNS = " ".join(f"*{suffix}" for suffix in SUFFIXES)
_MAGIC = ((b"%PDF-", "application/pdf"), (b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"))
#: A PDF's header may come after a little junk (some scanners write a few bytes first; readers accept 1024).
_PDF_SLACK = 1024


def is_paper_name(name: str | Path) -> bool:
    """True for a name ending in .pdf, .jpg, .jpeg or .png (any case)."""
    return Path(name).suffix.lower() in SUFFIXES


def sniff(head: bytes) -> str | None:
    """The media type the first bytes of a file show, or None."""
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    return "application/pdf" if b"%PDF-" in head[:_PDF_SLACK] else None


def _refuse(name: str, vi: str, en: str) -> UserError:
    return UserError(f"Không đính kèm được tệp {name}: {vi}.", f"Cannot attach {name}: {en}.")


def check_paper_bytes(name: str, data: bytes) -> str:
    """The media type of the paper ``data`` named ``name``; a `UserError` of one line when it cannot be one."""
    promised = SUFFIXES.get(Path(name).suffix.lower())
    if promised is None:
        raise _refuse(name, "chỉ nhận tệp PDF, JPEG hoặc PNG", "only PDF, JPEG or PNG files are accepted")
    if not data:
        raise _refuse(name, "tệp rỗng", "the file is empty")
    found = sniff(data[:_PDF_SLACK])
    if found != promised:
        raise _refuse(name, "nội dung tệp không phải " + _word(promised) + " như tên tệp", "its content is not "
                      + _word(promised) + " as its name says")
    if found == "application/pdf":
        _check_pdf(name, data)
    else:
        _check_image(name, data)
    return found


def check_paper(path: str | Path) -> str:
    """`check_paper_bytes` of the file at ``path`` (a file that cannot be read is one line too)."""
    path = Path(path)
    if not is_paper_name(path):
        raise _refuse(path.name, "chỉ nhận tệp PDF, JPEG hoặc PNG", "only PDF, JPEG or PNG files are accepted")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _refuse(path.name, "không tìm thấy tệp", "the file is not there") from None
    except OSError:
        raise _refuse(path.name, "không đọc được tệp (tệp đang mở ở chương trình khác hoặc không có quyền đọc)",
                      "the file cannot be read (open in another program, or not allowed)") from None
    return check_paper_bytes(path.name, data)


def _word(media_type: str) -> str:
    return {"application/pdf": "PDF", "image/jpeg": "ảnh JPEG", "image/png": "ảnh PNG"}[media_type]


def _check_pdf(name: str, data: bytes) -> None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        error = document.error()
        if error == QPdfDocument.Error.IncorrectPassword:
            raise _refuse(name, "PDF có mật khẩu; hãy quét hoặc lưu lại không đặt mật khẩu",
                          "the PDF has a password; scan or save it again without one")
        if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise _refuse(name, "tệp PDF bị hỏng hoặc không đọc được", "the PDF is broken or unreadable")
    finally:
        document.close()
        buffer.close()


def _check_image(name: str, data: bytes) -> None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()  # the header only: a huge photo is not decoded here
    buffer.close()
    if not reader.canRead() or size.isEmpty():
        raise _refuse(name, "ảnh bị hỏng hoặc không đọc được", "the image is broken or unreadable")
