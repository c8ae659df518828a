"""The Ratings screen and the citizen's rating window (issue 5).

`rating_window` is the citizen-facing window and `desk` opens it after a return and records the choice;
`figures_view` (with `figures_model`) shows satisfaction by field, officer, channel and month;
`evaluation_editor` edits and prints a dossier's evaluation sheet; `survey_setup` edits paper
questionnaires and `transcription` keys paper forms fast. `data` holds the worker-side functions.
"""
