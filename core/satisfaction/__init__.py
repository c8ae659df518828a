"""What citizens think of the service: per-dossier ratings, paper surveys, evaluation sheets, and the
satisfaction figures with their workbook."""
