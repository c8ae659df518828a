"""Reconciliation: match the provincial system's export with our dossiers, mark the matches entered.

Each provincial row is matched, in this order (docs/handover-format.md):

1. its provincial code is already recorded on one of our dossiers;
2. the same CCCD (if several of our dossiers share it: the one of the same acceptance date and procedure);
3. the same acceptance date, the same procedure (national code, our code, or a close name) and a close
   applicant name: folded (no marks, đ→d, NFD and NFC alike), at most `NAME_DISTANCE` edits apart and
   at most a fifth of the name's length. Two different CCCDs never match.

A dossier two provincial rows match is a **double entry**: reported with both codes, never merged
nor marked. A row that fits several of our dossiers equally is **ambiguous**: listed, not marked.
Only dossiers still to be entered are marked; what stays unmatched is listed on both sides.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, or_
from sqlmodel import Session, col, select

from core.handover.mapping import ProvincialRow, provincial_rows, read_provincial, resolve_mapping, save_mapping
from core.handover.queue import HandoverRow, mark_entered
from core.models import Dossier, Procedure
from core.security.access import Permission, requires
from core.security.protect import cipher_of
from core.text import fold

__all__ = [
    "NAME_DISTANCE",
    "Double",
    "Match",
    "ReconcileResult",
    "Unmatched",
    "levenshtein",
    "names_close",
    "reconcile",
]

#: The most single-letter edits between two folded names that still count as the same person.
NAME_DISTANCE = 2


def levenshtein(a: str, b: str) -> int:
    """Edits (insert, delete, replace one character) that turn ``a`` into ``b``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def names_close(a: str, b: str) -> bool:
    """Same person's name, allowing a typo: folded, ≤ NAME_DISTANCE edits and ≤ 1/5 of the length."""
    a, b = fold(a), fold(b)
    if not a or not b:
        return False
    distance = levenshtein(a, b)
    return distance <= NAME_DISTANCE and distance * 5 <= max(len(a), len(b))


@dataclass(frozen=True)
class Match:
    code: str
    province_code: str
    how: str  # code | cccd | name
    line: int


@dataclass(frozen=True)
class Double:
    code: str
    province_codes: tuple[str, ...]
    lines: tuple[int, ...]


@dataclass(frozen=True)
class Unmatched:
    """A provincial row that matched none of our dossiers, or several (``reason``)."""

    line: int
    province_code: str
    applicant_name: str
    id_number: str
    procedure: str
    received: str
    reason: str  # none | ambiguous | no_code


@dataclass
class ReconcileResult:
    mapping: dict[str, str]
    rows: int = 0
    marked: list[Match] = field(default_factory=list)
    already: list[Match] = field(default_factory=list)
    doubles: list[Double] = field(default_factory=list)
    unmatched_ours: list[HandoverRow] = field(default_factory=list)
    unmatched_theirs: list[Unmatched] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        ours = [
            {**asdict(r), "received_at": f"{r.received_at:%Y-%m-%d %H:%M}", "due_at": f"{r.due_at:%Y-%m-%d %H:%M}"}
            for r in self.unmatched_ours
        ]
        return {
            "mapping": self.mapping,
            "rows": self.rows,
            "marked": [asdict(m) for m in self.marked],
            "already": [asdict(m) for m in self.already],
            "doubles": [asdict(d) for d in self.doubles],
            "unmatched_ours": ours,
            "unmatched_theirs": [asdict(u) for u in self.unmatched_theirs],
        }


class _Candidates:
    """Our dossiers a row may be: every pending one; entered ones of the file's period, CCCDs or codes."""

    def __init__(self, session: Session, rows: list[ProvincialRow]) -> None:
        days = [r.day for r in rows if r.day]
        clauses: list[ColumnElement[bool]] = [col(Dossier.handover) == "pending"]
        if days:
            since = dt.datetime.combine(min(days) - dt.timedelta(days=1), dt.time())
            clauses.append((col(Dossier.handover) == "entered") & (col(Dossier.received_at) >= since))
        cipher = cipher_of(session)  # CCCDs are encrypted: look them up by their keyed hashes
        hashes = sorted({cipher.search_hash(r.id_number) for r in rows if r.id_number}) if cipher else []
        for column, values in (
            (col(Dossier.province_code), [r.province_code for r in rows if r.province_code]),
            (col(Dossier.id_number_hash), hashes),
        ):
            for start in range(0, len(values), 500):
                clauses.append(column.in_(values[start : start + 500]))
        self.dossiers = list(session.exec(select(Dossier).where(or_(*clauses)).order_by(col(Dossier.received_at))))
        ids = {d.procedure_id for d in self.dossiers if d.procedure_id}
        query = select(col(Procedure.id), col(Procedure.national_code)).where(col(Procedure.id).in_(ids or {0}))
        self.national = {pid: code or "" for pid, code in session.execute(query)}
        self.by_province = {d.province_code: d for d in self.dossiers if d.province_code}
        self.by_id: dict[str, list[Dossier]] = defaultdict(list)
        for d in self.dossiers:
            if d.id_number:
                self.by_id[d.id_number].append(d)

    def same_procedure(self, dossier: Dossier, text: str) -> bool:
        if not text:
            return True
        key = fold(text)
        codes = {fold(dossier.procedure_code), fold(self.national.get(dossier.procedure_id or 0, ""))} - {""}
        name = fold(dossier.procedure_name)
        return key in codes or key == name or SequenceMatcher(None, key, name).ratio() >= 0.8

    def find(self, row: ProvincialRow) -> tuple[list[Dossier], str]:
        if row.province_code in self.by_province:
            return [self.by_province[row.province_code]], "code"
        if row.id_number and row.id_number in self.by_id:
            found = self.by_id[row.id_number]
            for narrow in (
                lambda d: d.received_at.date() == row.day and self.same_procedure(d, row.procedure),
                lambda d: d.received_at.date() == row.day,
            ):
                if len(found) > 1:
                    found = [d for d in found if narrow(d)] or found
            return found, "cccd"
        if not (row.day and row.applicant_name):
            return [], "name"
        return [
            d
            for d in self.dossiers
            if d.received_at.date() == row.day
            and not (d.id_number and row.id_number)
            and self.same_procedure(d, row.procedure)
            and names_close(d.applicant_name, row.applicant_name)
        ], "name"


def _unmatched(row: ProvincialRow, reason: str) -> Unmatched:
    return Unmatched(
        row.line, row.province_code, row.applicant_name, row.id_number, row.procedure, row.received_text, reason
    )


@requires(Permission.HANDOVER)
def reconcile(
    session: Session,
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    apply: bool = True,
    at: dt.datetime | None = None,
) -> ReconcileResult:
    """Match the provincial export ``path`` and, with ``apply``, mark the matches entered and remember the mapping."""
    table = read_provincial(path)
    used = resolve_mapping(session, table.header, mapping)
    rows = provincial_rows(table, used)
    result = ReconcileResult(mapping=used, rows=len(rows))
    candidates = _Candidates(session, rows)
    hits: dict[str, list[tuple[ProvincialRow, str]]] = defaultdict(list)
    by_code = {d.code: d for d in candidates.dossiers}
    for row in rows:
        if not row.province_code:
            result.unmatched_theirs.append(_unmatched(row, "no_code"))
            continue
        found, how = candidates.find(row)
        if len(found) == 1:
            hits[found[0].code].append((row, how))
        else:
            result.unmatched_theirs.append(_unmatched(row, "ambiguous" if found else "none"))
    for code, matched in hits.items():
        dossier = by_code[code]
        province_codes = sorted({r.province_code for r, _ in matched} | ({dossier.province_code} - {""}))
        first, how = matched[0]
        if len(province_codes) > 1:
            result.doubles.append(Double(code, tuple(province_codes), tuple(r.line for r, _ in matched)))
        elif dossier.handover == "entered":
            result.already.append(Match(code, first.province_code, how, first.line))
        else:
            result.marked.append(Match(code, first.province_code, how, first.line))
    if apply:
        for match in result.marked:
            mark_entered(session, match.code, match.province_code, at=at, how="reconcile")
        save_mapping(session, used)
    settled = {m.code for m in result.marked} | {d.code for d in result.doubles}
    result.unmatched_ours = [_row(d) for d in candidates.dossiers if d.handover == "pending" and d.code not in settled]
    return result


def _row(d: Dossier) -> HandoverRow:
    return HandoverRow(
        d.code,
        d.received_at,
        d.applicant_name,
        d.id_number,
        d.procedure_name,
        d.channel,
        d.due_at,
        d.handover,
        d.province_code,
    )
