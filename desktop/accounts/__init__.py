"""Accounts in the desktop: the login dialog, the password change, the admin's accounts panel."""
