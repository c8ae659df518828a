"""The monthly report (docs/rules.md §5) as one plain object: figures, KPIs, ratings, late dossiers.

report = monthly_report(session, "2025-03")          # the office's period setting
report.to_json()                                      # exactly docs/cli.md's "Monthly report" shape
report.cell("resolved_late", "Hộ tịch")               # the figure; cell_codes(...) gives the dossiers
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from core.office import require_office
from core.reports.figures import COLUMNS, cell_codes, figures
from core.reports.kpis import Kpi, LateDossier, kpis, late_dossiers, ratings, targets
from core.reports.period import Period, period_of
from core.security.access import Permission, requires

__all__ = ["MonthlyReport", "monthly_report", "report_codes"]


@dataclass(frozen=True)
class MonthlyReport:
    """Everything the report's outputs show, computed once for one office and period."""

    unit_code: str
    unit_name: str
    parent_name: str
    place: str
    period: Period
    rows: tuple[dict[str, Any], ...]  # {"field": …, and the 12 keys of `COLUMNS`}, Vietnamese order
    totals: dict[str, int]
    kpis: dict[str, Kpi]
    ratings: dict[str, int]
    late: tuple[LateDossier, ...]
    counts: dict[str, int] = field(default_factory=dict)  # accepted, digitized, with_fee, paid_online, recorded,
    # digitized_recorded (`core.reports.figures.COUNTS`)

    @property
    def fields(self) -> list[str]:
        return [row["field"] for row in self.rows]

    def cell(self, column: str, field_name: str | None = None) -> int:
        """The figure of one cell; ``field_name`` None is the totals row."""
        if field_name is None:
            return self.totals[column]
        for row in self.rows:
            if row["field"] == field_name:
                return row[column]
        return 0

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready data, exactly docs/cli.md's shape (rates 0–1 or None)."""
        return {
            "unit": {"code": self.unit_code, "name": self.unit_name},
            "period": self.period.to_json(),
            "rows": [{"field": row["field"], **{name: row[name] for name in COLUMNS}} for row in self.rows],
            "totals": {name: self.totals[name] for name in COLUMNS},
            "kpis": {key: kpi.rate for key, kpi in self.kpis.items()},
            "ratings": dict(self.ratings),
            "late_dossiers": [item.to_json() for item in self.late],
            "digitized_sources": self.digitized_sources(),
        }

    def digitized_sources(self) -> dict[str, dict[str, int]]:
        """The dossiers accepted in the period behind ``digitized_rate``, by where their flag comes from:
        ``files`` (digitised when every checklist component has a readable file) and ``recorded`` (imported
        registers and dossiers from before attachments, as recorded) — an addition to docs/cli.md's shape."""
        counts = self.counts
        recorded, digitized_recorded = counts.get("recorded", 0), counts.get("digitized_recorded", 0)
        return {
            "files": {
                "accepted": counts.get("accepted", 0) - recorded,
                "digitized": counts.get("digitized", 0) - digitized_recorded,
            },
            "recorded": {"accepted": recorded, "digitized": digitized_recorded},
        }

    def digitized_note(self) -> str:
        """One line saying how the digitised rate was counted, or "" when every dossier counts from files."""
        sources = self.digitized_sources()
        files, recorded = sources["files"], sources["recorded"]
        if not recorded["accepted"]:
            return ""
        if not files["accepted"]:
            return (
                f"Tỷ lệ số hóa theo sổ đã ghi: {recorded['digitized']}/{recorded['accepted']} hồ sơ (nhập từ sổ khác "
                "hoặc tiếp nhận trước khi có tệp đính kèm)."
            )
        return (
            f"Tỷ lệ số hóa: {files['digitized']}/{files['accepted']} hồ sơ tiếp nhận tại Bộ phận Một cửa được số "
            f"hóa theo tệp đính kèm; {recorded['digitized']}/{recorded['accepted']} hồ sơ theo sổ đã ghi (nhập từ "
            "sổ khác hoặc trước khi có tệp đính kèm)."
        )


@requires(Permission.VIEW)
def monthly_report(session: Session, month: str, period: str | None = None) -> MonthlyReport:
    """The report of ``month`` ("YYYY-MM"), cut as ``period`` says (None: the office's setting)."""
    office = require_office(session)
    span = period_of(session, month, period)
    rows, totals, counts = figures(session, span)
    rated = ratings(session, span)
    late = late_dossiers(session, span)
    return MonthlyReport(
        unit_code=office.unit_code,
        unit_name=office.name,
        parent_name=office.parent_name,
        place=office.place,
        period=span,
        rows=tuple(rows),
        totals=totals,
        kpis=kpis(counts, totals, rated, late, targets(session)),
        ratings=rated,
        late=tuple(late),
        counts=counts,
    )


@requires(Permission.VIEW)
def report_codes(
    session: Session, report: MonthlyReport | Period, column: str, field_name: str | None = None
) -> list[str]:
    """The codes of the dossiers behind a cell of ``report`` (or of a bare period); "late" for the annex."""
    span = report.period if isinstance(report, MonthlyReport) else report
    return cell_codes(session, span, column, field_name)
