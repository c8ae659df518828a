"""Developer tools run from a checkout (``python -m tools.screenshots``); not part of the installed app."""
