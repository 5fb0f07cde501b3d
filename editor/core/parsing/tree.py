"""Roles → the section / article tree, as printed (repairs come later)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from editor.core.model import Article, Block, Edition, Role, Section
from editor.core.parsing.patterns import (
    JUMP_IN,
    is_digest_title,
)
from editor.core.parsing.roles import Roles
from editor.core.parsing.shapes import Item


@dataclass
class _State:
    edition: Edition
    new_id: Callable[[], int]  # the edition's next id (see `build_tree`)
    source_index: int = 0
    section: Section | None = None
    article: Article | None = None
    article_open: bool = False
    article_has_body: bool = False
    pending_captions: list[Block] = field(default_factory=list)
    in_note: bool = False

def build_tree(edition: Edition, items: list[Item], page_starts: set[int]) -> None:
    # Ids are counted here in the order the edition would give them, and the edition is
    # told the last at the end (`reserve_ids`): `next` on a count runs in C, where
    # `Edition.new_id` is a Python call for every block.
    ids = itertools.count(edition.new_id())
    state = _State(edition, ids.__next__)
    previous_role: Role | None = None
    new_id = state.new_id
    # The roles most blocks are tested for, read once (the loop runs for every unit).
    paragraph, furniture, byline, jump = Roles.PARAGRAPH, Roles.FURNITURE, Roles.BYLINE, Roles.JUMP
    section_title, note = Roles.SECTION_TITLE, Roles.NOTE
    headline_group = (Roles.KICKER, Roles.HEADLINE, Roles.SUBHEADLINE)
    pictures = (Roles.CAPTION, Roles.CREDIT)
    body = (Roles.PARAGRAPH, Roles.SUBHEAD)
    opens_article = (Roles.PARAGRAPH, Roles.SUBHEAD, Roles.DATELINE)
    furniture_blocks = edition.furniture
    for index, item in enumerate(items):
        if index in page_starts and index:
            _close_page(state)
        role = item.role or paragraph
        # The block takes the item's own list of spans, not a copy: the item is not kept.
        block = Block(new_id(), role, item.text, item.spans)
        if role is paragraph and state.article_open and not state.in_note and \
                not item.dated and state.article is not None:
            # Most blocks: a paragraph going on in its open article, which no rule below
            # would close or leave (the last branch, without a new article).
            state.article.blocks.append(block)
            state.article_has_body = True
            previous_role = role
            continue
        if role is furniture:
            furniture_blocks.append(block)
            continue
        if role is section_title:
            if previous_role is not section_title or state.section is None:
                _flush_captions(state)
                state.section = Section(new_id())
                edition.sections.append(state.section)
            state.section.head.append(block)
            state.article, state.article_open, state.in_note = None, False, False
        elif role is note and _headline_only(state.article):
            # An editor's note set between a headline group and its story: the section's
            # note, and the story goes on after it.
            _section(state).head.append(block)
            state.in_note = True
        elif role is note:
            section = _section(state)
            if state.article is not None and not section.head:
                section = _new_section(state)
            section.head.append(block)
            state.article, state.article_open, state.in_note = None, False, True
        elif role in headline_group:
            starts_group = previous_role not in (Roles.KICKER, Roles.HEADLINE) or (
                role is Roles.KICKER
            ) or (role is Roles.HEADLINE and previous_role is Roles.HEADLINE)
            if _continuation_only(state.article):
                pass  # "（上接第1版）" then the story's headline printed again: one article
            elif starts_group or state.article is None:
                _new_article(state)
            state.article.blocks.append(block)
            state.in_note = False
        elif role is paragraph and state.in_note and (
            state.article is None or _headline_only(state.article)
        ):
            _section(state).head.append(Block(block.id, Roles.NOTE, block.text, block.spans))
        elif role in pictures:
            if state.article is None:
                state.pending_captions.append(block)
            else:
                state.article.blocks.append(block)
        elif role is Roles.SUBHEAD and previous_role is byline and state.article is not None:
            # A box the story keeps after its closing byline (编后): the story goes on.
            state.article.blocks.append(block)
            state.article_open = True
        elif role is jump and JUMP_IN.search(block.text) and previous_role not in headline_group:
            _new_article(state)
            state.article.blocks.append(block)
        else:
            needs_article = state.article is None or (
                not state.article_open and role in opens_article
            ) or (
                role is paragraph and state.article_has_body and item.dated
                and not is_digest_title(state.article.headline)  # a box of "本报讯 …" briefs
            )
            if needs_article:
                _new_article(state)
            state.article.blocks.append(block)
            if role in body:
                state.article_has_body = True
            if role is byline and state.article_has_body:
                state.article_open = False
            if role is jump and not JUMP_IN.search(block.text):
                state.article_open = False
        previous_role = role
    _flush_captions(state)
    edition.reserve_ids(next(ids) - 1)

def _continuation_only(article: Article | None) -> bool:
    """An article that so far holds only the "上接" line opening a continued part."""
    return article is not None and len(article.blocks) == 1 and \
        article.blocks[0].role is Roles.JUMP and bool(JUMP_IN.search(article.blocks[0].text))


def _headline_only(article: Article | None) -> bool:
    return article is not None and bool(article.blocks) and all(
        block.role in (Roles.KICKER, Roles.HEADLINE, Roles.SUBHEADLINE) for block in article.blocks
    )

def _section(state: _State) -> Section:
    if state.section is None:
        return _new_section(state)
    return state.section

def _new_section(state: _State) -> Section:
    state.section = Section(state.new_id())
    state.edition.sections.append(state.section)
    state.article = None
    return state.section

def _new_article(state: _State) -> None:
    section = _section(state)
    state.article = Article(state.new_id())
    section.articles.append(state.article)
    state.article_open = True
    state.article_has_body = False
    state.in_note = False
    if state.pending_captions:
        state.article.blocks.extend(state.pending_captions)
        state.pending_captions = []

def _flush_captions(state: _State) -> None:
    if state.pending_captions:
        _new_article(state)

def _close_page(state: _State) -> None:
    """A new page file starts a new untitled section unless it brings its own title."""
    _flush_captions(state)
    state.section = None
    state.article = None
    state.article_open = False
    state.in_note = False
