"""Who may do what, and what protects the office's data: accounts and permissions, the office key and
the personal-data encryption, the audit trail and its witness, files only this account may read."""
