"""Every operation returns its inverse: random edit sequences undo back to the parsed edition."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core import edits
from editor.core.model import FURNITURE, Edition, Role, Status, lost_characters
from editor.core.operations import OperationError, PlaceBlocks
from editor.core.pipeline import build_edition, read_sources
from tests.core.editions import fixture_cases, sample_case

EDITION_CASES = [sample_case(), *fixture_cases()[:4]]


def _edition(index: int) -> Edition:
    case = EDITION_CASES[index % len(EDITION_CASES)]
    return build_edition(read_sources(case.pages)).edition


# Each move picks its targets from the edition as it is, by position, so any sequence is valid.
def _pick(items, n):
    return items[n % len(items)] if items else None


def _keeps_text(edition: Edition, kind: str, a: int, b: int, c: int):
    """Builders that move text around without adding or deleting any of it."""
    blocks = list(edition.all_blocks())
    articles = list(edition.articles())
    block = _pick(blocks, a)
    article = _pick(articles, b)
    if kind == "role" and block:
        return edits.set_role(edition, block.id, list(Role)[c % len(Role)])
    if kind == "split" and block and block.text:
        return edits.split_block(edition, block.id, c % (len(block.text) + 1))
    if kind == "merge" and block:
        other = _pick(blocks, c)
        if other is not None and other is not block:
            return edits.merge_blocks(edition, block.id, other.id)
    if kind == "move" and block and article:
        return edits.move_blocks(edition, [block.id], ("article", article.id),
                                 c % (len(article.blocks) + 1))
    if kind == "furniture" and block:
        return edits.move_blocks(edition, [block.id], FURNITURE, c % (len(edition.furniture) + 1))
    if kind == "new_article" and edition.sections:
        section = _pick(edition.sections, b)
        return edits.new_article(edition, section.id, c % (len(section.articles) + 1))
    if kind == "merge_articles" and article:
        other = _pick(articles, c)
        if other is not None and other is not article:
            return edits.merge_articles(edition, article.id, other.id)
    if kind == "split_article" and article and article.blocks:
        return edits.split_article(edition, article.id, _pick(article.blocks, c).id)
    if kind == "move_article" and article and edition.sections:
        section = _pick(edition.sections, c)
        moving_within = edition.section_of_article(article.id) is section
        size = len(section.articles) - (1 if moving_within else 0)
        return edits.move_article(edition, article.id, section.id, a % (size + 1))
    if kind == "new_section":
        return edits.new_section(edition, c % (len(edition.sections) + 1))
    if kind == "status" and article:
        return edits.set_status(edition, article.id, list(Status)[c % len(Status)])
    if kind == "comment" and article:
        return edits.set_comment(edition, article.id, f"comment {c}")
    return None


KINDS = ["role", "split", "merge", "move", "furniture", "new_article", "merge_articles",
         "split_article", "move_article", "new_section", "status", "comment"]
STEPS = st.lists(
    st.tuples(st.sampled_from(KINDS), st.integers(0, 10_000), st.integers(0, 10_000),
              st.integers(0, 10_000)),
    min_size=1, max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(EDITION_CASES) - 1), STEPS)
def test_random_edits_keep_every_character_and_undo_to_the_original(index, steps):
    edition = _edition(index)
    original = edition.snapshot()
    inverses = []
    for kind, a, b, c in steps:
        operation = _keeps_text(edition, kind, a, b, c)
        if not operation:
            continue
        inverses.append(operation.apply(edition))
        assert lost_characters(edition) == {}, kind
    redo = []
    for inverse in reversed(inverses):
        redo.append(inverse.apply(edition))
    assert edition.snapshot() == original
    for forward in reversed(redo):
        forward.apply(edition)
    for inverse in reversed(inverses):
        inverse.apply(edition)
    assert edition.snapshot() == original


def _article_blocks(edition: Edition) -> dict[int, tuple]:
    return {article.id: blocks for article, blocks in _article_objects(edition)}


def _steps_then_back(edition: Edition, steps, check) -> None:
    """Apply the steps that keep the text, then undo them all, checking after each."""
    inverses = []
    for kind, a, b, c in steps:
        operation = _keeps_text(edition, kind, a, b, c)
        if operation:
            inverses.append(operation.apply(edition))
            check()
    for inverse in reversed(inverses):
        inverse.apply(edition)
        check()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(EDITION_CASES) - 1), STEPS)
def test_an_articles_version_changes_whenever_its_blocks_do(index, steps):
    """Auto-repair takes over what it found in an article whose version is unchanged."""
    edition = _edition(index)
    seen = _article_blocks(edition)
    versions = {a: edition.article_version(a) for a in seen}

    def check():
        for article_id, blocks in _article_blocks(edition).items():
            if article_id in seen and edition.article_version(article_id) == versions[article_id]:
                assert blocks == seen[article_id]
            seen[article_id] = blocks
            versions[article_id] = edition.article_version(article_id)

    _steps_then_back(edition, steps, check)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(EDITION_CASES) - 1), STEPS)
def test_articles_changed_since_a_mark_are_every_article_changed_or_put_in_since(index, steps):
    """Auto-repair's jump matching looks again only at the articles `changed_since` lists."""
    edition = _edition(index)
    seen = {id(a): (a.id, blocks) for a, blocks in _article_objects(edition)}
    mark = edition.change_count()

    def check():
        nonlocal seen, mark
        changed = edition.changed_since(mark)
        now = _article_objects(edition)
        for article, blocks in now:
            if article.id not in changed:
                assert seen.get(id(article)) == (article.id, blocks)
        seen = {id(a): (a.id, blocks) for a, blocks in now}
        mark = edition.change_count()

    _steps_then_back(edition, steps, check)


def _article_objects(edition: Edition) -> list[tuple]:
    return [(a, tuple((b.id, b.role, b.text, tuple(b.spans)) for b in a.blocks))
            for a in edition.articles()]


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=0, max_size=40), st.integers(0, 10_000))
def test_text_edits_and_deletions_undo_exactly(text, pick):
    edition = _edition(0)
    original = edition.snapshot()
    block = _pick(list(edition.all_blocks()), pick)
    steps = [op for op in (edits.edit_text(edition, block.id, text),) if op]
    inverses = [op.apply(edition) for op in steps]
    delete = edits.delete_blocks(edition, [_pick(list(edition.all_blocks()), pick + 1).id])
    inverses.append(delete.apply(edition))
    for inverse in reversed(inverses):
        inverse.apply(edition)
    assert edition.snapshot() == original


def test_split_then_merge_gives_the_same_text_and_spans():
    edition = _edition(0)
    block = next(b for b in edition.all_blocks() if len(b.text) > 20 and b.role == Role.PARAGRAPH)
    text, spans = block.text, list(block.spans)
    split = edits.split_block(edition, block.id, 10)
    split.apply(edition)
    home = edition.container(edition.home_of_block(block.id))
    second = home[home.index(block) + 1]
    assert block.text + second.text == text
    edits.merge_blocks(edition, block.id, second.id).apply(edition)
    assert block.text == text
    assert _covered(edition, block.spans) == _covered(edition, spans)


def _covered(edition, spans):
    return "".join(edition.sources[s.source].text[s.start:s.end] for s in spans)


def test_a_stale_operation_fails_without_changing_anything():
    edition = _edition(0)
    before = edition.snapshot()
    block = next(edition.all_blocks())
    with pytest.raises(OperationError):
        PlaceBlocks([(block.id, ("article", 10**9), 0)]).apply(edition)
    assert edition.snapshot() == before


def test_edits_that_change_nothing_build_nothing():
    edition = _edition(0)
    block = next(b for b in edition.all_blocks() if b.role == Role.PARAGRAPH)
    article = next(edition.articles())
    assert edits.set_role(edition, block.id, block.role) is None
    assert edits.edit_text(edition, block.id, block.text) is None
    assert edits.set_status(edition, article.id, article.status) is None
    assert edits.merge_blocks(edition, block.id, block.id) is None


def test_a_block_placed_twice_is_refused_and_deleted_once():
    edition = _edition(0)
    before = edition.snapshot()
    block = next(b for b in edition.all_blocks() if b.role == Role.PARAGRAPH)
    home = edition.home_of_block(block.id)
    with pytest.raises(OperationError):
        PlaceBlocks([(block.id, home, 0), (block.id, home, 1)]).apply(edition)
    assert edition.snapshot() == before
    count = len(list(edition.all_blocks()))
    edits.delete_blocks(edition, [block.id, block.id]).apply(edition)
    assert len(list(edition.all_blocks())) == count - 1


def test_a_span_is_an_immutable_value():
    """Blocks and their copies (undo, snapshots, repairs) share spans: a span must never
    change, and two spans of the same range are the same value."""
    import copy
    import pickle
    from dataclasses import FrozenInstanceError

    from editor.core.model import Span

    span = Span(1, 5, 9)
    assert span == Span(1, 5, 9) and hash(span) == hash(Span(1, 5, 9))
    assert span != Span(1, 5, 10) and span != (1, 5, 9)
    assert len({span, Span(1, 5, 9), Span(0, 5, 9)}) == 2
    for change in (lambda: setattr(span, "end", 3), lambda: delattr(span, "start"),
                   lambda: setattr(span, "extra", 1)):
        with pytest.raises((FrozenInstanceError, AttributeError)):
            change()
    assert (span.source, span.start, span.end) == (1, 5, 9)
    for twin in (copy.copy(span), copy.deepcopy(span), pickle.loads(pickle.dumps(span))):
        assert twin == span and type(twin) is Span
    assert repr(span) == "Span(source=1, start=5, end=9)"
