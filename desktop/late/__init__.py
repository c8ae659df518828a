"""The late-dossier desk: the board's table models and views, the apology dialog, the due-soon watcher."""
