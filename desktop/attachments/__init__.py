"""Scanned papers and results of a dossier in the window: the viewer, the thumbnails panel, the scan folder."""
