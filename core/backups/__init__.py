"""Encrypted, verified backups of the office database and its attached files.

`archive` (create, list, verify, restore; the rotation applied after each backup), `file_format` (the sealed
backup file: header, authenticated encryption) and `rotation` (which backups to keep: 14 daily, 12 monthly,
never fewer than 3 the current key opens).
"""
