"""NITF 3.6 XML: one document per article, as news systems ingest them.

Built with ElementTree, so every text and attribute is escaped by the serializer; texts are
first cleaned of characters XML cannot hold. Jump lines and page furniture are print matters
and stay out; the section (column) and the edition date go in `<head>`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from editor.core.export.common import Placement, clean
from editor.core.export.walk import ArticleView

NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/"
VERSION = "-//IPTC//DTD NITF 3.6//EN"
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _text(parent: ET.Element, tag: str, text: str | None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = clean(text or "")
    return element


def document(article: ArticleView, place: Placement) -> ET.Element:
    """The NITF element tree of one article."""
    root = ET.Element(
        "nitf",
        {
            "xmlns": NAMESPACE,
            "version": VERSION,
            "change.date": "October 18, 2006",
            "change.time": "19:30",
            "baselang": "zh-CN",
        },
    )
    head = ET.SubElement(root, "head")
    _text(head, "title", article.headline or article.kicker or "")
    docdata = ET.SubElement(head, "docdata", {"management-status": "usable"})
    stamp = place.date.strftime("%Y%m%d") if place.date else None
    doc_id = f"{stamp or 'edition'}-{place.position:03d}"
    ET.SubElement(docdata, "doc-id", {"id-string": doc_id})
    if stamp:
        ET.SubElement(docdata, "date.issue", {"norm": f"{stamp}T000000"})
    pubdata = {"type": "print", "position.sequence": str(place.position)}
    if stamp:
        pubdata["date.publication"] = f"{stamp}T000000"
    if article.section_title:
        pubdata["position.section"] = clean(article.section_title)
    ET.SubElement(head, "pubdata", pubdata)

    body = ET.SubElement(root, "body")
    body_head = ET.SubElement(body, "body.head")
    hedline = ET.SubElement(body_head, "hedline")
    _text(hedline, "hl1", " ".join(filter(None, [article.headline, *article.extra_headlines])))
    for second in (article.kicker, article.subheadline):
        if second:
            _text(hedline, "hl2", second)
    for note in place.notes:
        holder = ET.SubElement(body_head, "note", {"noteclass": "editorsnote", "type": "std"})
        _text(ET.SubElement(holder, "body.content"), "p", note)
    for byline in article.bylines:
        _text(body_head, "byline", byline)
    if article.dateline:
        _text(body_head, "dateline", article.dateline)

    content = ET.SubElement(body, "body.content")
    for role, text in article.body:
        _text(content, "hl2" if role == "subhead" else "p", text)
    for caption in article.captions:
        media = ET.SubElement(content, "media", {"media-type": "image"})
        ET.SubElement(media, "media-reference", {"mime-type": "image/jpeg"})
        _text(media, "media-caption", caption.text)
        if caption.credit:
            _text(media, "media-producer", caption.credit)
    return root


def write_article(article: ArticleView, place: Placement) -> bytes:
    """One article as a NITF 3.6 document (UTF-8, with XML declaration)."""
    root = document(article, place)
    ET.indent(root, space="  ")
    return (DECLARATION + ET.tostring(root, encoding="unicode") + "\n").encode("utf-8")
