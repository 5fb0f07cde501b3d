"""Editions of any size for benchmarks and tests, made from the project's own sample editions.

The generator reads the expected structures of the bundled sample (and of the test fixtures
when they are there), shuffles their articles with a seeded random generator and prints them
again as an e-paper extraction would: page headers and footers, column titles, editor's
notes, datelines glued to first paragraphs, paragraphs cut at column breaks, headline groups
dropped into the next paragraph, captions away from their article, jumps between pages.
The same arguments always give the same text.
"""

from __future__ import annotations

import json
import math
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from editor.core.model import Source

ROOT = Path(__file__).resolve().parents[2]
CORPUS_FILES = ("resources/sample/expected.json", "tests/fixtures/editions/*.expected.json")

ARTICLES_PER_PAGE = 8

# Damage rates, per paragraph or per article, in the range seen on real e-paper extractions.
CUT_PARAGRAPH = 0.12  # a paragraph long enough to cross a column break is cut in two
MISPLACED_HEADLINE = 0.1  # the headline group lands inside the second paragraph (cut there)
CAPTION_BEFORE = 0.3  # a captioned article's photo is printed before its headline group
CAPTION_GAP = 0.3  # a caption after the body, with extra blank lines (far in the layout)
CREDIT_NEXT_LINE = 0.4  # a credit on the line after its caption instead of the same line
JUMP = 0.35  # a page's last article continues on the next page
SECTION = 0.15  # an article opens a new column (栏目) with its title
NOTE = 0.1  # a new column carries an editor's note (编者按)

_PAGE_NUMBER = re.compile(r"第\d+版|[A-Z]\d+")
_SENTENCE_PUNCT = set("。！？；：，、…”’）」』》)!?;:,.")


@dataclass(frozen=True)
class _Article:
    """One article of the corpus, as its expected structure gives it."""

    kicker: str | None
    headline: str | None
    subheadline: str | None
    dateline: str | None
    bylines: tuple[str, ...]
    body: tuple[tuple[str, str], ...]  # (role, text)
    captions: tuple[tuple[str, str | None], ...]  # (text, credit)


@dataclass(frozen=True)
class _Corpus:
    articles: tuple[_Article, ...]
    columns: tuple[str, ...]
    notes: tuple[str, ...]
    headers: tuple[str, ...]
    footers: tuple[str, ...]


def _corpus_paths(root: Path) -> list[Path]:
    paths: list[Path] = []
    for pattern in CORPUS_FILES:
        paths.extend(sorted(root.glob(pattern)))
    return paths


@lru_cache(maxsize=4)
def _load_corpus(root: Path = ROOT) -> _Corpus:
    articles: list[_Article] = []
    columns: list[str] = []
    notes: list[str] = []
    headers: list[str] = []
    footers: list[str] = []
    for path in _corpus_paths(root):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue  # a fixture being written: the others are enough
        for line in data.get("furniture", []):
            (headers if _PAGE_NUMBER.search(line) else footers).append(line)
        for section in data.get("sections", []):
            if section.get("title"):
                columns.append(section["title"])
            notes.extend(n for n in section.get("notes", []) if n and not n.startswith("："))
            for a in section.get("articles", []):
                if not a.get("headline"):
                    continue
                articles.append(
                    _Article(
                        a.get("kicker"),
                        a["headline"],
                        a.get("subheadline"),
                        a.get("dateline"),
                        tuple(a.get("bylines", [])),
                        tuple((b["role"], b["text"]) for b in a.get("body", [])),
                        tuple((c["text"], c.get("credit")) for c in a.get("captions", [])),
                    )
                )
    if not articles:
        raise FileNotFoundError(f"no sample editions under {root} to generate from")
    return _Corpus(tuple(articles), tuple(columns), tuple(notes), tuple(headers), tuple(footers))


def _cut_point(text: str, rng: random.Random) -> int | None:
    """Where a column break could cut this paragraph: mid-sentence, never next to punctuation."""
    if len(text) < 40:
        return None
    for _ in range(8):
        at = rng.randint(len(text) // 4, len(text) * 3 // 4)
        if text[at - 1] not in _SENTENCE_PUNCT and text[at] not in _SENTENCE_PUNCT:
            if not text[at - 1].isspace() and not text[at].isspace():
                return at
    return None


class _Printer:
    """Lays articles out into pages of blocks (one block per paragraph, blank lines between)."""

    def __init__(self, corpus: _Corpus, rng: random.Random) -> None:
        self.corpus = corpus
        self.rng = rng

    def headline_group(self, a: _Article) -> list[str]:
        return [t for t in (a.kicker, a.headline, a.subheadline) if t]

    def caption_blocks(self, a: _Article) -> list[str]:
        out: list[str] = []
        for text, credit in a.captions:
            if not credit:
                out.append(text)
            elif credit.startswith(("（", "(")):
                out.append(text + credit)
            elif self.rng.random() < CREDIT_NEXT_LINE:
                out.extend([text, credit])
            else:
                out.append(f"{text} {credit}")
        return out

    def body_blocks(self, a: _Article) -> list[str]:
        """The body with its dateline glued to the first paragraph and column cuts."""
        blocks: list[str] = []
        for k, (_role, text) in enumerate(a.body):
            if k == 0 and a.dateline:
                text = a.dateline + text
            at = _cut_point(text, self.rng) if self.rng.random() < CUT_PARAGRAPH else None
            if at is None:
                blocks.append(text)
            else:
                blocks.extend([text[:at], text[at:]])
        if a.dateline and not a.body:
            blocks.append(a.dateline)
        return blocks

    def article(self, a: _Article, jump_out: int | None = None) -> tuple[list[str], list[str]]:
        """The article's blocks; with `jump_out`, (first part, part continued on that page)."""
        start_bylines = [b for b in a.bylines if b.startswith("□")][:1]
        end_bylines = [b for b in a.bylines if b not in start_bylines]
        captions = self.caption_blocks(a)
        body = self.body_blocks(a)
        group = self.headline_group(a)
        before: list[str] = []
        if captions and self.rng.random() < CAPTION_BEFORE:
            before, captions = captions, []
        if len(body) >= 3 and not start_bylines and self.rng.random() < MISPLACED_HEADLINE:
            second = body[1]
            at = _cut_point(second, self.rng)
            if at is not None:
                head = [body[0], second[:at], *group, second[at:], *body[2:]]
                return before + head + end_bylines + captions, []
        head = before + group + start_bylines
        tail = end_bylines + ([""] if captions and self.rng.random() < CAPTION_GAP else [])
        tail += captions
        if jump_out is not None and len(body) >= 2:
            cut = self.rng.randint(1, len(body) - 1)
            first, rest = body[:cut], body[cut:]
            at = _cut_point(first[-1], self.rng)
            if at is not None:
                last = first.pop()
                first.append(last[:at])
                rest.insert(0, last[at:])
            return head + first + [f"（下转第{jump_out}版）"], rest + tail
        return head + body + tail, []


def _page_header(template: str, page: int) -> str:
    return _PAGE_NUMBER.sub(f"第{page}版", template, count=1)


def _pages_for(articles: int, pages: int | None) -> int:
    return max(1, pages if pages else math.ceil(articles / ARTICLES_PER_PAGE))


def generate_pages(articles: int, seed: int = 0, pages: int | None = None) -> list[str]:
    """The text of each page of an edition of about `articles` articles (deterministic)."""
    if articles < 1:
        raise ValueError("an edition needs at least one article")
    corpus = _load_corpus()
    rng = random.Random(seed)
    printer = _Printer(corpus, rng)
    page_count = min(_pages_for(articles, pages), articles)
    pool: list[_Article] = []
    while len(pool) < articles:
        batch = list(corpus.articles)
        rng.shuffle(batch)
        pool.extend(batch)
    pool = pool[:articles]
    header = rng.choice(corpus.headers) if corpus.headers else ""
    footer = rng.choice(corpus.footers) if corpus.footers else ""

    texts: list[str] = []
    pending: list[str] = []  # the rest of an article that jumped from the previous page
    per_page = [
        articles // page_count + (1 if p < articles % page_count else 0) for p in range(page_count)
    ]
    position = 0
    for p, count in enumerate(per_page, start=1):
        blocks: list[str] = [_page_header(header, p)] if header else []
        page_articles = pool[position : position + count]
        position += count
        for k, article in enumerate(page_articles):
            if (k == 0 and p == 1) or rng.random() < SECTION:
                blocks.append(rng.choice(corpus.columns))
                if corpus.notes and rng.random() < NOTE:
                    blocks.extend(["编者按", rng.choice(corpus.notes)])
            last = k == len(page_articles) - 1
            jump = p + 1 if last and p < page_count and rng.random() < JUMP else None
            printed, rest = printer.article(article, jump)
            blocks.extend(printed)
            if pending and (k == 1 or last):
                blocks.append(f"（上接第{p - 1}版）")
                blocks.extend(pending)
                pending = []
            if rest:
                pending = rest
        if pending and p == page_count:
            blocks.extend(pending)
        if footer:
            blocks.append(footer)
        texts.append("\n\n".join(b for b in blocks) + "\n")
    return texts


def generate_text(articles: int, seed: int = 0, pages: int | None = None) -> str:
    """The whole edition as one text file, page after page (how many archives deliver it)."""
    return "\n\n".join(generate_pages(articles, seed, pages))


def generate_edition(articles: int, seed: int = 0, pages: int | None = None) -> list[Source]:
    """An edition of about `articles` articles as one source per page (deterministic)."""
    texts = generate_pages(articles, seed, pages)
    return [
        Source(f"generated-{seed}.p{p}.txt", text, page=str(p) if len(texts) > 1 else "")
        for p, text in enumerate(texts, start=1)
    ]
