"""The JSON export validates against resources/schema/edition.schema.json (draft 2020-12)."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from editor.core.export import render
from tests.core.export.helpers import (
    FIXTURES,
    SCHEMA,
    fixture_edition,
    fixture_editions,
    hostile_edition,
    sample_edition,
)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _errors(validator, document) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def test_sample_export_validates(validator):
    assert _errors(validator, json.loads(render(sample_edition(), "json")[0][1])) == []


@pytest.mark.parametrize("name", sorted(fixture_editions()))
def test_fixture_export_validates(validator, name):
    edition = fixture_edition(name)
    assert _errors(validator, json.loads(render(edition, "json")[0][1])) == []


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.expected.json")), ids=lambda p: p.name)
def test_hand_made_contract_files_validate(validator, path):
    # The schema describes the contract of DESIGN.md, not only what this program writes.
    assert _errors(validator, json.loads(path.read_text(encoding="utf-8"))) == []


def test_hostile_export_validates(validator):
    assert _errors(validator, json.loads(render(hostile_edition(), "json")[0][1])) == []


def test_schema_describes_every_key_the_export_writes(validator):
    schema = validator.schema
    document = json.loads(render(sample_edition(), "json")[0][1])
    article_keys = schema["$defs"]["article"]["properties"]
    assert set(document) <= set(schema["properties"])
    for section in document["sections"]:
        assert set(section) <= set(schema["$defs"]["section"]["properties"])
        for article in section["articles"]:
            assert set(article) <= set(article_keys)


def test_schema_rejects_a_broken_export(validator):
    document = json.loads(render(sample_edition(), "json")[0][1])
    del document["sections"][0]["articles"][0]["headline"]
    document["sections"][0]["articles"][1]["bylines"] = None
    document["version"] = 2
    assert len(_errors(validator, document)) == 3
