"""Draw any `Document` as an A4 PDF with ReportLab platypus: the last step, after the content is built."""

from __future__ import annotations

import io
from os import PathLike
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer, TableStyle
from reportlab.platypus import PageBreak as NewPage
from reportlab.platypus import Paragraph as P
from reportlab.platypus import Table as T

from core.documents.fonts import BOLD, REGULAR
from core.documents.model import (
    Block,
    Cell,
    Document,
    Fields,
    Header,
    PageBreak,
    Paragraph,
    Recipients,
    Signature,
    Signatures,
    Table,
)
from core.documents.styles import cell_styles, page_geometry, styles
from core.files import write_file
from core.text import nfc

# Our drawings are built by this module only: skip ReportLab's per-attribute validation of shapes
# (a QR code is hundreds of rectangles; checking them doubled the time of a receipt).
rl_config.shapeChecking = 0
rl_config.useA85 = 0  # binary streams: smaller and faster than ASCII85 text

__all__ = ["render_bytes", "render_pdf"]

_PLAIN = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def _x(text: str) -> str:
    """Plain text → paragraph markup (escaped, NFC, line breaks kept)."""
    return escape(nfc(text)).replace("\n", "<br/>")


class _Rule(Flowable):
    """A centred horizontal line (under the issuing body and under the motto)."""

    def __init__(self, width: float, space: float = 3.5) -> None:
        super().__init__()
        self.line_width, self.space = width, space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, self.space * 2

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        start = (self.avail - self.line_width) / 2
        self.canv.line(start, self.space, start + self.line_width, self.space)


def _header(header: Header, width: float) -> list[Flowable]:
    s = styles()
    flow: list[Flowable] = []
    if header.form_note:
        flow.append(P(_x(header.form_note), s["form_note"]))
        flow.append(Spacer(1, 2 * mm))
    left_w = width * 0.42
    issuer_w = min(stringWidth(header.issuing_body, BOLD, 12.5), left_w)
    left = [P(_x(header.parent_body), s["parent"])] if header.parent_body else []
    left += [P(_x(header.issuing_body), s["issuer"]), _Rule(issuer_w * 0.4)]
    right: list[Flowable] = []
    if header.national:
        right = [
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", s["national"]),
            P("Độc lập - Tự do - Hạnh phúc", s["motto"]),
            _Rule(stringWidth("Độc lập - Tự do - Hạnh phúc", BOLD, 13)),
        ]
    rows = [[left, right]]
    if header.number or header.place_date:
        rows.append([P(_x(header.number), s["number"]), P(_x(header.place_date), s["place_date"])])
    table = T(rows, colWidths=[left_w, width - left_w])
    table.setStyle(TableStyle([*_PLAIN.getCommands(), ("TOPPADDING", (0, 1), (-1, 1), 4)]))
    return [*flow, table]


class _QrCode(Flowable):
    """A QR code (level M, with its quiet zone) drawn as one filled rectangle per run of dark modules.

    ReportLab's QrCodeWidget encodes twice and builds one shape per module; this encodes once.
    """

    QUIET = 4  # modules of white border the standard asks for

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        code = QRCode(None, QRErrorCorrectLevel.M)
        code.addData(data)
        code.version = code.calculate_version()
        code.makeImpl(False, 0)  # a fixed mask: valid for any reader, and 8× faster than trying all
        self.modules = code.modules
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        unit = self.size / (count + 2 * self.QUIET)
        canvas = self.canv
        canvas.setFillColorRGB(0, 0, 0)
        for row, line in enumerate(self.modules):
            y = self.size - (row + 1 + self.QUIET) * unit
            column = 0
            while column < count:
                if line[column]:
                    start = column
                    while column < count and line[column]:
                        column += 1
                    canvas.rect((start + self.QUIET) * unit, y, (column - start) * unit, unit, stroke=0, fill=1)
                else:
                    column += 1


def _qr(data: str, size: float = 26 * mm) -> Flowable:
    return _QrCode(data, size)


def _fields(block: Fields, width: float) -> list[Flowable]:
    style = styles()["field"]
    lines = []
    for f in block.items:
        value = f"<b>{_x(f.value)}</b>" if f.strong else _x(f.value)
        lines.append(P(f"{_x(f.label)}: {value}" if f.label else value, style))
    if not block.qr:
        return lines
    table = T([[lines, _qr(block.qr)]], colWidths=[width - 30 * mm, 30 * mm])
    table.setStyle(TableStyle([*_PLAIN.getCommands(), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    return [table]


def _cell(cell: Cell, style, caption, width: float) -> list[Flowable]:
    flow: list[Flowable] = [P(_x(cell.text), style)] if cell.text else []
    if cell.signatures:
        boxes = T(
            [[P(_x(name), caption) for name in cell.signatures]],
            rowHeights=[16 * mm],
            colWidths=[width / len(cell.signatures)] * len(cell.signatures),
        )
        boxes.setStyle(TableStyle([*_PLAIN.getCommands(), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
        flow.append(boxes)
    return flow


def _table(block: Table, width: float) -> Flowable:
    th, td, tdc, caption = cell_styles(block.font_size)
    scale = width / sum(block.widths)
    widths = [w * scale for w in block.widths]
    pad = 2.5 if block.font_size < 10 else 3
    body = [
        [_cell(c, tdc if i in block.numeric else td, caption, widths[i] - 2 * pad) for i, c in enumerate(row)]
        for row in block.rows
    ]
    table = T(
        [[P(_x(c), th) for c in block.columns], *body], colWidths=widths, repeatRows=1 if block.repeat_header else 0
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
            ]
        )
    )
    return table


def _signature(sig: Signature) -> list[Flowable]:
    s = styles()
    flow = [P(_x(sig.prefix), s["sig_title"])] if sig.prefix else []
    flow += [P(_x(sig.title), s["sig_title"]), P(_x(sig.hint), s["sig_hint"]), Spacer(1, 18 * mm)]
    return flow + ([P(_x(sig.name), s["sig_name"])] if sig.name else [])


def _recipients(block: Recipients) -> list[Flowable]:
    s = styles()
    lines = [P(_x(line), s["recipients"]) for line in block.lines]
    return [Spacer(1, 2 * mm), P("Nơi nhận:", s["recipients_head"]), *lines]


def _signatures(block: Signatures, width: float, recipients: Recipients | None) -> T:
    cells = [_signature(sig) for sig in block.blocks]
    if len(cells) == 1:  # a lone signer signs on the right half; "Nơi nhận" sits at the left
        cells = [_recipients(recipients) if recipients else [], cells[0]]
    elif recipients:
        cells = [_recipients(recipients), *cells]
    table = T([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(TableStyle([*_PLAIN.getCommands(), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    return table


def _story(document: Document, width: float) -> list[Flowable]:
    s = styles()
    story = _header(document.header, width)
    story.append(P(_x(document.title), s["title"]))
    story += [P(_x(line), s["subtitle"]) for line in document.subtitles]
    story.append(Spacer(1, 3 * mm))
    blocks: list[Block] = list(document.blocks)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Paragraph):
            story.append(P(_x(block.text), s[block.style]))
        elif isinstance(block, Fields):
            story += _fields(block, width)
        elif isinstance(block, Table):
            story += [Spacer(1, 1.5 * mm), _table(block, width), Spacer(1, 2 * mm)]
        elif isinstance(block, Recipients) and not isinstance(following, Signatures):
            story += _recipients(block)
        elif isinstance(block, Signatures):
            previous = blocks[index - 1] if index else None
            signatures = _signatures(block, width, previous if isinstance(previous, Recipients) else None)
            kept = [story.pop()] if story and isinstance(story[-1], P) else []  # never a page of signatures alone
            story.append(KeepTogether([*kept, signatures]))
        elif isinstance(block, PageBreak):
            story.append(NewPage())
    return story


def _numbered_canvas(document: Document):
    """A canvas that knows the page count: "Trang x/y" at the foot (register), or x at the top from page 2."""

    class _Canvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._number(total)
                super().showPage()
            super().save()

        def _number(self, total: int) -> None:
            width, height = self._pagesize
            self.setFont(REGULAR, 10 if document.page_numbers else 13)
            if document.page_numbers:
                self.drawCentredString(width / 2, 8 * mm, f"Trang {self._pageNumber}/{total}")
            elif self._pageNumber > 1:  # NĐ 30: page numbers from the second page, top centre
                self.drawCentredString(width / 2, height - 12 * mm, str(self._pageNumber))

    return _Canvas


def render_bytes(document: Document) -> bytes:
    """The document as PDF bytes."""
    buffer = io.BytesIO()
    size, margins = page_geometry(document.landscape)
    template = BaseDocTemplate(
        buffer,
        pagesize=size,
        title=nfc(document.title),
        subject=document.reference,
        author=nfc(document.header.issuing_body),
        creator="Một Cửa",
        **margins,
    )
    frame = Frame(
        template.leftMargin,
        template.bottomMargin,
        template.width,
        template.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )  # margins exactly as NĐ 30
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    template.build(_story(document, template.width), canvasmaker=_numbered_canvas(document))
    return buffer.getvalue()


def render_pdf(document: Document, path: str | PathLike[str]) -> Path:
    """Write the document to ``path`` whole (`core.files.write_file`): a PDF a reader holds open gives one
    line (`FileInUse`), and no side file is left."""

    return write_file(path, render_bytes(document))
