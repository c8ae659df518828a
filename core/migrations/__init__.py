"""Alembic revisions of the office database. ``HEAD`` names the newest one (checked by a test), so
opening an up-to-date database needs no Alembic import.

A revision that has been committed is never edited: a database stamped with it would never see the
change. Every schema change is a new revision (the next is 0012).
"""

HEAD = "0011"
