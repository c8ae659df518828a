"""Entry script of the frozen executables (``motcua`` and, on Windows, ``motcua-gui``).

Both run the command line's own `cli.main.main`: with a command it does what ``motcua COMMAND``
does; with none it opens the window (``motcua gui``), which is how the shortcuts start it. The
windowed ``motcua-gui.exe`` differs only by having no console (PyInstaller's ``console=False``).
"""

import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())
