"""The dossier list and one dossier's page: `page` (the list, its search and filters in `filters`), `detail`
(one dossier: facts, timeline, papers, the next steps), `table_model` (the list's lazily fetched rows) and
`data` (what the worker reads for them)."""
