"""Backups in the window: the admin's list, backup now, check and restore (core/backups/archive.py)."""
