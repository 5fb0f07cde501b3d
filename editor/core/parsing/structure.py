"""Units → roles → the section / article tree, as printed (repairs come later).

Each unit first gets a shape from its own text (furniture, jump, byline, credit, caption,
title-like line, body). Runs of title-like lines are then read in context: what comes
after them (a dateline, an editor's note, a byline at the start), whether an article is
open, and the house style of the whole file (do articles end with bylines or start with
datelines?) decide between section title, kicker, headline, subheadline and subhead.
"""

from __future__ import annotations

from editor.core.batch import collector_paused
from editor.core.model import Edition, Source
from editor.core.parsing.columns import columns_over_plain_headlines
from editor.core.parsing.roles import assign_roles, house_style, is_traditional
from editor.core.parsing.segment import segment
from editor.core.parsing.shapes import Item, read_units, refine
from editor.core.parsing.tree import build_tree


def parse_edition(sources: list[Source]) -> Edition:
    """Build the edition tree from its sources, as printed; nothing is repaired here."""
    with collector_paused():
        return _parse(sources)


def _parse(sources: list[Source]) -> Edition:
    edition = Edition(list(sources))
    items: list[Item] = []
    page_starts: set[int] = set()
    for index, source in enumerate(sources):
        page_starts.add(len(items))
        units = segment(source.text, index)
        page_starts.update(len(items) + k for k in _form_feed_pages(source.text, units))
        read_units(units, source.text)
        items.extend(units)
    refine(items)
    assign_roles(items, house_style(items), page_starts, is_traditional(sources))
    columns_over_plain_headlines(items, page_starts)
    build_tree(edition, items, page_starts)
    edition.rebuild_index()
    return edition


def _form_feed_pages(text: str, units: list[Item]) -> list[int]:
    """Indexes of the units that open a new page: the first after each form feed (pdftotext
    writes one between pages, so one file can hold several)."""
    feeds = [position for position, ch in enumerate(text) if ch == "\f"] if "\f" in text else []
    starts: list[int] = []
    k = 0
    for feed in feeds:
        while k < len(units) and units[k].spans[0].start < feed:
            k += 1
        if k < len(units) and k and (not starts or starts[-1] != k):
            starts.append(k)
    return starts
