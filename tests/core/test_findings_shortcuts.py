"""The detectors' quick ways of asking a question give the plain way's answer.

Each speed-up in the detectors that writes a computation another way, or skips work that
cannot change the answer, is checked here against the plain definition it stands for.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.findings import fields

# The marks a caption's words leave out, as `fields._NOT_WORDS` was first written.
_MARKS = " \t\n\u3000，。、；：“”‘’（）《》！？,.;:()!?\"'"
# Han characters, those marks, and some others.
_CAPTION_ALPHABET = "图为老街新桥通车改造记者秦川本报讯" + _MARKS + "ab12—…·\r\xa0"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CAPTION_ALPHABET, max_size=80))
def test_the_marks_pattern_takes_out_what_one_repeated_class_does(text):
    plain = re.compile("[" + re.escape(_MARKS) + "]+")
    assert fields._NOT_WORDS.sub("", text) == plain.sub("", text)
