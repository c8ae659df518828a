"""The settings page: `page` (its tabs: the office's settings from `core.settings_catalog` in
`office_settings`, the catalog, and for admins accounts, the data key and backups)."""
