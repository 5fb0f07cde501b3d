"""The detectors' quick ways of asking a question give the plain way's answer.

Each speed-up in the detectors that writes a computation another way, or skips work that
cannot change the answer, is checked here against the plain definition it stands for.
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.findings import fields
from editor.core.generate import generate_text
from editor.core.parsing import parse_edition
from editor.core.reading import source_from_text

# The marks a caption's words leave out, as `fields._NOT_WORDS` was first written.
_MARKS = " \t\n\u3000，。、；：“”‘’（）《》！？,.;:()!?\"'"
# Han characters, those marks, and some others.
_CAPTION_ALPHABET = "图为老街新桥通车改造记者秦川本报讯" + _MARKS + "ab12—…·\r\xa0"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CAPTION_ALPHABET, max_size=80))
def test_the_marks_pattern_takes_out_what_one_repeated_class_does(text):
    plain = re.compile("[" + re.escape(_MARKS) + "]+")
    assert fields._NOT_WORDS.sub("", text) == plain.sub("", text)


# Few characters, so that captions and texts share many of them and repeat bigrams.
_FEW = st.text(alphabet="图为老街新桥通车，。 \n", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_FEW, st.lists(_FEW, max_size=4))
def test_the_share_bound_counts_the_bigrams_whose_characters_the_texts_hold(caption, texts):
    bigrams = fields._bigrams(caption)
    if not bigrams:
        return  # captions_away skips a caption with no words
    texts = tuple(texts)
    held = "".join(texts)
    plain = sum(1 for bigram in bigrams if bigram[0] in held and bigram[1] in held)
    assert fields._share_bound(caption, texts) == plain / len(bigrams)
    assert fields._share_bound(caption, texts) >= fields._share(caption, texts)


def _described(findings) -> list[tuple]:
    return [(f.kind, f.code, f.confidence, f.block_ids, f.article_id, f.evidence, f.revert,
             f.related) for f in findings]


def test_captions_away_finds_with_the_share_bound_what_it_finds_without(monkeypatch):
    for seed in (1, 2, 3, 5):
        edition = parse_edition([source_from_text(generate_text(300, seed=seed))])
        bounded = _described(fields.captions_away(edition))
        with monkeypatch.context() as patched:
            patched.setattr(fields, "_share_bound", lambda caption, texts: 1.0)
            assert _described(fields.captions_away(edition)) == bounded
        assert bounded


def _with_bare_sections(seed: int):
    """A generated edition where some sections hold no article (first, last and between)."""
    edition = parse_edition([source_from_text(generate_text(200, seed=seed))])
    for section in [edition.sections[0], *edition.sections[3:6], edition.sections[-1]]:
        section.articles.clear()
    edition.rebuild_index()
    return edition


def test_a_few_articles_looked_up_have_the_neighbours_a_walk_finds(monkeypatch):
    from editor.core.findings import common

    edition = _with_bare_sections(seed=2)
    ids = [a.id for a in edition.articles()]
    rng = random.Random(4)
    picks = [set(ids[:3]), set(ids[-3:]), {ids[0], ids[-1]}, set()]
    picks += [set(rng.sample(ids, rng.randint(1, 30))) | {10 ** 6} for _ in range(40)]
    for some in picks:
        assert common._few(some, edition)
        looked_up = common.Scope(edition, some)
        found = (looked_up.neighbours(), looked_up.reading_neighbours(),
                 looked_up.around(some))
        with monkeypatch.context() as patched:
            patched.setattr(common, "_few", lambda article_ids, edition: False)
            walked = common.Scope(edition, some)
            assert found == (walked.neighbours(), walked.reading_neighbours(),
                             walked.around(some))


def _join_jump_step_by_step(origin_id: int, part_id: int):
    """The jump join as first written: each step built after the one before was applied."""
    from editor.core import edits
    from editor.core.model import HEADLINE_GROUP, Role

    def drop_if_bare(edition, section_id):
        section = edition.section(section_id)
        if section.head or section.articles:
            return None
        return edits.delete_section(edition, section_id)

    def fix(edition):
        part = edition.article(part_id)
        steps = [lambda ed, b=b.id: edits.SetRole(b, Role.JUMP)
                 for b in part.blocks if b.role in HEADLINE_GROUP]
        steps.append(lambda ed: edits.merge_articles(ed, origin_id, part_id))
        section_id = edition.section_of_article(part_id).id
        steps.append(lambda ed: drop_if_bare(ed, section_id))
        return edits.sequence(edition, steps, "join jump")

    return fix


def test_a_jump_join_built_at_once_does_what_building_it_step_by_step_does():
    from editor.core.findings import Kind, detect
    from editor.core.model import HEADLINE_GROUP

    page1 = "码头改造\n\n本报讯（记者 海岚）码头改造昨日开工，工期约为\n\n（下转第2版）\n"
    alone = "（上接第1版）\n\n八个月。\n\n本报记者 海岚\n"
    headed = ("码头改造\n\n（上接第1版）\n\n八个月。\n\n本报记者 海岚\n\n"
              "新桥通车\n\n新桥今天通车。\n")
    editions = [parse_edition([source_from_text(text, f"p{k}.txt", str(k))
                               for k, text in enumerate(texts, start=1)])
                for texts in [(page1, alone), (page1, headed)]]
    editions += [parse_edition([source_from_text(generate_text(400, seed=8))])]
    bare = headlines = 0
    for edition in editions:
        jumps = [f for f in detect(edition) if f.kind == Kind.JUMP_CONTINUATION]
        assert jumps
        for finding in jumps:
            part = edition.article(finding.related[0])
            headlines += any(b.role in HEADLINE_GROUP for b in part.blocks)
            before = edition.snapshot()
            sections = len(edition.sections)
            undo = finding.fixer(edition).apply(edition)
            at_once = edition.snapshot()
            bare += len(edition.sections) < sections
            undo.apply(edition)
            assert edition.snapshot() == before
            plain = _join_jump_step_by_step(finding.article_id, finding.related[0])(edition)
            undo = plain.apply(edition)
            assert edition.snapshot() == at_once
            undo.apply(edition)
    assert bare and headlines  # a part that was all of its section; a repeated headline


def _plain_cut_confidence(left: str, right: str) -> float:
    """`paragraphs.cut_confidence` as first written."""
    from editor.core.findings.common import dateline_end
    from editor.core.findings.paragraphs import ATTRIBUTION
    from editor.core.parsing.patterns import (
        BULLET,
        CONTINUING_END,
        SPEAKER_TURN,
        TRAILING_BYLINE,
        ends_sentence,
    )

    contact_end = re.compile(r"(?:\d[\d\-－]{6,}\d|https?://\S+|www\.\S+)\s*[\u4e00-\u9fff]{0,4}$")
    left, right = left.rstrip(), right.lstrip()
    if not left or not right or ends_sentence(left):
        return 0.0
    if left.endswith(("：", ":")) or dateline_end(right) >= 0 or BULLET.match(right):
        return 0.0
    if ATTRIBUTION.search(left):
        return 0.0
    if contact_end.search(left):
        return 0.5
    if any(word in left[-30:] for word in ("记者", "通讯员", "评论员", "作者", "实习生")) and \
            TRAILING_BYLINE.search(left):
        return 0.0
    if SPEAKER_TURN.match(left) and SPEAKER_TURN.match(right):
        return 0.0
    if right[0] in "，。、；：,.;:）)》”’」":
        return 0.97
    # added with goes_on_from: a small Latin letter or 的 (not 的确) opens no sentence; a
    # quotation the cut opened and the text closes, before opening another
    if re.match(r"[a-z]|的(?!确)", right.lstrip()) or any(
            left.count(o) > left.count(c) and c in right and
            (o not in right or right.index(c) < right.index(o))
            for o, c in (("“", "”"), ("「", "」"))):
        return 0.97
    if BULLET.match(left) and not CONTINUING_END.search(left):
        return 0.5
    if CONTINUING_END.search(left):
        return 0.97
    if left[-1] in "”’」』）)》":
        # added with the rule for a sentence cut after a short quoted term
        quoted = re.search(r"“([^“]*)”$|「([^「]*)」$", left)
        term = quoted and (quoted.group(1) if quoted.group(1) is not None else quoted.group(2))
        if len(left) > 24 and quoted and 1 <= len(term) <= 8 and \
                not any(mark in term for mark in "。！？!?，；…") and \
                "，" in re.split("[。！？]", left[:quoted.start()])[-1] and right.find("，") != 1:
            return 0.9
        return 0.55
    if len(left) <= 30 and dateline_end(left) < 0 and \
            not any(mark in left for mark in "。，；！？"):
        if any(mark in left.strip() for mark in " \u3000：:") or (
            len(right) <= 30 and not ends_sentence(right)
            and not any(mark in right for mark in "。，；！？")
        ):
            return 0.0
    return 0.9


# Pieces of paragraphs that take each test of cut_confidence one way or the other.
_PIECES = ["经济", "增長", "记者", "本报记者 张三", "通讯员", "实习生", "作者", "村民", "经历",
           "0352-5021234", "１２３４５６７８", "4.9%", "http://a.cn", "https://b", "www.c.cn",
           "www", "h", "w", "1", "咨询", "◆", "■ ", "•", "-", "—", "——", "－", "：", ":",
           "，", "。", "；", "！", "？", "、", "”", "“", "」", "）", "(", "《", " ", "\u3000",
           "\t", "\n", "本报讯", "记者：", "姓名：", "东关社区 3胜0负 6分",
           "全省持续推进煤矿", "一矿一策", "was", "的发音", "的确"]
_PARAGRAPH = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=800, deadline=None)
@given(_PARAGRAPH, _PARAGRAPH)
def test_cut_confidence_is_what_it_was_first_written_to_be(left, right):
    from editor.core.findings.paragraphs import cut_confidence

    assert cut_confidence.__wrapped__(left, right) == _plain_cut_confidence(left, right)


def test_cut_confidence_of_every_pair_of_blocks_in_the_editions_is_what_it_was():
    from editor.core.findings.paragraphs import cut_confidence
    from editor.core.pipeline import read_sources
    from tests.core.editions import fixture_cases, sample_case

    editions = [parse_edition(read_sources(list(case.pages)))
                for case in [*fixture_cases(), sample_case()]]
    editions += [parse_edition([source_from_text(generate_text(300, seed=seed))])
                 for seed in (1, 2)]
    asked = 0
    for edition in editions:
        blocks = list(edition.all_blocks())
        for left, right in zip(blocks, blocks[1:], strict=False):
            assert cut_confidence.__wrapped__(left.text, right.text) == \
                _plain_cut_confidence(left.text, right.text)
            asked += 1
    assert asked > 1000


def test_every_speaker_turn_holds_a_colon():
    import re._parser as sre_parse

    from editor.core.parsing import patterns
    from tests.core.test_pattern_hints import _always_holds

    tree = sre_parse.parse(patterns.SPEAKER_TURN.pattern.pattern)
    assert _always_holds(list(tree), re.compile("[：:]"))


def _plain_byline_line(text: str) -> bool:
    from editor.core.parsing.patterns import AUTHOR_LINE, BYLINE_LINE, fold

    folded = fold(text)
    return bool(BYLINE_LINE.match_folded(folded) or AUTHOR_LINE.pattern.match(folded))


def _plain_furniture_line(text: str) -> bool:
    from editor.core.parsing.patterns import FURNITURE, fold

    return FURNITURE.search_folded(fold(text)) is not None


_LINE_PIECES = ["本报记者", "記者", "通讯员", "张三", "李四", " ", "\u3000", "□", "◎", "■", "文/",
                "图", "摄", "。", "（", "）", "第", "3", "版", "责任编辑", "榆州晚报", "日报", "报",
                "2024年5月6日", "星期一", "A12", "CN", "\n", "：", "编辑：", "新闻热线"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=8).map("".join))
def test_byline_and_furniture_lines_are_what_the_plain_patterns_say(text):
    assert fields._byline_line.__wrapped__(text) == _plain_byline_line(text)
    assert fields._furniture_line.__wrapped__(text) == _plain_furniture_line(text)


def test_byline_and_furniture_lines_of_every_block_in_the_editions_are_what_they_were():
    from editor.core.pipeline import read_sources
    from tests.core.editions import fixture_cases, sample_case

    texts = {b.text for case in [*fixture_cases(), sample_case()]
             for b in parse_edition(read_sources(list(case.pages))).all_blocks()}
    texts |= {b.text for b in parse_edition(
        [source_from_text(generate_text(300, seed=1))]).all_blocks()}
    found = 0
    for text in texts:
        byline, furniture = _plain_byline_line(text), _plain_furniture_line(text)
        assert fields._byline_line.__wrapped__(text) == byline
        assert fields._furniture_line.__wrapped__(text) == furniture
        found += byline + furniture
    assert found > 20


def _plain_glued_datelines(edition):
    """`fields.glued_datelines` as first written: the blocks read listed, then looked at."""
    from editor.core.findings.common import PARAGRAPH, PICTURE, dateline_end, is_digest
    from editor.core.model import Role

    for article in edition.articles():
        body = []
        pictures = 0
        for b in article.blocks:
            if b.role in fields._NOT_TEXT:
                continue
            if pictures == len(body) and b.role in PICTURE:
                pictures += 1
            body.append(b)
            if len(body) == pictures + 3:
                break
        for position, block in enumerate(body):
            if block.role != PARAGRAPH:
                continue
            offset = dateline_end(block.text)
            if offset < 0:
                continue
            if is_digest(article):
                break
            confidence = 0.95 if position == 0 or all(
                b.role in (Role.CAPTION, Role.CREDIT, Role.JUMP) for b in body[:position]
            ) else 0.5
            yield fields._dateline_finding(article, block, offset, confidence)
            break


def _editions():
    """The fixture editions, the sample, and generated ones."""
    from editor.core.pipeline import read_sources
    from tests.core.editions import fixture_cases, sample_case

    editions = [parse_edition(read_sources(list(case.pages)))
                for case in [*fixture_cases(), sample_case()]]
    return editions + [parse_edition([source_from_text(generate_text(300, seed=seed))])
                       for seed in (1, 2, 3)]


def test_glued_datelines_reads_in_one_walk_what_it_read_from_a_list():
    from editor.core.model import Role

    confidences = set()
    for edition in _editions():
        # Also with the first blocks of every article turned to pictures, jump lines and
        # text before the dated paragraph.
        for roles in ((), (Role.CAPTION,), (Role.JUMP, Role.CREDIT), (Role.PARAGRAPH,),
                      (Role.CREDIT, Role.BYLINE, Role.CAPTION), (Role.SUBHEAD, Role.CAPTION)):
            for article in edition.articles():
                for block, role in zip(article.blocks[1:], roles, strict=False):
                    block.role = role
            plain = _described(_plain_glued_datelines(edition))
            assert _described(fields.glued_datelines(edition)) == plain
            confidences |= {finding[2] for finding in plain}
    assert confidences == {0.95, 0.5}


def _plain_dateline_end(text: str) -> int:
    from editor.core.parsing.patterns import DATELINE, fold

    match = DATELINE.match_folded(fold(text))
    return len(match.group(0).rstrip()) if match else -1


def test_the_dateline_quick_look_lists_the_hint_and_what_folds_to_it():
    from editor.core.parsing import patterns

    # dateline_end looks for these eight characters before it folds the text.
    assert patterns.DATELINE.hint.pattern == "[讯电道导息]"
    assert {t for t, s in zip(patterns._TRADITIONAL, patterns._SIMPLIFIED, strict=True)
            if s in "讯电道导息"} == set("訊電導")
    assert not set("讯电道导息") & set(patterns._TRADITIONAL)


_DATELINE_PIECES = ["本报讯", "本報訊", "【本报讯】", "记者", "記者", "张三", "（", "）", " ",
                    "新华社", "新華社", "北京", "5月6日", "电", "電", "报道", "報導", "报导", "：",
                    "晚报讯", "通讯员", "今天", "。", "讯", "道", "导", "本报综合", "消息",
                    "据", "息"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=8).map("".join))
def test_dateline_end_is_what_the_plain_pattern_says(text):
    from editor.core.findings.common import dateline_end

    assert dateline_end.__wrapped__(text) == _plain_dateline_end(text)


def test_dateline_end_of_every_block_in_the_editions_is_what_it_was():
    from editor.core.findings.common import dateline_end

    dated = 0
    for edition in _editions():
        for block in edition.all_blocks():
            plain = _plain_dateline_end(block.text)
            assert dateline_end.__wrapped__(block.text) == plain
            dated += plain >= 0
    assert dated > 100


def _plain_split_paragraphs(edition):
    """`paragraphs.split_paragraphs` as first written: the block before kept, then tested;
    the paragraphs in a row kept too, as a list (the last of two short lines with no
    punctuation ends a poem's or a list's run)."""
    from editor.core.findings.common import BYLINE, PARAGRAPH
    from editor.core.findings.paragraphs import (
        _BESIDE_TEXT,
        Kind,
        _join_finding,
        _run_line,
        cut_confidence,
    )

    for article in edition.articles():
        previous = above = None
        lines: list[str] = []
        for block in article.blocks:
            if block.role in _BESIDE_TEXT:
                above = block
                continue
            ends_run = len(lines) >= 2 and _run_line(lines[-1]) and _run_line(lines[-2])
            if block.role == PARAGRAPH and previous is not None and not ends_run and \
                    previous.role == PARAGRAPH and previous.text[-1:] != "。":
                confidence = cut_confidence(previous.text, block.text)
                if confidence > 0:
                    yield _join_finding(Kind.SPLIT_PARAGRAPH, "cut_paragraph", confidence,
                                        previous, block, article.id,
                                        after=above if above is not previous else None)
            previous = block if block.role != BYLINE else None
            lines = [*lines, block.text] if block.role == PARAGRAPH else []
            above = block


def test_split_paragraphs_keeps_only_a_paragraph_that_may_be_cut_and_finds_what_it_found():
    from editor.core.findings.paragraphs import split_paragraphs
    from editor.core.model import Role

    found = 0
    for edition in _editions():
        for roles in ((), (Role.CAPTION,), (Role.BYLINE, Role.JUMP), (Role.SUBHEAD,),
                      (Role.FURNITURE, Role.PARAGRAPH, Role.CREDIT)):
            for article in edition.articles():
                for block, role in zip(article.blocks[2::3], roles, strict=False):
                    block.role = role
            plain = _described(_plain_split_paragraphs(edition))
            assert _described(split_paragraphs(edition)) == plain
            found += len(plain)
    assert found > 100


def test_no_byline_glued_to_a_paragraph_ends_with_a_full_stop():
    # glued_bylines does not look for one in a last paragraph that ends on 。.
    import re._parser as sre_parse

    from editor.core.parsing import patterns
    from tests.core.test_pattern_hints import _closing

    ends = _closing(sre_parse.parse(patterns.TRAILING_BYLINE.pattern.pattern))
    assert ends is not None and ends and "。" not in ends


def test_holds_is_what_article_first_says_of_every_article_and_role():
    from editor.core.findings import common
    from editor.core.model import Role
    from editor.core.pipeline import read_sources
    from editor.core.repair import auto_repair
    from tests.core.editions import fixture_cases, sample_case

    editions = [parse_edition(read_sources(list(case.pages)))
                for case in [*fixture_cases(), sample_case()]]
    editions += [parse_edition([source_from_text(generate_text(300, seed=seed))])
                 for seed in (1, 4)]
    for edition in editions[-1:]:
        auto_repair(edition)  # jump lines joined: two in one article
    held = {role: 0 for role in Role}
    for edition in editions:
        for article in [*edition.articles(), common.Article(0)]:
            for role in Role:
                plain = article.first(role) is not None
                assert common.holds(article, role) == plain
                held[role] += plain
            assert common.holds_jump(article) == (article.first(Role.JUMP) is not None)
    assert all(held[role] for role in (Role.JUMP, Role.CAPTION, Role.HEADLINE))
