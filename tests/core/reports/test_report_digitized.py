"""The digitised rate counts desk dossiers from their files and reports recorded flags apart (issue 16 §2)."""

from __future__ import annotations

from sqlmodel import select

from core.models import Dossier
from core.reports import monthly_report


def test_recorded_flags_are_counted_apart_and_said_in_a_note(register_database):
    with register_database.transaction() as session:
        for dossier in session.exec(select(Dossier).where(Dossier.code.in_(["H1", "H3"]))):
            dossier.digitized_source = "files"  # H1 digitised from its files, H3 not
            session.add(dossier)
    with register_database.session() as session:
        report = monthly_report(session, "2025-03", "calendar")
    data = report.to_json()
    assert data["kpis"]["digitized_rate"] == 3 / 7  # H1 H2 Đ1, each by its own source
    assert data["digitized_sources"] == {
        "files": {"accepted": 2, "digitized": 1},
        "recorded": {"accepted": 5, "digitized": 2},
    }
    assert report.counts["recorded"] == 5 and report.counts["digitized_recorded"] == 2
    assert (
        report.digitized_note().startswith("Tỷ lệ số hóa: 1/2 hồ sơ")
        and "2/5 hồ sơ theo sổ đã ghi" in report.digitized_note()
    )


def test_no_note_when_every_dossier_counts_from_files(register_database):
    with register_database.transaction() as session:
        for dossier in session.exec(select(Dossier)):
            dossier.digitized_source = "files"
            session.add(dossier)
    with register_database.session() as session:
        report = monthly_report(session, "2025-03", "calendar")
    assert report.digitized_note() == ""
    assert report.to_json()["digitized_sources"]["recorded"] == {"accepted": 0, "digitized": 0}
