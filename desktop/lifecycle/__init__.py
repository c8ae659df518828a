"""A dossier's page and its lifecycle: the data it shows, the steps it offers, the dialogs that ask.

`data` reads a dossier for its page, `actions` runs a step through core (worker thread), `wording`
puts events into Vietnamese words, `dialogs` and `correct_dialog` ask for a step's details, and
`documents` reprints forms.
"""
