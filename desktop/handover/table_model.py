"""The hand-over list as a table model: dossiers still to be entered in the provincial system, oldest first."""

from __future__ import annotations

from core.drafts import CHANNELS
from core.handover.queue import HandoverRow
from core.identity import mask_id_number
from desktop.core_words import word
from desktop.widgets.row_table_model import RowTableModel

__all__ = ["HandoverTableModel"]


class HandoverTableModel(RowTableModel[HandoverRow]):
    """Columns: code, received, applicant, CCCD (masked), procedure, channel, due."""

    CODE, RECEIVED, APPLICANT, ID_NUMBER, PROCEDURE, CHANNEL, DUE = range(7)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Dossier code"),
            self.tr("Received"),
            self.tr("Applicant"),
            self.tr("ID number"),
            self.tr("Procedure"),
            self.tr("Channel"),
            self.tr("Due"),
        )

    def cell_text(self, r: HandoverRow, column: int) -> str:
        return (
            r.code,
            f"{r.received_at:%H:%M %d/%m/%Y}",
            r.applicant_name,
            mask_id_number(r.id_number),
            r.procedure_name,
            word(CHANNELS.get(r.channel, r.channel)),
            f"{r.due_at:%H:%M %d/%m/%Y}",
        )[column]
