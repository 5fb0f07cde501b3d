"""JSON export → import → JSON export gives the same file, with every text kept."""

from __future__ import annotations

import json

import pytest

from editor.core.export import render
from editor.core.export.json_import import edition_from_dict, load_json_export
from editor.core.model import lost_characters
from editor.core.reading import InputError
from tests.core.export.helpers import (
    fixture_edition,
    fixture_editions,
    hostile_edition,
    sample_edition,
)


def _json(edition) -> bytes:
    return render(edition, "json")[0][1]


def test_sample_round_trip_is_byte_identical():
    first = _json(sample_edition())
    edition = load_json_export(first.decode("utf-8"))
    assert _json(edition) == first
    assert not lost_characters(edition)


@pytest.mark.parametrize("name", sorted(fixture_editions()))
def test_fixture_round_trip(name):
    first = _json(fixture_edition(name))
    assert _json(load_json_export(first.decode("utf-8"))) == first


def test_hostile_round_trip_keeps_every_character():
    first = _json(hostile_edition())
    again = load_json_export(first.decode("utf-8"))
    assert _json(again) == first
    assert not lost_characters(again)


def test_awkward_shapes_survive():
    data = json.loads(_json(sample_edition()))
    article = data["sections"][0]["articles"][0]
    article["captions"] = [
        {"text": "图为一", "credit": None},
        {"text": "", "credit": "本报记者 甲 摄"},
    ]
    article["kicker"] = ""
    article["status"] = "proofread"
    article["comment"] = "核对数字"
    article["more_headlines"] = ["第二行主题"]
    data["sections"][0]["notes"] = ["编后，这一句以标签词开头。"]
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert _json(load_json_export(text)).decode("utf-8") == text


@pytest.mark.parametrize(
    "text, message",
    [
        ("{", "not valid JSON"),
        ('{"format": "other"}', "not a layout-assistant/edition export"),
        ('{"format": "layout-assistant/edition", "version": 9}', "version 9"),
        (
            '{"format": "layout-assistant/edition", "version": 1, "sections": [{"articles": '
            '[{"headline": 5}]}]}',
            "sections[0].articles[0].headline should be text",
        ),
        (
            '{"format": "layout-assistant/edition", "version": 1, "sections": [{"articles": '
            '[{"status": "done"}]}]}',
            "status is not one of",
        ),
    ],
)
def test_bad_json_is_a_clear_input_error(text, message):
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_json_export(text)


def test_imported_edition_is_a_working_model():
    edition = edition_from_dict(json.loads(_json(sample_edition())))
    for block in edition.all_blocks():
        assert edition.home_of_block(block.id)
        span = block.spans[0]
        assert edition.sources[span.source].text[span.start : span.end] == block.text
