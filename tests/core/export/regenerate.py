"""Rewrite the golden files: `uv run python -m tests.core.export.regenerate`.

Run it after a deliberate change to a writer or to the parser, then review `git diff` of
tests/core/export/golden/ before committing.
"""

from __future__ import annotations

from editor.core.export import FORMATS
from tests.core.export.helpers import GOLDEN, golden_name, golden_text, sample_edition


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for fmt in FORMATS:
        path = GOLDEN / golden_name(fmt)
        path.write_text(golden_text(sample_edition(), fmt), encoding="utf-8", newline="\n")
        print(f"wrote {path.relative_to(GOLDEN.parents[3])}")


if __name__ == "__main__":
    main()
