"""Handing dossiers and reports over to the provincial system (docs/handover-format.md).

`queue` (the dossiers still to enter, marks of what was entered), `mode` (offline-first or outage-only, the
outage switch), `export` (the office's layout), `national` (the national portal's field names and status
codes, mapped by `resources/handover/national.json`), `mapping` (reading a provincial export) and `reconcile`
(matching it against the register).
"""
