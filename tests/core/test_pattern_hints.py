"""The hints that let the parser skip a pattern must never skip a match.

A `Folded` pattern's hint lists characters of which every match holds at least one; the
parser skips the pattern on text that holds none. Edit a pattern without its hint and
lines would silently stop matching: these tests prove each hint from the pattern's own
syntax tree, so such an edit fails here.
"""

from __future__ import annotations

import re
import re._constants as sre  # the regex compiler's own parser (Python 3.11+)
import re._parser as sre_parse

import pytest

from editor.core.parsing import patterns, segment, shapes

DECIMALS = [chr(c) for c in range(0x110000) if chr(c).isdecimal()]
SPACES = [chr(c) for c in range(0x110000) if chr(c).isspace()]
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def _always_holds(items, hint: re.Pattern[str]) -> bool:
    """Whether every string a parsed sequence matches holds a character the hint matches."""
    return any(_node_holds(op, value, hint) for op, value in items)


def _node_holds(op, value, hint: re.Pattern[str]) -> bool:
    if op is sre.LITERAL:
        return hint.fullmatch(chr(value)) is not None
    if op is sre.IN:  # a character class: each character it admits must be a hint
        for kind, member in value:
            if kind is sre.LITERAL:
                chars = [chr(member)]
            elif kind is sre.RANGE:
                chars = [chr(c) for c in range(member[0], member[1] + 1)]
            elif kind is sre.CATEGORY and member is sre.CATEGORY_DIGIT:
                chars = DECIMALS
            elif kind is sre.CATEGORY and member is sre.CATEGORY_SPACE:
                chars = SPACES
            else:
                return False  # a negated class or another category: not provable here
            if not all(hint.fullmatch(ch) for ch in chars):
                return False
        return True
    if op is sre.SUBPATTERN:
        return _always_holds(value[-1], hint)
    if op is sre.BRANCH:
        return all(_always_holds(branch, hint) for branch in value[1])
    if op in REPEATS:
        low, _high, body = value
        return low >= 1 and _always_holds(body, hint)
    return False


HINTED = {
    name: value
    for name, value in vars(patterns).items()
    if isinstance(value, patterns.Folded) and value.hint is not None
}


def test_some_patterns_are_hinted():
    assert len(HINTED) >= 4


@pytest.mark.parametrize("name", sorted(HINTED))
def test_every_match_holds_a_hint_character(name):
    folded = HINTED[name]
    tree = sre_parse.parse(folded.pattern.pattern, folded.pattern.flags)
    assert _always_holds(list(tree), folded.hint), f"{name}: a match may hold none of its hint"


def test_the_proof_rejects_a_hint_that_misses_a_branch():
    tree = list(sre_parse.parse(r"(?:本报讯|新华社电)"))
    assert _always_holds(tree, re.compile("[讯电]"))
    assert not _always_holds(tree, re.compile("[讯]"))
    assert not _always_holds(list(sre_parse.parse(r"记?者")), re.compile("[记]"))


def _opening(items) -> tuple[set[str], bool] | None:
    """The characters a match of a parsed sequence can open with, white space aside, and
    whether it can match white space alone; None where that cannot be read off the tree."""
    chars: set[str] = set()
    for op, value in items:
        node = _node_opening(op, value)
        if node is None:
            return None
        chars |= node[0]
        if not node[1]:
            return chars, False
    return chars, True


def _class_members(value) -> tuple[set[str], bool] | None:
    """The characters a parsed character class lists, and whether it takes white space
    by category (\\s); None for a negated class or another category (not provable here)."""
    chars: set[str] = set()
    space = False
    for kind, member in value:
        if kind is sre.LITERAL:
            chars.add(chr(member))
        elif kind is sre.RANGE:
            chars.update(chr(c) for c in range(member[0], member[1] + 1))
        elif kind is sre.CATEGORY and member is sre.CATEGORY_SPACE:
            space = True
        else:
            return None
    return chars, space


def _node_opening(op, value) -> tuple[set[str], bool] | None:
    if op is sre.AT and value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
        return set(), True
    if op is sre.LITERAL:
        return (set(), True) if chr(value).isspace() else ({chr(value)}, False)
    if op is sre.IN:
        members = _class_members(value)
        if members is None:
            return None
        chars, space = members
        space = space or any(ch.isspace() for ch in chars)
        return {ch for ch in chars if not ch.isspace()}, space
    if op is sre.SUBPATTERN:
        return _opening(value[-1])
    if op is sre.BRANCH:
        branches = [_opening(branch) for branch in value[1]]
        if any(branch is None for branch in branches):
            return None
        return set().union(*(b[0] for b in branches)), any(b[1] for b in branches)
    if op in REPEATS:
        low, _high, body = value
        inner = _opening(body)
        return None if inner is None else (inner[0], low == 0 or inner[1])
    return None


LED = {
    name: value
    for name, value in vars(patterns).items()
    if isinstance(value, patterns.Folded) and value.lead
}


def _proves_lead(pattern: str, lead: str) -> bool:
    opening = _opening(list(sre_parse.parse(pattern)))
    # A match that may be white space alone could open before any printed character.
    return opening is not None and not opening[1] and opening[0] <= set(lead)


def test_some_patterns_are_led():
    assert len(LED) >= 4


@pytest.mark.parametrize("name", sorted(LED))
def test_every_match_opens_with_a_lead_character(name):
    folded = LED[name]
    assert _proves_lead(folded.pattern.pattern, folded.lead), \
        f"{name}: a match may open with a character its lead does not list"


def test_the_proof_rejects_a_lead_that_misses_an_opening():
    assert _proves_lead(r"^\s*[（(]?\s*(?:下转|接)", "（(下接")
    assert not _proves_lead(r"^\s*[（(]?\s*(?:下转|接)", "（(下")
    assert not _proves_lead(r"^\s*(?:图)?", "图")  # may match white space alone
    assert not _proves_lead(r"^[^图]", "图")


def test_a_letter_signature_never_opens_like_an_author_line():
    """`refine` reads both in one pass: the proof that no line is both."""
    opening = _opening(list(sre_parse.parse(patterns.LETTER_SIGNATURE.pattern.pattern)))
    assert opening is not None and not opening[1]
    assert not opening[0] & set(patterns.AUTHOR_LINE.lead)
    assert _proves_lead(patterns.AUTHOR_LINE.pattern.pattern, patterns.AUTHOR_LINE.lead)


def _closing(items) -> set[str] | None:
    """The characters a match of a parsed sequence ends the text with (it closes with `$`),
    white space aside; None where that cannot be read off the tree."""
    items = list(items)
    if not items:
        return None
    op, value = items[-1]
    if op is sre.BRANCH:
        return _union(_closing(items[:-1] + list(branch)) for branch in value[1])
    if op is sre.SUBPATTERN:
        return _closing(items[:-1] + list(value[-1]))
    if op is sre.AT and value is sre.AT_END:
        return _last_printed(items[:-1])
    return None


def _last_printed(items) -> set[str] | None:
    """The characters a match of a parsed sequence can end with, white space aside."""
    items = list(items)
    while items and _is_space_run(*items[-1]):
        items.pop()
    if not items:
        return None  # nothing printed: a match of white space alone proves nothing
    op, value = items[-1]
    before = items[:-1]
    if op is sre.LITERAL:
        return {chr(value)} if not chr(value).isspace() else _last_printed(before)
    if op is sre.IN:
        members = _class_members(value)
        if members is None:
            return None
        chars, space = members
        printed = {ch for ch in chars if not ch.isspace()}
        if space or len(printed) < len(chars):  # it may set white space: look before it
            return _union([printed, _last_printed(before)])
        return printed
    if op is sre.BRANCH:
        return _union(_last_printed(before + list(branch)) for branch in value[1])
    if op is sre.SUBPATTERN:
        return _last_printed(before + list(value[-1]))
    if op in REPEATS:
        low, _high, body = value
        last = _last_printed(before + list(body))
        return last if low >= 1 else _union([last, _last_printed(before)])
    return None


def _union(sets) -> set[str] | None:
    sets = list(sets)
    return None if any(chars is None for chars in sets) else set().union(*sets)


def _is_space_run(op, value) -> bool:
    return op in REPEATS and value[0] == 0 and list(value[2]) == [
        (sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])
    ]


def test_furniture_is_its_marks_or_the_paper_name():
    assert patterns.FURNITURE.pattern.pattern == \
        f"{patterns._FURNITURE_MARKS}|{patterns._PAPER_NAME}"


def test_furniture_other_than_the_paper_name_holds_a_mark():
    tree = sre_parse.parse(patterns._FURNITURE_MARKS)
    assert _always_holds(list(tree), patterns.FURNITURE_MARK)


def test_a_paper_name_ends_the_line_with_its_closing_character():
    tree = sre_parse.parse(patterns._PAPER_NAME)
    assert _closing(tree) == {patterns.PAPER_NAME_END}


def test_the_closing_proof_rejects_an_open_end():
    assert _closing(sre_parse.parse(r"^\s*\S+(?:日报|晚报)\s*$|^(?:机关报)$")) == {"报"}
    assert _closing(sre_parse.parse(r"^\s*\S+(?:日报|晚报)?\s*$")) is None
    assert _closing(sre_parse.parse(r"^\s*\S+(?:日报|晚刊)\s*$")) == {"报", "刊"}
    assert _closing(sre_parse.parse(r"^\s*\S+(?:日报|晚报)|^报$")) is None


@pytest.mark.parametrize("name", ["BYLINE_LINE", "AUTHOR_LINE"])
def test_no_byline_ends_with_a_full_stop(name):
    # The parser tries the byline patterns only on a line whose last character is no 。.
    ends = _closing(sre_parse.parse(getattr(patterns, name).pattern.pattern))
    assert ends is not None and ends and "。" not in ends


def test_the_end_proof_sees_through_optional_and_spaced_ends():
    assert _closing(sre_parse.parse(r"^[甲乙]\S?$")) is None  # \S: not provable here
    assert "。" in _closing(sre_parse.parse(r"^\s*记者\s*[\u4e00-\u9fff。]{2,3}\s*$"))
    assert _closing(sre_parse.parse(r"^[甲乙](?:。)?$")) == {"甲", "乙", "。"}
    assert _closing(sre_parse.parse(r"^[甲乙][\s、]*$")) == {"甲", "乙", "、"}


def test_no_trailing_credit_ends_with_a_full_stop():
    # `_shape` reads a line whose last character is 。 as body before it tries this pattern.
    ends = _closing(sre_parse.parse(patterns.TRAILING_CREDIT.pattern.pattern))
    assert ends is not None and ends and "。" not in ends


def _led_or_holds(items, lead: str, hint: re.Pattern[str]) -> bool:
    """Whether every match of a parsed sequence opens with a lead character (white space
    aside) or holds a character the hint matches."""
    items = list(items)
    if _always_holds(items, hint):
        return True
    for index, (op, value) in enumerate(items):
        if (op is sre.AT and value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)) or \
                _is_space_run(op, value):
            continue  # nothing printed yet
        rest = items[index + 1:]
        if op is sre.BRANCH:
            return all(_led_or_holds(list(branch) + rest, lead, hint) for branch in value[1])
        if op is sre.SUBPATTERN:
            return _led_or_holds(list(value[-1]) + rest, lead, hint)
        if op in REPEATS:
            low, _high, body = value
            return _led_or_holds(list(body) + rest, lead, hint) and (
                low >= 1 or _led_or_holds(rest, lead, hint)
            )
        opening = _node_opening(op, value)
        return opening is not None and not opening[1] and opening[0] <= set(lead)
    return False


def test_a_dateline_opens_with_its_lead_or_names_a_date_and_its_dispatch():
    # `read_units` looks for a dateline only in a unit that does one or the other.
    tree = sre_parse.parse(patterns.DATELINE.pattern.pattern)
    assert _led_or_holds(tree, shapes.DATELINE_LEAD, re.compile(f"[{shapes.DATELINE_DATE}]"))
    assert _led_or_holds(tree, shapes.DATELINE_LEAD, re.compile("[电讯]"))


def test_the_lead_or_hint_proof_rejects_a_branch_with_neither():
    hint = re.compile("[月]")
    assert _led_or_holds(sre_parse.parse(r"^\s*(?:本报讯|\d+月\d+日电)"), "本", hint)
    assert not _led_or_holds(sre_parse.parse(r"^\s*(?:本报讯|\d+日电)"), "本", hint)
    assert not _led_or_holds(sre_parse.parse(r"^\s*(?:本报)?记者"), "本", hint)
    assert _led_or_holds(sre_parse.parse(r"^\s*(?:本报)?记者"), "本记", hint)


def test_a_result_line_is_its_two_halves():
    # `_is_list_line` searches the halves apart, the first only where a colon is.
    assert patterns.RESULT_LINE.pattern.pattern == \
        f"{patterns.LABELLED_FIGURE.pattern}|{patterns.FIGURES.pattern}"
    colons = sre_parse.parse(patterns.LABELLED_FIGURE.pattern)
    assert _always_holds(list(colons), re.compile("[:：]"))


def test_a_letter_signature_holds_white_space():
    # `refine` tries the pattern only on a line with white space (visible length < length).
    tree = sre_parse.parse(patterns.LETTER_SIGNATURE.pattern.pattern)
    assert _always_holds(list(tree), re.compile(r"\s"))
    assert not _always_holds(list(sre_parse.parse(r"居民\s*[甲乙]")), re.compile(r"\s"))


@pytest.mark.parametrize(("name", "hint"), [
    ("BYLINE_LINE", segment.SIGNED), ("CREDIT_LINE", segment.SIGNED),
    ("TRAILING_CREDIT", segment.CREDITED),
])
def test_a_wrapped_line_is_signed_only_where_it_holds_a_hint_character(name, hint):
    # `segment._signed` and `_credit_wrapped` skip their patterns on a line holding none.
    tree = sre_parse.parse(getattr(patterns, name).pattern.pattern)
    assert _always_holds(list(tree), hint)
