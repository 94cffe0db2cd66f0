"""SIKS Desktop: ``python main.py`` opens the window; ``python main.py COMMAND ...`` is the ``siks`` command."""
from ui.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
