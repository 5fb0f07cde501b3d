"""What each format promises, checked on the sample edition."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import quote

import docx
import pytest
from docx.oxml.ns import qn

from editor.core.export import ExportOptions, render
from editor.core.export.nitf_format import NAMESPACE
from editor.core.export.walk import EditionView, view_edition
from tests.core.export.helpers import fixture_edition, fixture_editions, sample_edition

N = f"{{{NAMESPACE}}}"


def model_texts(view: EditionView) -> Counter[str]:
    """Every text of the edition view, as many times as it occurs."""
    texts = list(view.furniture)
    for section in view.sections:
        texts += [section.title or "", *section.notes]
        for a in section.articles:
            texts += [a.kicker or "", a.headline or "", a.subheadline or "", a.dateline or ""]
            texts += [*a.bylines, *(t for _, t in a.body), *a.jumps, *a.extra_headlines]
            texts += [t for c in a.captions for t in (c.text, c.credit or "")]
    return Counter(t.strip() for t in texts if t.strip())


class TextNodes(HTMLParser):
    """Collects the text nodes of a page (outside <title> and <style>) and every tag seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.nodes: Counter[str] = Counter()
        self.tags: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._skip += tag in ("title", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("title", "style")

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.nodes[data.strip()] += 1


def parse_html(data: bytes) -> TextNodes:
    parser = TextNodes()
    parser.feed(data.decode("utf-8"))
    parser.close()
    return parser


EDITIONS = ["sample", *sorted(fixture_editions())]


def edition_named(name: str):
    return sample_edition() if name == "sample" else fixture_edition(name)


@pytest.mark.parametrize("name", EDITIONS)
def test_html_holds_every_text_exactly_once(name):
    edition = edition_named(name)
    page = render(edition, "html")[0][1]
    nodes = parse_html(page).nodes
    expected = model_texts(view_edition(edition))
    wrong = {t: (n, nodes[t]) for t, n in expected.items() if nodes[t] != n}
    assert not wrong, wrong


def test_html_page_is_semantic():
    text = render(sample_edition(), "html")[0][1].decode("utf-8")
    assert '<html lang="zh-CN">' in text and "<style>" in text and "<link" not in text
    for tag in ("<article>", "<header>", "<figure>", "<figcaption>", "<h2>", "<h1 "):
        assert tag in text


def test_html_per_article_pages_and_index():
    edition = sample_edition()
    files = render(edition, "html", ExportOptions(per_article=True))
    names = [name for name, _ in files]
    assert names[-1] == "index.html"
    articles = list(view_edition(edition).articles())
    assert len(files) == len(articles) + 1
    index = files[-1][1].decode("utf-8")
    for (name, data), article in zip(files, articles, strict=False):
        page = parse_html(data)
        assert page.tags.count("h1") == (1 if article.headline else 0)
        if article.headline:
            assert page.nodes[article.headline] == 1
        assert f'href="{quote(name)}"' in index


@pytest.mark.parametrize("name", EDITIONS)
def test_every_nitf_document_parses_with_its_fields(name):
    edition = edition_named(name)
    files = render(edition, "nitf")
    articles = list(view_edition(edition).articles())
    assert len(files) == len(articles)
    for (name, data), article in zip(files, articles, strict=True):
        assert name.endswith(".xml")
        root = ET.fromstring(data)
        assert root.tag == f"{N}nitf" and root.get("version") == "-//IPTC//DTD NITF 3.6//EN"
        hedline = root.find(f"{N}body/{N}body.head/{N}hedline")
        assert hedline.findtext(f"{N}hl1") == (article.headline or "")
        assert [e.text for e in hedline.findall(f"{N}hl2")] == [
            t for t in (article.kicker, article.subheadline) if t
        ]
        head = root.find(f"{N}body/{N}body.head")
        assert [e.text for e in head.findall(f"{N}byline")] == article.bylines
        assert head.findtext(f"{N}dateline") == article.dateline
        content = root.find(f"{N}body/{N}body.content")
        assert [e.text for e in content if e.tag in (f"{N}p", f"{N}hl2")] == [
            t for _, t in article.body
        ]
        captions = [
            (m.findtext(f"{N}media-caption"), m.findtext(f"{N}media-producer"))
            for m in content.findall(f"{N}media")
        ]
        assert captions == [(c.text, c.credit) for c in article.captions]
        pubdata = root.find(f"{N}head/{N}pubdata")
        assert pubdata.get("position.section") == article.section_title
        if name == "sample":
            assert pubdata.get("date.publication") == "20260312T000000"
            assert root.find(f"{N}head/{N}docdata/{N}date.issue").get("norm") == "20260312T000000"


def test_nitf_carries_the_editors_note_with_the_first_article_of_its_section():
    edition = sample_edition()
    view = view_edition(edition)
    noted = [s for s in view.sections if s.notes]
    assert noted
    files = dict(render(edition, "nitf"))
    notes = []
    for data in files.values():
        for note in ET.fromstring(data).iter(f"{N}note"):
            assert note.get("noteclass") == "editorsnote"
            notes.append(note.findtext(f"{N}body.content/{N}p"))
    assert notes == [n for s in noted for n in s.notes]


def test_docx_headings_are_the_headlines_with_east_asian_fonts():
    edition = sample_edition()
    view = view_edition(edition)
    document = docx.Document(io.BytesIO(render(edition, "docx")[0][1]))
    paragraphs = document.paragraphs
    headlines = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    assert headlines == [a.headline for a in view.articles() if a.headline]
    sections = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert sections == [s.title for s in view.sections if s.title]
    for paragraph in paragraphs:
        for run in paragraph.runs:
            fonts = run._element.rPr.rFonts
            assert fonts.get(qn("w:eastAsia")) in ("宋体", "黑体", "楷体")
    for name in ("Normal", "Heading 1", "Heading 2", "Kicker", "Byline", "Photo Caption"):
        fonts = document.styles[name].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")), name
        assert fonts.get(qn("w:asciiTheme")) is None, name
    assert document.styles["Heading 2"].element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    assert document.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"


def test_docx_per_article_makes_the_headline_heading_1():
    edition = sample_edition()
    files = render(edition, "docx", ExportOptions(per_article=True))
    first = next(view_edition(edition).articles())
    document = docx.Document(io.BytesIO(files[0][1]))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [first.headline]


def test_jsonl_is_one_article_per_line_with_edition_date_and_section():
    edition = sample_edition()
    view = view_edition(edition)
    lines = render(edition, "jsonl")[0][1].decode("utf-8").split("\n")
    assert lines[-1] == ""
    records = [json.loads(line) for line in lines[:-1]]
    assert [r["headline"] for r in records] == [a.headline for a in view.articles()]
    assert {r["edition_date"] for r in records} == {"2026-03-12"}
    assert [r["section"] for r in records] == [a.section_title for a in view.articles()]
    assert [r["position"] for r in records] == list(range(1, len(records) + 1))


def test_txt_puts_the_headline_group_first_and_one_paragraph_per_line():
    edition = sample_edition()
    article = next(a for a in view_edition(edition).articles() if a.kicker and a.subheadline)
    files = render(edition, "txt", ExportOptions(per_article=True))
    text = dict(files)[next(n for n, _ in files if article.headline in n)].decode("utf-8")
    assert text.startswith(f"{article.kicker}\n{article.headline}\n{article.subheadline}\n\n")
    blocks = text.rstrip("\n").split("\n\n")
    for _, paragraph in article.body:
        assert paragraph in blocks


def test_markdown_keeps_every_field_recognisable():
    edition = sample_edition()
    text = render(edition, "md")[0][1].decode("utf-8")
    view = view_edition(edition)
    for section in view.sections:
        if section.title:
            assert f"\n# {section.title}\n" in f"\n{text}"
        for note in section.notes:
            assert f"> **编者按** {note}\n" in text
    for a in view.articles():
        assert f"\n## {a.headline}\n" in text
        if a.kicker:
            assert f"**引题** {a.kicker}\n" in text
        if a.subheadline:
            assert f"**副题** {a.subheadline}\n" in text
        if a.dateline:
            assert f"**电头** {a.dateline}\n" in text
        for byline in a.bylines:
            assert f"**作者** {byline}\n" in text
        for c in a.captions:
            assert f"*图：{c.text}" in text


def test_options_leave_out_captions_bylines_datelines():
    edition = sample_edition()
    view = view_edition(edition)
    off = ExportOptions(captions=False, bylines=False, datelines=False)
    data = json.loads(render(edition, "json", off)[0][1])
    articles = [a for s in data["sections"] for a in s["articles"]]
    assert all(
        a["captions"] == [] and a["bylines"] == [] and a["dateline"] is None for a in articles
    )
    page = parse_html(render(edition, "html", off)[0][1]).nodes
    for a in view.articles():
        for byline in a.bylines:
            assert page[byline] == 0
        assert not a.dateline or page[a.dateline] == 0
