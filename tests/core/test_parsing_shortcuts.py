"""The parser's quick ways of asking a question give the plain way's answer.

Each speed-up that replaces a loop in Python by a pass in C, or skips work that cannot
change the answer, is checked here against the plain definition it stands for.
"""

from __future__ import annotations

import random

from editor.core.parsing import patterns


def _mixed_texts(count: int) -> list[str]:
    """Texts of traditional, simplified and other characters, white space and marks."""
    rng = random.Random(7)
    alphabet = (patterns._TRADITIONAL[:80] + patterns._SIMPLIFIED[:80] + "abcXYZ 12　。，“”—…·\t"
                + "".join(chr(c) for c in range(0x4E00, 0x4E40)) + "\u3400\uf900\U00020000")
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(count)
    ]


def test_folded_count_counts_the_characters_fold_changes():
    for text in [*_mixed_texts(400), patterns._TRADITIONAL, patterns._SIMPLIFIED, ""]:
        changed = sum(1 for a, b in zip(text, patterns.fold(text), strict=True) if a != b)
        assert patterns.folded_count(text) == changed
