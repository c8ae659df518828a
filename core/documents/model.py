"""A printed form as plain data: what it says, not how it is drawn.

Builders (``forms_*.py``) turn ORM rows into a `Document`; `core.documents.render` draws any
`Document` with ReportLab. Tests read these dataclasses directly, no PDF needed. Every text held
here is already NFC (`core.text.nfc`) and in its final case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Block",
    "Cell",
    "Document",
    "Field",
    "Fields",
    "Header",
    "PageBreak",
    "Paragraph",
    "Recipients",
    "Signature",
    "Signatures",
    "Table",
    "text_of",
]

ParagraphStyle = Literal["body", "plain", "center", "italic", "note", "strong", "address"]


@dataclass(frozen=True)
class Header:
    """The NĐ 30/2020 two-column header (ô 1–4) and the form's legal note at the top right."""

    parent_body: str  # ô 2, upper line (regular), may be ""
    issuing_body: str  # ô 2, lower line (bold, short rule under it)
    number: str = ""  # ô 3, "Số: …"; "" leaves it out
    place_date: str = ""  # ô 4, "<Địa danh>, ngày 05 tháng 01 năm 2025"; "" leaves it out
    form_note: str = ""  # "(Mẫu số 01 ban hành kèm theo Thông tư số …)"; "" leaves it out
    national: bool = True  # print the Quốc hiệu and Tiêu ngữ (the register leaves them out)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text."""

    text: str
    style: ParagraphStyle = "body"


@dataclass(frozen=True)
class Field:
    """A "label: value" line; ``strong`` prints the value in bold."""

    label: str
    value: str
    strong: bool = False


@dataclass(frozen=True)
class Fields:
    """Consecutive field lines; ``qr`` puts a QR code of that text beside them (the receipt)."""

    items: tuple[Field, ...]
    qr: str = ""


@dataclass(frozen=True)
class Cell:
    """A table cell: its text (lines split on "\\n") and optional signature boxes under it."""

    text: str = ""
    signatures: tuple[str, ...] = ()  # e.g. ("Người giao", "Người nhận"): a captioned box for each


@dataclass(frozen=True)
class Table:
    """A ruled table. ``widths`` are relative (they are scaled to the frame's width)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]
    numeric: tuple[int, ...] = ()  # indexes of centred (count-like) columns
    font_size: float = 11
    repeat_header: bool = True


@dataclass(frozen=True)
class Signature:
    """A signature block (ô 7): authority prefix, position, "(Ký …)" hint, space, name."""

    title: str  # upper case, bold: "NGƯỜI TIẾP NHẬN HỒ SƠ", "CHỦ TỊCH"
    prefix: str = ""  # "TM. ỦY BAN NHÂN DÂN"
    hint: str = "(Ký và ghi rõ họ tên)"
    name: str = ""


@dataclass(frozen=True)
class Signatures:
    """One row of signature blocks; a single block sits on the right half (NĐ 30)."""

    blocks: tuple[Signature, ...]


@dataclass(frozen=True)
class Recipients:
    """ "Nơi nhận:" (ô 9b), printed at the left of the last signature row."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    """What follows starts on a new page (e.g. the annex after the signature)."""


Block = Paragraph | Fields | Table | Signatures | Recipients | PageBreak


@dataclass(frozen=True)
class Document:
    """A whole form: header, title, subtitle lines, then blocks in order."""

    kind: str  # receipt | supplement | refusal | apology | stop | control-sheet | register
    profile: str  # nd61-2018 | nd118-2025
    header: Header
    title: str  # upper case
    subtitles: tuple[str, ...] = ()  # centred lines under the title (e.g. the register's period)
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    landscape: bool = False
    page_numbers: bool = False
    reference: str = ""  # the dossier code or slip number, for file names and look-ups


def text_of(document: Document) -> str:
    """All the document's words in reading order, one item a line: for tests and search."""
    h = document.header
    lines = [h.form_note, h.parent_body, h.issuing_body, h.number, h.place_date, document.title, *document.subtitles]
    for block in document.blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Fields):
            lines += [f"{f.label}: {f.value}" if f.label else f.value for f in block.items]
        elif isinstance(block, Table):
            lines.append(" | ".join(block.columns))
            lines += [" | ".join(c.text for c in row) for row in block.rows]
        elif isinstance(block, Signatures):
            for s in block.blocks:
                lines += [s.prefix, s.title, s.hint, s.name]
        elif isinstance(block, Recipients):
            lines += ["Nơi nhận:", *block.lines]
    return "\n".join(line for line in lines if line)
