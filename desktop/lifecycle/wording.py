"""A dossier's events in words (Vietnamese through the translator): what happened, and its detail."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.lifecycle import CORRECTABLE_FIELDS, STOP_KINDS
from desktop.core_words import word
from desktop.lifecycle.data import CHOICES, EventLine

translate = QCoreApplication.translate
__all__ = ["event_detail", "event_title", "fill", "moment", "stored_moment"]


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2… replaced by ``values`` (Qt's placeholders, as translators write them)."""
    for number in range(len(values), 0, -1):  # %10 before %1
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


def moment(value: dt.datetime | None) -> str:
    """``08:30 ngày 12/01/2026`` (empty for None)."""
    if value is None:
        return ""
    return fill(translate("Lifecycle", "%1 on %2"), f"{value:%H:%M}", f"{value:%d/%m/%Y}")


def stored_moment(text: str) -> str:
    """A moment stored in an event's detail as ``YYYY-MM-DD HH:MM``, in words."""
    try:
        return moment(dt.datetime.strptime(str(text), "%Y-%m-%d %H:%M"))
    except ValueError:
        return str(text)


def event_title(kind: str) -> str:
    titles = {
        "received": translate("Lifecycle", "Dossier accepted"),
        "handed_over": translate("Lifecycle", "Handed over for processing"),
        "supplement_requested": translate("Lifecycle", "Supplement requested"),
        "resumed": translate("Lifecycle", "Processing resumed"),
        "result_ready": translate("Lifecycle", "Result ready"),
        "returned": translate("Lifecycle", "Result returned"),
        "stopped": translate("Lifecycle", "Stopped or withdrawn"),
        "corrected": translate("Lifecycle", "Intake details corrected"),
        "apology_issued": translate("Lifecycle", "Apology issued, new appointment"),
        "rated": translate("Lifecycle", "Citizen's rating"),
        "rating_commented": translate("Lifecycle", "Citizen's comment on the rating"),
        "rating_corrected": translate("Lifecycle", "Rating corrected"),
        "evaluated": translate("Lifecycle", "Evaluation sheet scored"),
        "handover_entered": translate("Lifecycle", "Entered in the provincial system"),
        "handover_pending": translate("Lifecycle", "To enter in the provincial system"),
        "attached": translate("Lifecycle", "Scanned paper attached"),
    }
    titles["result"] = titles["result_ready"]  # older records and the demo office
    return titles.get(kind, kind)


def _value(field: str, value: Any) -> str:
    text = str(value or "")
    return word(CHOICES.get(field, {}).get(text, text)) or translate("Lifecycle", "(empty)")


def _corrected(d: dict[str, Any]) -> str:
    field = str(d.get("field", ""))
    text = fill(
        translate("Lifecycle", "%1: “%2” → “%3”. Reason: %4."),
        word(CORRECTABLE_FIELDS.get(field, field)),
        _value(field, d.get("old")),
        _value(field, d.get("new")),
        d.get("reason", ""),
    )
    version = translate("Lifecycle", "Receipt version %1.")
    return f"{text} {fill(version, d.get('receipt_version', ''))}"


def _handed_over(d: dict[str, Any]) -> str:
    text = fill(translate("Lifecycle", "From %1 to %2."), d.get("from", ""), d.get("to", ""))
    note = translate("Lifecycle", "Note: %1")
    return f"{text} {fill(note, d['note'])}" if d.get("note") else text


def _supplement(d: dict[str, Any]) -> str:
    text = fill(translate("Lifecycle", "Reason: %1."), d.get("reason", ""))
    items = "; ".join(str(i) for i in d.get("items") or [])
    to_add = translate("Lifecycle", "To add: %1.")
    return f"{text} {fill(to_add, items)}" if items else text


def event_detail(event: EventLine) -> str:
    d, kind = event.detail, event.kind
    if kind in ("received", "resumed") and d.get("due_at"):
        return fill(translate("Lifecycle", "Due: %1"), stored_moment(d["due_at"]))
    if kind == "handed_over":
        return _handed_over(d)
    if kind == "supplement_requested":
        return _supplement(d)
    if kind in ("result_ready", "result"):
        return str(d.get("note") or "")
    if kind == "returned":
        return fill(translate("Lifecycle", "Collected by %1"), d["collected_by"]) if d.get("collected_by") else ""
    if kind == "stopped":
        label = word(STOP_KINDS.get(str(d.get("kind", "")), str(d.get("kind", ""))))
        return f"{label}: {d['reason']}" if d.get("reason") else label
    if kind == "corrected":
        return _corrected(d)
    if kind == "apology_issued":
        return fill(
            translate("Lifecycle", "New appointment: %1. Reason: %2."),
            stored_moment(d.get("new_due_at", "")),
            d.get("reason", ""),
        )
    if kind in ("rated", "rating_commented", "rating_corrected", "evaluated"):
        return _satisfaction(kind, d)
    if kind == "attached":
        return fill(
            translate("Lifecycle", "%1 → %2 (%3 page(s))"),
            d.get("file_name", ""),
            d.get("component", ""),
            d.get("pages", ""),
        )
    return "; ".join(f"{k}: {v}" for k, v in d.items())


def _satisfaction(kind: str, d: dict[str, Any]) -> str:
    """The rating and evaluation events of issue 5 (levels and who entered them are core's Vietnamese words)."""
    from core.satisfaction.ratings import ENTERED_BY, LEVELS

    def level(value: Any) -> str:  # a level not in LEVELS (a damaged event) is shown as it is
        return word(LEVELS[value]) if value in LEVELS else str(value)

    if kind == "rated":
        text = f"{level(d.get('level'))} ({word(ENTERED_BY.get(str(d.get('entered_by')), ''))})"
        return f"{text}. {d['comment']}" if d.get("comment") else text
    if kind == "rating_commented":
        return str(d.get("comment", ""))
    if kind == "rating_corrected":
        return fill(
            translate("Lifecycle", "%1 → %2. Reason: %3."),
            level(d.get("old")),
            level(d.get("new")),
            d.get("reason", ""),
        )
    totals = ["—" if d.get(k) is None else d[k] for k in ("self_total", "reviewed_total")]
    return fill(translate("Lifecycle", "Self-score %1, reviewed %2: %3"), *totals, d.get("grade") or "—")
