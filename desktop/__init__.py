"""The PySide6 desktop application (``motcua gui``). ``desktop.app.run`` is its entry point.

Importing the package loads PySide6 and makes its per-import source scan cheap (`desktop.feature_scan`), before
any other module of the program, SQLAlchemy or SQLModel is imported after Qt.
"""

from desktop.feature_scan import install as _install_feature_scan

_install_feature_scan()
