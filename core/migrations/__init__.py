"""Alembic revisions of the office database. ``HEAD`` names the newest one (checked by a test), so
opening an up-to-date database needs no Alembic import."""

HEAD = "0009"
