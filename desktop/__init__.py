"""The PySide6 desktop application (``motcua gui``). ``desktop.app.run`` is its entry point."""
