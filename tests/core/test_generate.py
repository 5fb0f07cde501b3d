"""The edition generator: deterministic, lossless through parsing, about the size asked for."""

from __future__ import annotations

import pytest

from editor.core.generate import generate_edition, generate_pages, generate_text
from editor.core.model import lost_characters
from editor.core.parsing import parse_edition
from editor.core.pipeline import build_edition
from editor.core.reading import source_from_text


def test_same_seed_gives_the_same_text() -> None:
    first = [s.text for s in generate_edition(120, seed=7)]
    again = [s.text for s in generate_edition(120, seed=7)]
    other = [s.text for s in generate_edition(120, seed=8)]
    assert first == again
    assert first != other


def test_one_text_is_the_pages_in_order() -> None:
    pages = generate_pages(40, seed=2)
    text = generate_text(40, seed=2)
    assert text == "\n\n".join(pages)


def test_pages_can_be_asked_for() -> None:
    sources = generate_edition(30, seed=1, pages=3)
    assert len(sources) == 3
    assert [s.page for s in sources] == ["1", "2", "3"]


@pytest.mark.parametrize("articles", [1, 12, 150, 400])
def test_parsing_and_repair_lose_no_character(articles: int) -> None:
    sources = generate_edition(articles, seed=articles)
    assert not lost_characters(parse_edition(sources))
    assert not lost_characters(build_edition(generate_edition(articles, seed=articles)).edition)
    one_file = [source_from_text(generate_text(articles, seed=articles))]
    assert not lost_characters(build_edition(one_file).edition)


@pytest.mark.parametrize("articles", [50, 300])
def test_article_count_is_close_to_the_request(articles: int) -> None:
    edition = build_edition(generate_edition(articles, seed=3)).edition
    assert abs(edition.article_count() - articles) <= articles * 0.1


def test_every_kind_of_damage_is_printed() -> None:
    text = generate_text(300, seed=5)
    assert "（下转第" in text and "（上接第" in text  # jumps
    assert "编者按" in text  # editor's notes under column titles
    assert "\n\n\n\n" in text  # a caption set apart with extra blank lines
    edition = build_edition(generate_edition(300, seed=5)).edition
    kinds = {repair.kind.value for repair in edition.repairs}
    assert {
        "split_paragraph",
        "dateline_in_paragraph",
        "jump_continuation",
        "credit_in_caption",
    } <= kinds
