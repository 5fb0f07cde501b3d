"""The same page extracted another way rebuilds the same: every fixture, rewritten.

Tools that turn an e-paper into text differ in line endings, paragraph indents, blank
lines between blocks, and whether long lines come out whole or hard-wrapped at the
column's width (counting quotes and dashes narrow, as a text tool does, or full width,
as Chinese type sets them). The structure must not depend on any of that: each rewrite
is compared to the fixture's expected structure with white space ignored.
"""

from __future__ import annotations

import re

import pytest

from editor.core.export.json_format import edition_dict
from editor.core.export.walk import view_edition
from editor.core.model import lost_characters
from editor.core.parsing.patterns import display_width
from editor.core.pipeline import build_edition
from editor.core.reading import source_from_text
from tests.core.editions import contract_diff, fixture_cases, sample_case

# Fixtures already hard-wrapped at their own width are not wrapped again.
ALREADY_WRAPPED = re.compile(r"wrap|odd_whitespace")
# Rewrites that no reader could undo: on a page without blank lines, a wrapped line that
# happens to fill the column and end a sentence ("…惦记着他们。”") looks exactly like the
# end of a paragraph; and a poem, whose stanzas and titles only blank lines set apart, is
# a run of short lines like any headline group.
UNDECIDABLE = {("bracket_start_bylines", "wrapped_by_a_tool"),
               ("supplement_poems", "no_blank_lines")}


def _without_space(value):
    if isinstance(value, str):
        return re.sub(r"\s+", "", value)
    if isinstance(value, list):
        return [_without_space(v) for v in value]
    if isinstance(value, dict):
        return {k: _without_space(v) for k, v in value.items()}
    return value


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def indented(text: str) -> str:
    """Two full-width spaces before every long line, as paragraphs are set."""
    return "\n".join(f"\u3000\u3000{line}" if len(line) > 30 else line
                     for line in text.split("\n"))


def no_blank_lines(text: str) -> str:
    return re.sub(r"\n\s*\n", "\n", text)


def _wrapped(text: str, cells: int, marks_wide: bool) -> str:
    """Sentences longer than the column cut into lines of `cells` half-width cells."""
    out = []
    for line in text.split("\n"):
        if display_width(line, marks_wide) <= cells or not any(m in line for m in "。，；"):
            out.append(line)
            continue
        piece = ""
        for ch in line:
            if display_width(piece + ch, marks_wide) > cells:
                out.append(piece)
                piece = ""
            piece += ch
        out.append(piece)
    return "\n".join(out)


def wrapped_by_a_tool(text: str) -> str:
    return _wrapped(text, 48, False)


def wrapped_as_typeset(text: str) -> str:
    return _wrapped(text, 40, True)


STYLES = [crlf, indented, no_blank_lines, wrapped_by_a_tool, wrapped_as_typeset]
CASES = [sample_case(), *fixture_cases()]


def _utf8(case) -> list[str] | None:
    try:
        return [page.read_text(encoding="utf-8-sig") for page in case.pages]
    except UnicodeDecodeError:
        return None  # the GBK and Big5 fixtures: their encodings are tested elsewhere


@pytest.mark.parametrize("style", STYLES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_a_page_extracted_another_way_rebuilds_the_same(case, style):
    texts = _utf8(case)
    if texts is None:
        pytest.skip("not UTF-8")
    if style.__name__.startswith("wrapped") and ALREADY_WRAPPED.search(case.name):
        pytest.skip("already hard-wrapped at its own width")
    if (case.name, style.__name__) in UNDECIDABLE:
        pytest.skip("a wrap and a paragraph end look the same on this page")
    sources = [
        source_from_text(style(text), page.name, str(i + 1) if len(texts) > 1 else "")
        for i, (text, page) in enumerate(zip(texts, case.pages, strict=True))
    ]
    edition = build_edition(sources).edition
    assert lost_characters(edition) == {}
    exported = _without_space(edition_dict(view_edition(edition)))
    assert contract_diff(_without_space(case.expected_json()), exported) == []
