"""Whole editions rebuild to their expected structure: the sample, the fixtures, the seed."""

from __future__ import annotations

import pytest

from editor.core.export.json_format import edition_dict
from editor.core.export.walk import view_edition
from editor.core.model import lost_characters
from editor.core.parsing import parse_edition
from editor.core.pipeline import build_edition, read_sources
from tests.core.editions import contract_diff, fixture_cases, sample_case, seed_cases

CASES = [sample_case(), *fixture_cases()]


def _export(case) -> dict:
    return edition_dict(view_edition(build_edition(read_sources(case.pages)).edition))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_edition_rebuilds_to_expected_structure(case):
    assert contract_diff(case.expected_json(), _export(case)) == []


@pytest.mark.parametrize("case", CASES + seed_cases(), ids=lambda c: c.name)
def test_no_character_is_lost_by_parsing_or_repair(case):
    sources = read_sources(case.pages)
    assert lost_characters(parse_edition(sources)) == {}
    assert lost_characters(build_edition(sources).edition) == {}


@pytest.mark.skipif(not seed_cases(), reason="no seed editions in ../shared/seeds")
@pytest.mark.parametrize("case", seed_cases(), ids=lambda c: c.name)
def test_seed_export_equals_its_expected_structure(case):
    assert contract_diff(case.expected_json(), _export(case)) == []


@pytest.mark.skipif(not seed_cases(), reason="no seed editions in ../shared/seeds")
def test_seed_scores_full_marks_with_the_shared_scorer():
    import importlib.util

    from tests.core.editions import SEEDS

    spec = importlib.util.spec_from_file_location("score_edition",
                                                  SEEDS.parent / "tools" / "score_edition.py")
    if spec is None or spec.loader is None:
        pytest.skip("the shared scorer is not there")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    for case in seed_cases():
        source = case.pages[0].read_text(encoding="utf-8")
        result = scorer.score(_export(case), case.expected_json(), source)
        assert result["score"] == 1.0 and result["missing_chars"] == 0, result
