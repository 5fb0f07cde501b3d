"""Every format's export of the sample edition equals its golden file.

When a writer or the parser changes on purpose: `uv run python -m tests.core.export.regenerate`,
then review the diff of tests/core/export/golden/.
"""

from __future__ import annotations

import pytest

from editor.core.export import FORMATS, render
from tests.core.export.helpers import GOLDEN, golden_name, golden_text, sample_edition


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_sample_matches_golden(fmt):
    golden = GOLDEN / golden_name(fmt)
    assert golden.exists(), "no golden file: run `uv run python -m tests.core.export.regenerate`"
    assert golden_text(sample_edition(), fmt) == golden.read_text(encoding="utf-8"), (
        f"{fmt} export changed; if on purpose, run `uv run python -m tests.core.export.regenerate`"
    )


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_is_reproducible(fmt):
    # Same edition, same bytes: no clock or random order leaks into a file (DOCX and zip too).
    assert render(sample_edition(), fmt) == render(sample_edition(), fmt)
