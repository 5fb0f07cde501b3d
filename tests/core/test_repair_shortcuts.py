"""Auto-repair's quick ways of applying the repairs give what the plain way gives.

Each speed-up in the repair path (`editor.core.repair` and the operations it applies) is
checked here against the plain code it stands for, kept below as a reference.
"""

from __future__ import annotations

from editor.core.findings.detectors import Reuse, detect
from editor.core.generate import generate_text
from editor.core.model import Edition
from editor.core.parsing import parse_edition
from editor.core.pipeline import read_sources
from editor.core.reading import source_from_text
from editor.core.repair import (
    DEFAULT_THRESHOLD,
    MAX_PASSES,
    PRIORITY,
    AppliedRepair,
    Scope,
    _marks,
    auto_repair,
)
from tests.core.editions import fixture_cases, sample_case


def _plain_auto_repair(edition: Edition) -> tuple[list, list[AppliedRepair]]:
    """`auto_repair`'s passes as first written: every finding's marks from `_marks`."""
    inverses, repairs = [], []
    scope, reuse = None, Reuse()
    for _ in range(MAX_PASSES):
        findings = [f for f in detect(edition, scope, reuse)
                    if f.confidence >= DEFAULT_THRESHOLD and f.fixer is not None]
        findings.sort(key=lambda f: PRIORITY.get(f.kind, 99))
        written_blocks: set[int] = set()
        written: set[int] = set()
        read: set[int] = set()
        deferred: set[int] = set()
        applied = False
        for finding in findings:
            block_writes, writes, reads = _marks(finding, edition)
            if not (written_blocks.isdisjoint(block_writes) and writes.isdisjoint(written)
                    and writes.isdisjoint(read) and reads.isdisjoint(written)):
                deferred |= writes | reads
                continue
            operation = finding.fixer(edition)
            if not operation:
                continue
            inverses.append(operation.apply(edition))
            repairs.append(AppliedRepair.from_finding(finding))
            written_blocks.update(block_writes)
            written |= writes
            read |= reads
            applied = True
        if not applied:
            break
        changed = written | read | deferred
        scope = Scope(edition, Scope(edition).around({a for a in changed
                                                       if edition.has_article(a)}))
    return inverses, repairs


def _editions() -> list:
    """Fresh parses of the fixtures, the sample and generated editions (a callable each)."""
    cases = [*fixture_cases(), sample_case()]
    makers = [lambda case=case: parse_edition(read_sources(list(case.pages))) for case in cases]
    makers += [lambda seed=seed: parse_edition([source_from_text(generate_text(250, seed=seed))])
               for seed in (1, 2, 3, 7, 13)]
    return makers


def test_auto_repair_repairs_what_the_plain_passes_repair():
    repaired = 0
    for make in _editions():
        quick, plain = make(), make()
        before = quick.snapshot()
        result = auto_repair(quick)
        inverses, repairs = _plain_auto_repair(plain)
        assert [r.to_dict() for r in result.repairs] == [r.to_dict() for r in repairs]
        assert quick.snapshot() == plain.snapshot()
        # Undone, both give back the edition as parsed.
        if result.inverse is not None:
            result.inverse.apply(quick)
        for inverse in reversed(inverses):
            inverse.apply(plain)
        assert quick.snapshot() == plain.snapshot() == before
        repaired += len(repairs)
    assert repaired > 1000


def test_a_fix_taken_without_its_marks_writes_its_blocks_and_reads_its_article(monkeypatch):
    """The findings auto-repair applies without asking `_marks` are those `_marks` says
    change blocks of their own article alone: asked here, just before each fix is built."""
    from editor.core import repair
    from editor.core.operations import Operation

    asked: set[int] = set()  # ids of the findings auto-repair asked _marks about
    kept: list = []  # those findings, alive, so that no other finding takes an id asked
    applied: list[tuple] = []  # (finding, its marks just before its fix was built)

    def marks(finding, edition):
        asked.add(id(finding))
        kept.append(finding)
        return _marks(finding, edition)

    def watched(edition, scope=None, reuse=None):
        findings = detect(edition, scope, reuse)
        for finding in findings:
            if finding.fixer is not None:
                finding.fixer = _watch(finding, finding.fixer)
        return findings

    def _watch(finding, fixer):
        def fix(edition: Edition) -> Operation | None:
            applied.append((finding, _marks(finding, edition)))
            return fixer(edition)
        return fix

    monkeypatch.setattr(repair, "_marks", marks)
    monkeypatch.setattr(repair, "detect", watched)
    for make in [*_editions(), lambda: parse_edition([source_from_text(
            generate_text(900, seed=13))])]:
        auto_repair(make())
    quick = [(f, m) for f, m in applied if id(f) not in asked]
    for finding, (block_writes, writes, reads) in quick:
        assert (block_writes, writes, reads) == (finding.block_ids, set(), {finding.article_id})
    assert len(quick) > 1000
    assert len(quick) < len(applied)
