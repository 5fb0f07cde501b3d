"""Hostile text in every field is escaped or made safe in every format."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.export import FORMATS, ExportOptions, export_edition, render
from editor.core.export.common import clean
from editor.core.export.docx_format import outline
from editor.core.export.json_import import edition_from_dict
from editor.core.filenames import MAX_NAME_BYTES
from tests.core.export.helpers import HOSTILE, LONG, hostile_edition
from tests.core.export.test_formats import parse_html

# What no text output may hold: XML-invalid or C1 controls, bidi overrides, lone surrogates.
HOSTILE_IN_DOCX = clean(HOSTILE)
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]"
)
RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM\d|LPT\d)(\.|$)", re.IGNORECASE)


def _all_options() -> list[tuple[str, ExportOptions]]:
    cases = []
    for fmt, writer in FORMATS.items():
        cases.append((fmt, ExportOptions()))
        if "per_article" in writer.options:
            cases.append((fmt, ExportOptions(per_article=True)))
        if "zip" in writer.options:
            cases.append((fmt, ExportOptions(zip=True)))
    return cases


def _texts(fmt: str, files: list[tuple[str, bytes]]) -> list[str]:
    if fmt == "docx":
        return [outline(data) for _, data in files]
    return [data.decode("utf-8") for _, data in files]


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("per_article", [False, True])
def test_no_forbidden_characters_survive(fmt, per_article):
    files = render(hostile_edition(), fmt, ExportOptions(per_article=per_article))
    for text in _texts(fmt, files):
        if fmt in ("json", "jsonl"):  # JSON keeps every text verbatim: see the tests below
            continue
        assert not FORBIDDEN.search(text), FORBIDDEN.search(text)
        assert "😀" in text and "עברית" in text and "\u200f" in text  # kept: not dangerous
        assert LONG in text


def test_json_keeps_every_text_verbatim():
    data = json.loads(render(hostile_edition(), "json")[0][1])
    article = data["sections"][0]["articles"][0]
    assert article["kicker"] == "K" + HOSTILE
    assert data["furniture"] == ["F" + HOSTILE]


def test_jsonl_lines_stay_lines():
    data = render(hostile_edition(), "jsonl")[0][1].decode("utf-8")
    lines = data.splitlines()
    assert len(lines) == 4
    assert [json.loads(line)["kicker"] for line in lines] == ["K" + HOSTILE] * 4


def test_html_escapes_markup():
    for _, page in render(hostile_edition(), "html", ExportOptions(per_article=True)):
        parsed = parse_html(page)
        assert "script" not in parsed.tags
        text = page.decode("utf-8")
        assert "<script" not in text and "&lt;script&gt;" in text
    one = parse_html(render(hostile_edition(), "html")[0][1])
    assert "script" not in one.tags
    assert any('<script>alert("x&y")</script>' in node for node in one.nodes)


def test_markdown_escapes_markup():
    text = render(hostile_edition(), "md")[0][1].decode("utf-8")
    assert "<script>" not in text and r"\<script\>" in text
    assert r"\*bold\*" in text and r"\[link\]" in text and r"\]\]\>" in text
    for line in text.split("\n"):
        assert not line.startswith(("<", "1.", "- ")), line


@pytest.mark.parametrize("zipped", [False, True])
def test_nitf_documents_parse_and_keep_the_text(zipped, tmp_path):
    target = tmp_path / ("out.zip" if zipped else "out")
    written = export_edition(hostile_edition(), "nitf", target, ExportOptions(zip=zipped))
    if zipped:
        with zipfile.ZipFile(written[0]) as archive:
            documents = {i.filename: archive.read(i) for i in archive.infolist()}
    else:
        documents = {p.name: p.read_bytes() for p in written}
    assert len(documents) == 4
    for name, data in documents.items():
        assert "/" not in name and "\\" not in name and not name.startswith(".")
        root = ET.fromstring(data)
        hl2 = [e.text for e in root.iter() if e.tag.endswith("}hl2")]
        assert any(t.startswith('K<script>alert("x&y")</script> &amp; ]]>') for t in hl2)


def test_docx_opens_and_keeps_the_text():
    document = docx.Document(io.BytesIO(render(hostile_edition(), "docx")[0][1]))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings[:3] == ["../CON", "X" + HOSTILE_IN_DOCX, "CON"]
    assert any('<script>alert("x&y")</script>' in p.text for p in document.paragraphs)


@pytest.mark.parametrize("fmt, options", _all_options(), ids=lambda v: str(v))
def test_files_stay_inside_the_target_folder(fmt, options, tmp_path):
    target = tmp_path / "out" / ("edition.zip" if options.zip else f"edition.{fmt}")
    written = export_edition(hostile_edition(), fmt, target, options)
    root = (tmp_path / "out").resolve()
    for path in written:
        assert path.resolve().is_relative_to(root)
        assert not RESERVED.match(path.name), path.name
        assert len(path.name.encode("utf-8")) <= MAX_NAME_BYTES
        assert not path.name.endswith((".", " "))
    assert len({p.name.casefold() for p in written}) == len(written)
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file() and p not in written]
    assert leftovers == []


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_lone_surrogate_never_breaks_an_export(fmt):
    # Text pasted into the window can hold half of a surrogate pair; no encoder accepts it.
    data = json.loads(render(hostile_edition(), "json")[0][1])
    data["sections"][0]["articles"][0]["body"][0]["text"] = "半个\ud83d字符"
    edition = edition_from_dict(data)
    output = render(edition, fmt, ExportOptions())[0][1]
    if fmt == "json":
        again = json.loads(output)
        assert again["sections"][0]["articles"][0]["body"][0]["text"] == "半个\ud83d字符"
    elif fmt == "jsonl":
        assert json.loads(output.splitlines()[0])["body"][0]["text"] == "半个\ud83d字符"
    else:
        assert "半个字符" in _texts(fmt, [("", output)])[0]


def test_docx_paragraphs_are_the_xml_python_docx_writes():
    """The DOCX writer builds each paragraph's XML itself (python-docx's own placement made
    the export grow with the square of its paragraphs): it must stay what python-docx
    writes for add_paragraph, a style, add_run and the run's fonts, for every role."""
    from lxml import etree

    from editor.core.export.docx_format import EDITION_HEADINGS, ROLE_STYLES, _set_fonts, _Writer

    built = _Writer("t", None, EDITION_HEADINGS)
    reference = _Writer("t", None, EDITION_HEADINGS)
    texts = ["正文一段。", "  前后有空格\u3000", "tab\there\r\nline", HOSTILE, LONG, "", " \t "]
    for role in ROLE_STYLES:
        for text in texts:
            built.add(role, text)
            text = clean(text)
            if not text:
                continue
            paragraph = reference.document.add_paragraph()
            paragraph._p.style = reference.style[role]
            run = paragraph.add_run(text)
            _set_fonts(run._element.get_or_add_rPr(), ROLE_STYLES[role][1])
    body = etree.tostring(built.document.element.body, encoding="unicode")
    assert body == etree.tostring(reference.document.element.body, encoding="unicode")
    assert body.count("<w:p>") == len(ROLE_STYLES) * 5


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(st.characters(codec="utf-8") | st.sampled_from('"\\\x00\x1f\u2028\U0001f600')),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(_JSON_VALUES, st.booleans())
def test_json_export_writes_what_the_standard_library_writes(value, ensure_ascii):
    """The JSON export's own indenting encoder gives json.dumps(…, indent=2)'s text."""
    from editor.core.export.json_format import dumps

    assert dumps(value, ensure_ascii) == json.dumps(value, ensure_ascii=ensure_ascii, indent=2)


def test_json_export_refuses_what_json_cannot_hold():
    from editor.core.export.json_format import dumps

    with pytest.raises(TypeError):
        dumps({"when": object()})
    with pytest.raises(TypeError):
        dumps({1: "a key that is not a string"})
