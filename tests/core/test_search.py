"""Find and replace over an edition (core, no Qt)."""

from __future__ import annotations

from editor.core.pipeline import build_edition
from editor.core.reading import source_from_text
from editor.core.search import (
    Match,
    Query,
    SearchError,
    find_all,
    next_match,
    replace_all,
    replace_match,
)

TEXT = """两江日报 2026年5月6日 星期三 第2版 城乡

河湾村修好了进村路

本报讯（记者 方远）五月初，河湾村的进村路全线通车。村民说，河湾村的路再也不怕下雨了。

本报记者 方远

东坪镇新建一座图书馆

东坪镇图书馆昨日开馆，藏书两万册。馆长介绍，东坪镇的孩子放学后有了好去处。
"""


def _edition():
    return build_edition([source_from_text(TEXT)]).edition


def _texts(edition):
    return [b.text for b in edition.all_blocks()]


def test_find_all_plain_is_case_insensitive_by_default():
    edition = _edition()
    matches = find_all(edition, Query("河湾村"))
    assert len(matches) == 3
    assert all(edition.block(m.block_id).text[m.start : m.end] == "河湾村" for m in matches)
    latin = build_edition([source_from_text("标题ABC\n\n正文里有abc和Abc。\n")]).edition
    assert len(find_all(latin, Query("abc"))) == 3
    assert len(find_all(latin, Query("abc", case_sensitive=True))) == 1


def test_find_all_in_one_article_only():
    edition = _edition()
    second = list(edition.articles())[-1]
    matches = find_all(edition, Query("镇"), article_id=second.id)
    assert matches and all(edition.article_of_block(m.block_id) is second for m in matches)
    assert len(find_all(edition, Query("河湾村"), article_id=second.id)) == 0


def test_regex_and_invalid_regex_is_a_value():
    edition = _edition()
    matches = find_all(edition, Query(r"东坪\w", regex=True))
    assert [m.text for m in matches] == ["东坪镇", "东坪镇", "东坪镇"]
    error = find_all(edition, Query("(河湾", regex=True))
    assert isinstance(error, SearchError) and error.code == "bad_pattern"
    assert error.position == 0
    assert find_all(edition, Query("")) == SearchError("empty")
    # A plain query with regex characters is taken literally.
    assert find_all(edition, Query("(河湾")) == []


def test_empty_regex_matches_are_skipped():
    edition = _edition()
    assert find_all(edition, Query("x*", regex=True)) == []
    result = replace_all(edition, Query("^", regex=True), "前")
    assert result.count == 0 and result.operation is None


def test_replace_all_is_one_operation_and_undoes():
    edition = _edition()
    before = edition.snapshot()
    result = replace_all(edition, Query("河湾村"), "河湾新村")
    assert result.count == 3
    inverse = result.operation.apply(edition)
    assert sum(t.count("河湾新村") for t in _texts(edition)) == 3
    assert not any("河湾村" in t for t in _texts(edition))
    changed = [b for b in edition.all_blocks() if "河湾新村" in b.text]
    assert all(b.edited and b.spans for b in changed)
    inverse.apply(edition)
    assert edition.snapshot() == before


def test_replace_all_regex_groups_and_bad_group():
    edition = _edition()
    result = replace_all(edition, Query(r"(东坪)镇", regex=True), r"\1乡")
    assert result.count == 3
    result.operation.apply(edition)
    assert sum(t.count("东坪乡") for t in _texts(edition)) == 3
    error = replace_all(edition, Query(r"(东坪)乡", regex=True), r"\2")
    assert isinstance(error, SearchError) and error.code == "bad_replacement"


def test_replace_all_with_nothing_to_replace():
    edition = _edition()
    result = replace_all(edition, Query("不存在的词"), "x")
    assert result.count == 0 and result.operation is None
    # Replacing a word with itself counts the matches but changes nothing.
    same = replace_all(edition, Query("河湾村"), "河湾村")
    assert same.count == 3 and same.operation is None


def test_replace_all_in_article_scope_leaves_others():
    edition = _edition()
    first = next(edition.articles())
    result = replace_all(edition, Query("方远"), "方圆", article_id=first.id)
    result.operation.apply(edition)
    furniture = "".join(b.text for b in edition.furniture)
    assert "方圆" in "".join(b.text for b in first.blocks)
    assert "方圆" not in furniture


def test_next_match_wraps_both_ways():
    edition = _edition()
    matches = find_all(edition, Query("东坪镇"))
    first = next_match(edition, matches, None, 0)
    assert first == matches[0]
    second = next_match(edition, matches, first.block_id, first.end)
    assert second == matches[1]
    last = next_match(edition, matches, matches[-1].block_id, matches[-1].end)
    assert last == matches[0]
    back = next_match(edition, matches, first.block_id, first.start, backward=True)
    assert back == matches[-1]
    assert next_match(edition, [], None, 0) is None


def test_replace_match_only_where_it_still_is():
    edition = _edition()
    match = find_all(edition, Query("河湾村"))[1]
    operation = replace_match(edition, Query("河湾村"), "那个村", match)
    operation.apply(edition)
    text = edition.block(match.block_id).text
    assert text[match.start : match.start + 3] == "那个村"
    assert text.count("河湾村") == 1
    stale = Match(match.block_id, match.start, match.end, "河湾村")
    assert replace_match(edition, Query("河湾村"), "x", stale) is None
