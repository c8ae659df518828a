"""Printed forms of both legal profiles (TT 01/2018 and TT 03/2025), built as data, drawn as PDF last.

    doc = build_receipt(session, "H40.25.12-250106-0001")   # a Document: plain dataclasses
    render_pdf(doc, "giay-tiep-nhan.pdf")                     # ReportLab, A4, NĐ 30/2020 layout
    print_form(session, "apology", "H40.25.12-250106-0001", "xin-loi.pdf")

Each dossier prints with the forms of its own profile (``dossier.profile``); a slip with its own.
"""

from __future__ import annotations

import datetime as dt
from os import PathLike
from pathlib import Path

from sqlmodel import Session

from core.documents.forms_followup import apology, control_sheet, latest_apology, stop_notice
from core.documents.forms_intake import find_slip, guidance_slip, receipt, slip_reference
from core.documents.forms_register import register
from core.documents.model import Document, text_of
from core.dossiers import get_dossier
from core.errors import UserError
from core.models import Apology
from core.security import audit
from core.security.access import Permission, requires

__all__ = [
    "DOSSIER_KINDS",
    "KINDS",
    "SLIP_KINDS",
    "Document",
    "build_apology",
    "build_control_sheet",
    "build_form",
    "build_receipt",
    "build_refusal",
    "build_register",
    "build_stop_notice",
    "build_supplement",
    "print_form",
    "print_register",
    "render_bytes",
    "render_pdf",
    "slip_reference",
    "text_of",
]

#: Forms printed for an accepted dossier (by its code) and slips of a dossier not accepted (by slip number).
DOSSIER_KINDS = ("receipt", "apology", "stop", "control-sheet")
SLIP_KINDS = ("supplement", "refusal")
KINDS = DOSSIER_KINDS + SLIP_KINDS


def render_pdf(document: Document, path: str | PathLike[str]) -> Path:
    """Draw ``document`` into the PDF file ``path`` (ReportLab is imported on the first drawing)."""
    from core.documents import render

    return render.render_pdf(document, path)


def render_bytes(document: Document) -> bytes:
    """Draw ``document`` as PDF bytes (for a preview)."""
    from core.documents import render

    return render.render_bytes(document)


@requires(Permission.PRINT)
def build_receipt(session: Session, code: str) -> Document:
    audit.note(session, "in giấy tiếp nhận", dossier=code)
    return receipt(session, get_dossier(session, code))


@requires(Permission.PRINT)
def build_supplement(session: Session, slip_number: str) -> Document:
    """Phiếu yêu cầu bổ sung of the slip ``PBS-<year>-<number>``."""
    audit.note(session, "in phiếu yêu cầu bổ sung", slip=slip_number)
    return guidance_slip(session, find_slip(session, "supplement", slip_number))


@requires(Permission.PRINT)
def build_refusal(session: Session, slip_number: str) -> Document:
    """Phiếu từ chối tiếp nhận of the slip ``PTC-<year>-<number>``."""
    audit.note(session, "in phiếu từ chối", slip=slip_number)
    return guidance_slip(session, find_slip(session, "refusal", slip_number))


@requires(Permission.PRINT)
def build_apology(session: Session, code: str, row: Apology | None = None) -> Document:
    """The apology letter of ``row``, by default the dossier's latest one."""
    dossier = get_dossier(session, code)
    audit.note(session, "in phiếu xin lỗi", dossier=dossier.code)
    return apology(session, dossier, row or latest_apology(session, dossier))


@requires(Permission.PRINT)
def build_stop_notice(session: Session, code: str) -> Document:
    audit.note(session, "in thông báo dừng", dossier=code)
    return stop_notice(session, get_dossier(session, code))


@requires(Permission.PRINT)
def build_control_sheet(session: Session, code: str) -> Document:
    audit.note(session, "in phiếu kiểm soát", dossier=code)
    return control_sheet(session, get_dossier(session, code))


@requires(Permission.EXPORT_PERSONAL)
def build_register(session: Session, since: dt.date, until: dt.date, *, profile: str | None = None) -> Document:
    audit.note(session, "in sổ theo dõi hồ sơ", since=since.isoformat(), until=until.isoformat())
    return register(session, since, until, profile=profile)


def _evaluation_sheet(session: Session, code: str) -> Document:
    from core.documents.forms_evaluation import build_evaluation_sheet  # the evaluation rules load only here

    return build_evaluation_sheet(session, code)


_BUILDERS = {
    "receipt": build_receipt,
    "supplement": build_supplement,
    "refusal": build_refusal,
    "apology": build_apology,
    "stop": build_stop_notice,
    "control-sheet": build_control_sheet,
    "evaluation": _evaluation_sheet,
}


@requires(Permission.PRINT)
def build_form(session: Session, kind: str, reference: str) -> Document:
    """The form ``kind`` of a dossier code (or, for supplement/refusal, of a slip number)."""
    builder = _BUILDERS.get(kind)
    if builder is None:
        raise UserError(
            f'Không có biểu mẫu "{kind}": chọn một trong {", ".join(KINDS)}.',
            f'Unknown form "{kind}": one of {", ".join(KINDS)}.',
        )
    return builder(session, reference)


@requires(Permission.PRINT)
def print_form(session: Session, kind: str, reference: str, out_path: str | PathLike[str]) -> Path:
    """Build and render one form to ``out_path``; nothing is written when the form cannot be built."""
    return render_pdf(build_form(session, kind, reference), out_path)


@requires(Permission.EXPORT_PERSONAL)
def print_register(session: Session, since: dt.date, until: dt.date, out_path: str | PathLike[str]) -> Path:
    return render_pdf(build_register(session, since, until), out_path)
