"""The office as the GUI shows it: plain data read on the worker thread."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from core.office import get_office, init_office

__all__ = ["OfficeInfo", "fetch_office", "save_office"]


@dataclass(frozen=True)
class OfficeInfo:
    unit_code: str
    name: str
    place: str
    parent_name: str


def _info(office) -> OfficeInfo:
    return OfficeInfo(office.unit_code, office.name, office.place, office.parent_name)


def fetch_office(session: Session) -> OfficeInfo | None:
    """The office, or None before it is set up (worker thread)."""
    office = get_office(session)
    return _info(office) if office is not None else None


def save_office(session: Session, info: OfficeInfo) -> OfficeInfo:
    """Create or update the office; core validates (worker thread, in a transaction)."""
    return _info(
        init_office(session, unit_code=info.unit_code, name=info.name, place=info.place, parent_name=info.parent_name)
    )
