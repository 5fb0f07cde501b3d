"""Fingerprints of what the engine builds, to prove a speed-up changed nothing.

    uv run python benchmarks/fingerprint.py [CHECKOUT] > after.txt

Run it on the code before and after a change (CHECKOUT: the directory of the checkout to
import, this one by default; a `git worktree` of the old commit serves) and diff the two
outputs: every line must be equal. Covers every fixture edition, the sample, the
seed (when present) and generated editions of several seeds and sizes: the tree as parsed,
the tree after auto-repair, the repairs applied, and the findings left open.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

repo = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(repo))

from editor.core.generate import generate_text  # noqa: E402
from editor.core.parsing import parse_edition  # noqa: E402
from editor.core.pipeline import read_sources  # noqa: E402
from editor.core.reading import source_from_text  # noqa: E402
from editor.core.repair import auto_repair, open_findings  # noqa: E402
from tests.core.editions import fixture_cases, sample_case, seed_cases  # noqa: E402


def blocks(bs):
    return [(b.id, b.role.value, b.text, [(s.source, s.start, s.end) for s in b.spans]) for b in bs]


def tree(ed):
    return (
        [(s.id, blocks(s.head), [(a.id, a.status.value, blocks(a.blocks)) for a in s.articles])
         for s in ed.sections],
        blocks(ed.furniture),
    )


def finding(f):
    return (f.kind.value if hasattr(f.kind, "value") else str(f.kind), f.code,
            round(f.confidence, 6), tuple(f.block_ids), f.article_id,
            repr(sorted((k, repr(v)) for k, v in f.evidence.items())))


def digest(value) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


def check(name, sources):
    ed = parse_edition(sources)
    parsed = digest(tree(ed))
    result = auto_repair(ed)
    repaired = digest(tree(ed))
    repairs = digest([(r.kind.value, r.code, round(r.confidence, 6), r.block_ids, r.article_id,
                       repr(sorted((k, repr(v)) for k, v in r.evidence.items())),
                       repr(r.revert)) for r in result.repairs])
    left = digest([finding(f) for f in open_findings(ed)])
    print(f"{name}: parsed={parsed} repaired={repaired} repairs={repairs} open={left}", flush=True)


def main() -> None:
    cases = fixture_cases() + [sample_case()] + seed_cases()
    for case in cases:
        check(case.name, read_sources(list(case.pages)))
    for seed in (1, 2, 3, 5, 8, 13):
        for articles in (60, 400):
            text = generate_text(articles, seed=seed)
            check(f"generated-{seed}-{articles}", [source_from_text(text)])
    check("generated-13-1800", [source_from_text(generate_text(1800, seed=13))])


if __name__ == "__main__":
    main()
