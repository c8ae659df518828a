"""What the late page asks core, as functions of a session run on the worker thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from core.apologies import ApologyDraft, IssuedApology, draft_apology, issue_apology
from core.board import Board, desk_board
from core.documents import build_apology, render_bytes

__all__ = ["ApologyInput", "fetch_board", "fetch_draft", "fetch_letter", "issue", "letter_file_name"]


@dataclass(frozen=True)
class ApologyInput:
    """The apology dialog's values, as the clerk left them."""

    code: str
    reason: str
    fault: str
    new_due_at: dt.datetime
    signer: str
    sent_via: str
    override: bool = False
    override_reason: str = ""


def fetch_board(session: Session, at: dt.datetime) -> Board:
    return desk_board(session, at)


def fetch_draft(session: Session, code: str, at: dt.datetime) -> ApologyDraft:
    return draft_apology(session, code, at=at)


def issue(session: Session, values: ApologyInput, *, is_admin: bool, at: dt.datetime) -> IssuedApology:
    """Record the apology (write); the admin override counts only when the clerk ticked it."""
    return issue_apology(
        session,
        values.code,
        reason=values.reason,
        fault=values.fault,
        new_due_at=values.new_due_at,
        signer=values.signer,
        sent_via=values.sent_via,
        is_admin=is_admin and values.override,
        override_reason=values.override_reason,
        at=at,
    )


def fetch_letter(session: Session, code: str) -> bytes:
    """The dossier's latest apology letter (Mẫu 04 of its profile) as PDF bytes."""
    return render_bytes(build_apology(session, code))


def letter_file_name(code: str) -> str:
    return f"thu-xin-loi-{code}.pdf"
