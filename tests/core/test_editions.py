"""Whole editions rebuild to their expected structure: the sample, the fixtures, the seed."""

from __future__ import annotations

import pytest

from editor.core.export.json_format import edition_dict
from editor.core.export.walk import view_edition
from editor.core.model import lost_characters
from editor.core.parsing import parse_edition
from editor.core.pipeline import build_edition, read_sources
from editor.core.repair import auto_repair, revert_operation
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


# Pages where taking every repair back, last first, does not yet give the parsed tree
# again. Repairs that touch the same blocks (a caption moved, then its credit split off; a
# dropped group, then the glued dateline of its story) revert by ids their neighbours'
# reverts have remade; a jump's part goes back to its page, but first among its articles.
# Left to mend; every other page must revert exactly.
REVERT_APPROXIMATE = {"county_paper_blanks", "evening_mix", "farm_wrapped_indent",
                      "formfeed_jump_inline", "history_military", "jump_pages",
                      "jump_two_stories", "misplaced_headline_2", "misplaced_three_line",
                      "ocr_stray_spaces", "yaowen_provincial"}


@pytest.mark.parametrize("case", fixture_cases(), ids=lambda case: case.name)
def test_taking_every_repair_back_gives_the_parsed_tree_again(case):
    if case.name in REVERT_APPROXIMATE:
        pytest.skip("reverts touching the same blocks: not yet exact")
    edition = parse_edition(read_sources(list(case.pages)))
    parsed = [[(b.role, b.text) for b in a.blocks] for a in edition.articles()]
    for repair in reversed(auto_repair(edition).repairs):
        revert_operation(edition, repair).apply(edition)
    assert [[(b.role, b.text) for b in a.blocks] for a in edition.articles()] == parsed
    assert lost_characters(edition) == {}
