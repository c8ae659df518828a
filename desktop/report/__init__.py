"""The monthly report screens: data functions run on the worker, table models, dialogs, the dashboard.

`desktop/report/page.py` composes them; `reminder.py` keeps the main window's reminder current.
"""
