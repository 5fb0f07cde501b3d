"""Layout Assistant (版面助手): `uv run main.py [FILE]` opens the window; sub-commands: CLI."""

from __future__ import annotations

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
