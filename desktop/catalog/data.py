"""Catalog data for the editor, read and written on the worker thread through core.procedures."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session

from core.procedures import (
    DURATION_UNITS,
    export_catalog,
    get_procedure,
    import_catalog,
    list_procedures,
    save_procedure,
    search_procedures,
    set_active,
)
from desktop.core_words import word

__all__ = [
    "ProcedureData",
    "export_file",
    "fetch_catalog",
    "fetch_procedure",
    "import_file",
    "save",
    "set_offered",
]


@dataclass(frozen=True)
class ProcedureData:
    """One procedure as plain values (what the table and the dialog show)."""

    code: str
    name: str
    field: str
    duration_unit: str = "day"
    duration: int = 1
    cutoff: str = ""
    fee: int = 0
    fee_note: str = ""
    national_code: str = ""
    result: str = ""
    active: bool = True
    components: tuple[dict[str, Any], ...] = ()
    sources: dict[str, str] = dataclasses.field(default_factory=dict)  # the class's own `field` shadows the name

    @property
    def time_limit(self) -> str:
        if self.duration_unit == "same_day":
            return QCoreApplication.translate("CatalogModel", "Same day (cut-off %1)").replace(
                "%1", self.cutoff or "15:00"
            )
        return f"{self.duration} {word(DURATION_UNITS.get(self.duration_unit, self.duration_unit))}"

    def as_values(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "field": self.field,
            "duration_unit": self.duration_unit,
            "duration": self.duration,
            "cutoff": self.cutoff,
            "fee": self.fee,
            "fee_note": self.fee_note,
            "national_code": self.national_code,
            "result": self.result,
            "components": list(self.components),
            "sources": dict(self.sources),
        }


def _data(p) -> ProcedureData:
    return ProcedureData(
        p.code,
        p.name,
        p.field,
        p.duration_unit,
        p.duration,
        p.cutoff,
        p.fee,
        p.fee_note,
        p.national_code,
        p.result,
        p.active,
        tuple(p.components),
        dict(p.sources),
    )


def fetch_catalog(session: Session, search: str = "") -> list[ProcedureData]:
    """Every procedure, offered or not, or those matching ``search`` (accents ignored)."""
    found = (
        search_procedures(session, search, limit=10_000, include_inactive=True)
        if search.strip()
        else list_procedures(session, include_inactive=True)
    )
    return [_data(p) for p in found]


def fetch_procedure(session: Session, code: str) -> ProcedureData:
    return _data(get_procedure(session, code))


def save(session: Session, data: ProcedureData) -> ProcedureData:
    return _data(save_procedure(session, data.as_values()))


def set_offered(session: Session, code: str, offered: bool) -> ProcedureData:
    return _data(set_active(session, code, offered))


def import_file(session: Session, path: str) -> int:
    return import_catalog(session, Path(path))


def export_file(session: Session, path: str) -> int:
    return export_catalog(session, Path(path))
